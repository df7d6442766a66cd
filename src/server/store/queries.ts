// All typed queries on one handle (the root database or a transaction).
import type { Db } from './db';
import { createAuthQueries } from './auth-queries';
import { createEntityQueries } from './entity-queries';
import { createSyncQueries } from './sync-queries';
import { createAdminQueries } from './admin-queries';
import { createEvidenceQueries } from './evidence-queries';
import { createPeriodWindowQueries } from './period-window-queries';
import { createHistoryQueries } from './history-queries';
import { createProgramRealisationQueries } from './program-realisation-queries';
import { createLkeQueries } from './lke-queries';
import { createLkeTemplateQueries } from './lke-template-queries';
import { createRpjmdPlanQueries } from './rpjmd-plan-queries';
import { createLkeEvidenceQueries } from './lke-evidence-queries';
import { createAgreementQueries } from './agreement-queries';
import { createUploadQueries } from './upload-queries';
import { createIntegrationQueries } from './integration-queries';

export function createQueries(db: Db) {
  return { ...createAuthQueries(db), ...createEntityQueries(db), ...createSyncQueries(db), ...createEvidenceQueries(db), ...createAdminQueries(db), ...createPeriodWindowQueries(db), ...createHistoryQueries(db), ...createProgramRealisationQueries(db), ...createLkeQueries(db), ...createLkeTemplateQueries(db), ...createRpjmdPlanQueries(db), ...createLkeEvidenceQueries(db), ...createAgreementQueries(db), ...createUploadQueries(db), ...createIntegrationQueries(db) };
}

export type Queries = ReturnType<typeof createQueries>;

/** Queries inside a transaction; `savepoint` nests one whose failure rolls back only itself. */
export type Tx = Queries & { savepoint<T>(work: (tx: Tx) => Promise<T>): Promise<T> };

export function createTx(db: Db): Tx {
  return {
    ...createQueries(db),
    savepoint: (work) => db.transaction((inner) => work(createTx(inner))),
  };
}
