// Reads for the generated documents (src/client/documents): plain domain data for a PK print (with
// what each indicator supports, when the pemda prints it) and for a unit's quarterly evaluation
// form, from the device's own copy, so printing works offline.
import type { Agreement, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { PantauDatabase } from './database';
import { aggregatedRealisation } from '../../domain/achievement';
import { peerKey } from '../../domain/peer-outlier';
import { quarterValuesOf } from '../../domain/quarter-values';
import { getAgreementView, listProgramRealisations, type AgreementView } from './queries';
import { getSupportNames } from './support-names';

export interface DocumentGoal {
  name: string;
  /** supportsName: what the indicator supports, when the print asks for it (settings.pkPrintSupports). */
  indicators: Array<Indicator & { supportsName?: string }>;
}

export interface PkDocumentData {
  agreement: Agreement;
  unitName: string;
  goals: DocumentGoal[];
  programs: Program[];
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/**
 * Any version of a PK (a superseded one stays printable), with its goals, indicators and budget
 * lines in order; with `supports`, each indicator with the name of what it supports ('' none known).
 */
export async function getPkDocumentData(db: PantauDatabase, agreementId: string, options: { supports?: boolean } = {}): Promise<PkDocumentData | null> {
  const agreement = await db.agreements.get(agreementId);
  if (!agreement || agreement.deleted) return null;
  const [orgUnit, goals, indicators, programs] = await Promise.all([
    db.orgUnits.get(agreement.orgUnitId),
    db.goals.where('agreementId').equals(agreementId).toArray(),
    db.indicators.where('agreementId').equals(agreementId).toArray(),
    db.programs.where('agreementId').equals(agreementId).toArray(),
  ]);
  const kept = indicators.filter((i) => !i.deleted).sort(byOrder);
  const names = options.supports ? await getSupportNames(db, kept.flatMap((i) => (i.supportsId ? [i.supportsId] : []))) : null;
  const live = names ? kept.map((i) => ({ ...i, supportsName: (i.supportsId && names.get(i.supportsId)) || '' })) : kept;
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
  return view ? evaluationDataOf(view) : null;
}

function evaluationDataOf(view: AgreementView): EvaluationDocumentData {
  return {
    agreement: view.agreement,
    unitName: view.orgUnit?.name ?? '',
    goals: view.goals.map((g) => ({
      name: g.goal.name,
      indicators: g.indicators.map((v) => ({ indicator: v.indicator, realisations: v.realisations })),
    })),
  };
}

export interface LkjipDocumentData extends EvaluationDocumentData {
  programs: Program[];
  /** Each budget line's cumulative realisation at the end of the year: its latest filled quarter. */
  realisedByProgram: Map<string, number>;
  /** Last year's realisation of each indicator the unit's PK of that year held, by peerKey. */
  lastYear: Map<string, number>;
}

/**
 * The unit's PK in force for the year with its realisations and budget lines, and what the app
 * holds of the year before: the same indicator (name and satuan) in last year's PK in force.
 */
export async function getLkjipDocumentData(db: PantauDatabase, orgUnitId: string, year: number): Promise<LkjipDocumentData | null> {
  const [view, before] = await Promise.all([getAgreementView(db, orgUnitId, year), getAgreementView(db, orgUnitId, year - 1)]);
  if (!view) return null;
  const realised = await listProgramRealisations(db, view.programs.map((p) => p.id));
  const realisedByProgram = new Map<string, number>();
  for (const [programId, rows] of realised) {
    const latest = rows.filter((r) => r.budgetRealised !== null).sort((a, b) => b.quarter - a.quarter)[0];
    if (latest?.budgetRealised != null) realisedByProgram.set(programId, latest.budgetRealised);
  }
  const lastYear = new Map<string, number>();
  for (const { indicator, realisations } of before?.goals.flatMap((g) => g.indicators) ?? []) {
    const key = peerKey(indicator);
    const value = aggregatedRealisation(indicator, quarterValuesOf(realisations));
    // Two indicators of one name and satuan: the first, as earlier-years.ts reads them.
    if (value !== null && !lastYear.has(key)) lastYear.set(key, value);
  }
  return { ...evaluationDataOf(view), programs: view.programs, realisedByProgram, lastYear };
}
