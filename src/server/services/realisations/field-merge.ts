// Field-level merge. A field another device changed after the device's base rev is a conflict:
// the server keeps its value (first writer wins, the same rule everywhere). Other fields apply.
// A device never conflicts with its own earlier writes (e.g. create then edit, both offline).
import { isDeepStrictEqual } from 'node:util';

export interface FieldConflict { field: string; serverValue: unknown; yourValue: unknown }
export interface MergeResult {
  apply: Record<string, unknown>;
  conflicts: FieldConflict[];
  /** Some field was changed by another device since the base rev: the outcome is a merge. */
  changedElsewhere: boolean;
}
export interface FieldHistory { fieldRevs: Record<string, number>; fieldDevices: Record<string, string | null> }

export function mergeFields(
  current: Record<string, unknown>,
  history: FieldHistory,
  incoming: Record<string, unknown>,
  base: { rev: number; deviceId: string },
): MergeResult {
  const changedByOthers = (field: string): boolean =>
    (history.fieldRevs[field] ?? 0) > base.rev && history.fieldDevices[field] !== base.deviceId;
  const apply: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const [field, yourValue] of Object.entries(incoming)) {
    if (yourValue === undefined) continue;
    const serverValue = current[field];
    if (isDeepStrictEqual(serverValue, yourValue)) continue;
    if (changedByOthers(field)) conflicts.push({ field, serverValue, yourValue });
    else apply[field] = yourValue;
  }
  return { apply, conflicts, changedElsewhere: Object.keys(history.fieldRevs).some(changedByOthers) };
}
