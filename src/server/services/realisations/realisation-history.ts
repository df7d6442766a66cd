// An entry's history for whoever may read the entry: every change with who, when, device and the
// fields it set (before → after), and its conflicts: both proposed values with who proposed each
// (the author of the value that lost, not whoever resolved it), who resolved and when. The value
// that lost stays in the history after the choice. Evidence attached, re-captioned or removed is
// part of the entry's story too. Another unit's or tenant's entry is not_found.
import type { HistoryConflict, HistoryEntry, HistoryEvidence } from '../../../api/history';
import { conflictSchema, type Conflict, type ConflictSide } from '../../../domain/conflict';
import { canRead } from '../../../domain/permissions';
import type { Actor } from '../../../domain/user';
import type { ChangeRecord } from '../../store/sync-queries';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { realisationEditableFields } from '../../../domain/entity-fields';

/** What a person changes on an entry; sync bookkeeping (rev, updatedAt…) is left out. */
// unitReply is no field of the row: the head's reply to a return, kept in the change that resubmitted it.
// confirmedChecks neither: the checks the user confirmed for the value that change wrote.
const shownFields = [...realisationEditableFields, 'status', 'reviewNote', 'unitReply', 'confirmedChecks'] as const;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What an evidence change did, for people; null for one that changed nothing they see. */
function evidenceOf(change: ChangeRecord): HistoryEvidence | null {
  const after = change.after;
  const base = { id: change.recordId, fileName: text(after.fileName), caption: text(after.caption) };
  if (change.op === 'insert') return { ...base, change: 'added', captionBefore: null };
  if (change.op === 'delete' || after.deleted === true) return { ...base, change: 'removed', captionBefore: null };
  const before = text(change.before?.caption);
  return before === base.caption ? null : { ...base, change: 'caption', captionBefore: before };
}

function conflictOf(change: ChangeRecord): Conflict | null {
  const parsed = conflictSchema.safeParse(change.after);
  return parsed.success ? parsed.data : null;
}

function proposal(value: unknown, side: ConflictSide, names: Map<string, string>): HistoryConflict['kept'] {
  return {
    value: value ?? null, userName: side.userName, deviceId: side.deviceId,
    deviceName: side.deviceName ?? (side.deviceId ? names.get(side.deviceId) ?? null : null),
  };
}

export async function getRealisationHistory(ctx: ServiceContext, actor: Actor, id: string): Promise<HistoryEntry[]> {
  const row = await ctx.store.getRealisation(id);
  if (!row || row.tenantId !== actor.tenantId || !canRead(actor, row).allowed) throw new ServiceError('not_found');
  const [changes, conflictChanges, evidenceChanges, users] = await Promise.all([
    ctx.store.listChangesOfRecord(actor.tenantId, 'realisation', id),
    ctx.store.listConflictChangesOfRecord(actor.tenantId, id),
    ctx.store.listEvidenceChangesOfRealisation(actor.tenantId, id),
    ctx.store.listUsers(actor.tenantId),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
  const conflicts = conflictChanges.map((change) => ({ change, conflict: conflictOf(change) }));
  const deviceIds = [
    ...changes.map((c) => c.deviceId),
    ...evidenceChanges.map((c) => c.deviceId),
    ...conflicts.flatMap(({ change, conflict }) => [change.deviceId, conflict?.server.deviceId, conflict?.yours.deviceId]),
  ].filter((d): d is string => typeof d === 'string');
  const names = await ctx.store.getDeviceNames(deviceIds);
  // The entry's change that wrote a choice shares its mutation with the conflict's "resolved" change.
  const choiceOf = new Map<string, string>();
  for (const { change, conflict } of conflicts) {
    if (conflict?.status === 'resolved' && change.mutationId) choiceOf.set(change.mutationId, conflict.id);
  }

  const who = (change: ChangeRecord) => {
    const user = change.userId ? byId.get(change.userId) : undefined;
    return {
      rev: change.rev, at: change.createdAt.toISOString(), userName: user?.name ?? null, username: user?.username ?? null,
      deviceId: change.deviceId, deviceName: change.deviceId ? names.get(change.deviceId) ?? null : null, op: change.op,
    };
  };
  const entries: HistoryEntry[] = changes.map((change) => {
    const before = change.before ?? {};
    const fields = shownFields
      .filter((f) => change.after[f] !== undefined && JSON.stringify(before[f]) !== JSON.stringify(change.after[f]))
      .map((f) => ({ field: f, before: before[f] ?? null, after: change.after[f] }));
    const resolves = change.mutationId ? choiceOf.get(change.mutationId) : undefined;
    return { ...who(change), fields, ...(resolves ? { resolvesConflict: resolves } : {}) };
  });
  for (const { change, conflict } of conflicts) {
    if (!conflict) continue;
    entries.push({
      ...who(change), fields: [],
      conflict: {
        id: conflict.id, field: conflict.field, status: conflict.status,
        kept: proposal(conflict.serverValue, conflict.server, names),
        other: proposal(conflict.yourValue, conflict.yours, names),
        resolution: conflict.resolution, resolvedValue: conflict.resolvedValue ?? null,
        resolvedByName: conflict.resolvedByName, resolvedAt: conflict.resolvedAt,
      },
    });
  }
  for (const change of evidenceChanges) {
    const evidence = evidenceOf(change);
    if (evidence) entries.push({ ...who(change), fields: [], evidence });
  }
  return entries.sort((a, b) => a.rev - b.rev);
}
