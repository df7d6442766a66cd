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
