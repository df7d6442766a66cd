// Reads for the generated documents (src/client/documents): plain domain data for a PK print and
// for a unit's quarterly evaluation form, from the device's own copy, so printing works offline.
import type { Agreement, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { PantauDatabase } from './database';
import { getAgreementView } from './queries';

export interface DocumentGoal {
  name: string;
  indicators: Indicator[];
}

export interface PkDocumentData {
  agreement: Agreement;
  unitName: string;
  goals: DocumentGoal[];
  programs: Program[];
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** Any version of a PK (a superseded one stays printable), with its goals, indicators and budget lines in order. */
export async function getPkDocumentData(db: PantauDatabase, agreementId: string): Promise<PkDocumentData | null> {
  const agreement = await db.agreements.get(agreementId);
  if (!agreement || agreement.deleted) return null;
  const [orgUnit, goals, indicators, programs] = await Promise.all([
    db.orgUnits.get(agreement.orgUnitId),
    db.goals.where('agreementId').equals(agreementId).toArray(),
    db.indicators.where('agreementId').equals(agreementId).toArray(),
    db.programs.where('agreementId').equals(agreementId).toArray(),
  ]);
  const live = indicators.filter((i) => !i.deleted).sort(byOrder);
  return {
    agreement,
    unitName: orgUnit?.name ?? '',
    goals: goals
      .filter((g) => !g.deleted)
      .sort(byOrder)
      .map((goal) => ({ name: goal.name, indicators: live.filter((i) => i.goalId === goal.id) })),
    programs: programs.filter((p) => !p.deleted).sort(byOrder),
  };
}

export interface EvaluationDocumentData {
  agreement: Agreement;
  unitName: string;
  goals: Array<{ name: string; indicators: Array<{ indicator: Indicator; realisations: [Realisation | null, Realisation | null, Realisation | null, Realisation | null] }> }>;
}

/** The unit's current PK for the year with each indicator's realisations TW I–IV (null = none). */
export async function getEvaluationDocumentData(db: PantauDatabase, orgUnitId: string, year: number): Promise<EvaluationDocumentData | null> {
  const view = await getAgreementView(db, orgUnitId, year);
  if (!view) return null;
  return {
    agreement: view.agreement,
    unitName: view.orgUnit?.name ?? '',
    goals: view.goals.map((g) => ({
      name: g.goal.name,
      indicators: g.indicators.map((v) => ({ indicator: v.indicator, realisations: v.realisations })),
    })),
  };
}
