// The LKE template a year is answered and scored on, from the device's copy of the pemda's own
// templates (synced tenant-wide): the pemda's of that year, else the default (lke-template-record.ts).
import type { LkeTemplate } from '../../domain/lke-template';
import { lkeTemplateFor } from '../../domain/lke-template-record';
import type { PantauDatabase } from './database';

export async function lkeTemplateOfYear(db: PantauDatabase, year: number): Promise<LkeTemplate> {
  const stored = (await db.lkeTemplates.where('year').equals(year).toArray()).find((t) => !t.deleted);
  return lkeTemplateFor(stored, year);
}
