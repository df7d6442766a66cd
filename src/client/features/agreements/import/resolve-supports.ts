// The "Mendukung" cells of an import (domain/pk-import.ts gives the names as written), found among
// the indicators this PK may support as the device holds them (db/cascade-queries.ts
// listSupportCandidates): the same name but for case and spacing, and exactly one. A name that
// matches none, or several, is a row error; a pemda PK supports nothing. Pure: the panel reads.
import type { Agreement } from '../../../../domain/agreement';
import { parentKindsOf } from '../../../../domain/alignment';
import { indicatorColumns } from '../../../../domain/pk-import-columns';
import type { PkImportContent, PkImportError, PkImportIndicator } from '../../../../domain/pk-import';

export interface SupportCandidate {
  id: string;
  name: string;
}

/** The IKU or higher indicator each imported indicator supports (by the row object the import gave). */
export type SupportLinks = ReadonlyMap<PkImportIndicator, SupportCandidate>;

const column = indicatorColumns.find((c) => c.key === 'supports')?.label ?? 'Mendukung';

/** "  Angka  kematian IBU " and "Angka Kematian Ibu" are the same name. */
export const sameName = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id-ID');

export function resolveSupports(
  content: PkImportContent, agreement: Pick<Agreement, 'kind' | 'year'>, candidates: readonly SupportCandidate[],
): { links: SupportLinks; errors: PkImportError[] } {
  const links = new Map<PkImportIndicator, SupportCandidate>();
  const errors: PkImportError[] = [];
  const kinds = parentKindsOf(agreement.kind);
  const parent = kinds.includes('pemda') ? 'pemda' : 'unit';
  const byName = new Map<string, SupportCandidate[]>();
  for (const candidate of candidates) {
    const key = sameName(candidate.name);
    byName.set(key, [...(byName.get(key) ?? []), candidate]);
  }
  for (const indicator of content.indicators) {
    if (indicator.supportsName === null) continue;
    const fail = (code: PkImportError['code']) => errors.push({
      sheet: 'indicators', row: indicator.row, column, code, params: { value: indicator.supportsName ?? '', year: agreement.year, parent },
    });
    if (kinds.length === 0) { fail('supportsNotAllowed'); continue; }
    const found = byName.get(sameName(indicator.supportsName)) ?? [];
    const [only] = found;
    if (found.length === 1 && only) links.set(indicator, only);
    else fail(found.length === 0 ? 'supportsUnknown' : 'supportsAmbiguous');
  }
  return { links, errors };
}
