// Which PK of a unit and year is in force (issue 4): the highest signed version; while none is
// signed, the highest draft. A draft revision never replaces the signed PK on the unit page or the
// entry screens. Superseded versions count only when nothing else is known (not pulled yet).
import type { Agreement } from './agreement';

const rank: Record<Agreement['status'], number> = { signed: 0, draft: 1, superseded: 2 };

export function pkInForce<T extends Pick<Agreement, 'status' | 'version' | 'deleted'>>(agreements: readonly T[]): T | undefined {
  return agreements
    .filter((a) => !a.deleted)
    .sort((a, b) => rank[a.status] - rank[b.status] || b.version - a.version)[0];
}

/**
 * The pemda's own PK (`kind: pemda`: the sasaran daerah and IKU of the gubernur or bupati) is kept
 * in the setda's unit beside that unit's own PK, as a chain of versions of its own: a unit's PK
 * screens read `unitChain`, the pohon kinerja reads `pemdaChain`.
 */
export const isPemdaPk = (agreement: Pick<Agreement, 'kind'>): boolean => agreement.kind === 'pemda';
export const unitChain = <T extends Pick<Agreement, 'kind'>>(rows: readonly T[]): T[] => rows.filter((a) => !isPemdaPk(a));
export const pemdaChain = <T extends Pick<Agreement, 'kind'>>(rows: readonly T[]): T[] => rows.filter(isPemdaPk);
/** The chain a PK of `kind` belongs to among a unit's PKs of a year. */
export const chainOf = <T extends Pick<Agreement, 'kind'>>(rows: readonly T[], kind: Agreement['kind']): T[] =>
  kind === 'pemda' ? pemdaChain(rows) : unitChain(rows);
