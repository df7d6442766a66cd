// The rows of the RPJMD plan's template (layout: rpjmd-plan-sheet.ts) for "Unduh template": a
// saved plan's visi, misi and tujuan numbered by place, as the import reads them back (so its ids
// are kept), or, for a plan not yet saved, its period and empty rows numbered in advance.
// Cells say what they are; client/features/admin/plan-template-xlsx.ts gives them their look.
import { maxPlanYears, type RpjmdPlanContent } from './rpjmd-plan';
import { planColumns, planLabels } from './rpjmd-plan-sheet';

/** A label or column header (bold), a year, a number kept as text ("1.2", never a date), text. */
export interface PlanTemplateCell { kind: 'label' | 'header' | 'year' | 'number' | 'text'; value: string | number | null }
export type PlanTemplateRow = PlanTemplateCell[];

/** Misi and tujuan rows numbered in advance in the empty template. */
export const emptyTemplateShape = { misi: 5, tujuanPerMisi: 3 } as const;

/** A new plan's period: five years from `start`. */
export const defaultPeriod = (start: number): { periodStart: number; periodEnd: number } => ({ periodStart: start, periodEnd: start + maxPlanYears - 1 });

export function rpjmdPlanTemplateRows(plan: RpjmdPlanContent | null, period: { periodStart: number; periodEnd: number }): PlanTemplateRow[] {
  const cell = (kind: PlanTemplateCell['kind'], value: string | number | null = null): PlanTemplateCell => ({ kind, value });
  const misi = plan?.misi ?? Array.from({ length: emptyTemplateShape.misi }, () => ({
    text: '', tujuan: Array.from({ length: emptyTemplateShape.tujuanPerMisi }, () => ({ text: '' })),
  }));
  const rows: PlanTemplateRow[] = [
    [cell('label', planLabels.periodStart), cell('year', period.periodStart)],
    [cell('label', planLabels.periodEnd), cell('year', period.periodEnd)],
    [cell('label', planLabels.visi), cell('text', plan?.visi ?? '')],
    [],
    planColumns.map((c) => cell('header', c.label)),
  ];
  misi.forEach((m, mi) => {
    const n = mi + 1;
    const first = m.tujuan[0];
    rows.push([cell('number', String(n)), cell('text', m.text), cell('number', first ? `${n}.1` : null), cell('text', first?.text ?? null)]);
    m.tujuan.slice(1).forEach((t, ti) => rows.push([cell('number'), cell('text'), cell('number', `${n}.${ti + 2}`), cell('text', t.text)]));
  });
  return rows;
}
