// A pemda's own LKE template of a year (domain.md, "SAKIP evaluation"): the admin copies last
// year's (or the default) and adapts criteria, weights and scales. One row per tenant × year, a
// tenant-wide synced row like the jadwal input, so devices answer and score on it offline. A year
// with no row uses the default (lke-template.ts). The server refuses a change once any unit's LKE
// of that year is final: the LHE and the recap must keep reading the template they were scored on.
import { z } from 'zod';
import { copyLkeTemplate, lkeTemplateOf, lkeTemplateSchema, type LkeTemplate } from './lke-template';
import { syncMetaShape } from './sync-record';

export const lkeTemplateRecordSchema = z.object({ ...syncMetaShape, ...lkeTemplateSchema.shape });
export type LkeTemplateRecord = z.infer<typeof lkeTemplateRecordSchema>;

/** What an admin sends for a year (the year is in the path). */
export const lkeTemplateContentSchema = lkeTemplateSchema.omit({ year: true });
export type LkeTemplateContent = z.infer<typeof lkeTemplateContentSchema>;

/** The template `year` is answered and scored on: the pemda's own row of that year, else the default. */
export function lkeTemplateFor(stored: LkeTemplateRecord | null | undefined, year: number): LkeTemplate {
  if (!stored || stored.deleted || stored.year !== year) return lkeTemplateOf(year);
  return { year, title: stored.title, components: stored.components };
}

/** "Salin dari tahun lalu": last year's template as it was used (its own, else the default), for `year`. */
export function lkeTemplateCopiedFrom(previous: LkeTemplateRecord | null | undefined, year: number): LkeTemplate {
  return copyLkeTemplate(lkeTemplateFor(previous, year - 1), year);
}
