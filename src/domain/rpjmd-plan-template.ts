// The rows of the RPJMD plan's template (layout: rpjmd-plan-sheet.ts) for "Unduh template": a
// saved plan's visi, misi and tujuan numbered by place, as the import reads them back (so its ids
// are kept), or, for a plan not yet saved, its period and empty rows numbered in advance.
// Cells say what they are; client/features/admin/plan-template-xlsx.ts gives them their look.
// The second sheet: the plan's sasaran daerah and IKU with their targets, or only its header.
import { polarityWords } from './pk-import-columns';
import { maxPlanYears, type RpjmdPlanContent } from './rpjmd-plan';
import { ikuTargetOfYear, sasaranOfTujuan } from './rpjmd-plan-targets';
import { planColumns, planLabels, planSasaranColumns, planTargetLabel } from './rpjmd-plan-sheet';

/**
 * A label or column header (bold), a year, a number kept as text ("1.2", never a date), text, a
 * target (a number cell).
 */
export interface PlanTemplateCell { kind: 'label' | 'header' | 'year' | 'number' | 'text' | 'value'; value: string | number | null }
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

/** The sheet "Sasaran dan IKU": its header (a target column per year of `period`) and each sasaran's rows. */
export function rpjmdPlanSasaranTemplateRows(plan: RpjmdPlanContent | null, period: { periodStart: number; periodEnd: number }): PlanTemplateRow[] {
  const cell = (kind: PlanTemplateCell['kind'], value: string | number | null = null): PlanTemplateCell => ({ kind, value });
  const years = Array.from({ length: Math.max(0, period.periodEnd - period.periodStart + 1) }, (_, i) => period.periodStart + i);
  const label = (key: string) => planSasaranColumns.find((c) => c.key === key)?.label ?? key;
  const rows: PlanTemplateRow[] = [[
    ...['tujuanNo', 'sasaran', 'iku', 'satuan', 'polarity'].map((k) => cell('header', label(k))),
    ...years.map((y) => cell('header', planTargetLabel(y))), cell('header', label('endTarget')),
  ]];
  plan?.misi.forEach((m, mi) => m.tujuan.forEach((t, ti) => {
    for (const s of sasaranOfTujuan(plan, t.id)) {
      const first = [cell('number', `${mi + 1}.${ti + 1}`), cell('text', s.text)];
      if (s.iku.length === 0) rows.push(first);
      s.iku.forEach((iku, i) => rows.push([
        ...(i === 0 ? first : [cell('number'), cell('text')]),
        cell('text', iku.name), cell('text', iku.satuan), cell('text', polarityWords[iku.polarity][0] ?? null),
        ...years.map((y) => cell('value', ikuTargetOfYear(iku, y))), cell('value', iku.endTarget),
      ]));
    }
  }));
  return rows;
}
