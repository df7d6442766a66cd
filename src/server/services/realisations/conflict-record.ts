// A field conflict becomes a synced row: stored in `conflicts` (the losing value, kept for good) and
// appended to the change log under the entry's org unit, so every device that may read the unit
// pulls it — not only the device whose mutation lost (design.md, "Sync protocol").
import { randomUUID } from 'node:crypto';
import { conflictFieldSchema, conflictSchema, type Conflict, type ConflictSide } from '../../../domain/conflict';
import type { Quarter } from '../../../domain/period';
import type { Tx } from '../../store/connection';
import type { RealisationRecord } from '../../store/entity-queries';
import type { FieldConflict } from './field-merge';
import type { WriteContext } from '../sync/write-context';

async function userName(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  return (await tx.findUserById(userId))?.name ?? null;
}

async function deviceName(tx: Tx, deviceId: string | null): Promise<string | null> {
  if (!deviceId) return null;
  return (await tx.getDeviceNames([deviceId])).get(deviceId) ?? null;
}

/** Who wrote the value the server kept: the change that last set the field. */
async function serverSide(tx: Tx, row: RealisationRecord, field: string, serverRev: number): Promise<ConflictSide> {
  const change = serverRev > 0 ? await tx.getChange(row.tenantId, serverRev) : null;
  const userId = change?.userId ?? row.updatedBy;
  const deviceId = change?.deviceId ?? row.fieldDevices[field] ?? null;
  return {
    userId, userName: await userName(tx, userId), deviceId, deviceName: await deviceName(tx, deviceId),
    at: change ? change.createdAt.toISOString() : null, savedAt: null,
  };
}

/** Appends a conflict row to the change log at a new rev; returns the row as logged. */
export async function logConflict(tx: Tx, wc: WriteContext, before: Conflict | null, row: Omit<Conflict, 'rev'>): Promise<Conflict> {
  const rev = await tx.nextRev(row.tenantId);
  const after = conflictSchema.parse({ ...row, rev });
  await tx.appendChange({
    tenantId: after.tenantId, rev, entity: 'conflict', recordId: after.id, orgUnitId: after.orgUnitId,
    op: before ? 'update' : 'insert', before, after,
    userId: wc.actor.id, deviceId: wc.deviceId, mutationId: wc.mutationId, createdAt: wc.now,
  });
  return after;
}

/**
 * Records the conflicts of one mutation against `row` (the entry as it was before the mutation's
 * other fields were written). Returns them with their ids, for the push result.
 */
export async function recordConflicts(
  tx: Tx, wc: WriteContext, row: RealisationRecord, conflicts: readonly FieldConflict[],
): Promise<Array<FieldConflict & { id: string }>> {
  const recorded: Array<FieldConflict & { id: string }> = [];
  for (const c of conflicts) {
    const id = randomUUID();
    await tx.insertConflict({
      id, tenantId: row.tenantId, entity: 'realisation', recordId: row.id, field: c.field, serverValue: c.serverValue,
      incomingValue: c.yourValue, mutationId: wc.mutationId, userId: wc.actor.id, deviceId: wc.deviceId, createdAt: wc.now,
    });
    const serverRev = row.fieldRevs[c.field] ?? 0;
    const stamp = wc.now.toISOString();
    await logConflict(tx, wc, null, {
      id, tenantId: row.tenantId, updatedAt: stamp, updatedBy: wc.actor.id, deviceId: wc.deviceId, deleted: false,
      orgUnitId: row.orgUnitId, entity: 'realisation', recordId: row.id, indicatorId: row.indicatorId,
      year: row.year, quarter: row.quarter as Quarter, field: conflictFieldSchema.parse(c.field),
      serverValue: c.serverValue ?? null, yourValue: c.yourValue ?? null, serverRev,
      server: await serverSide(tx, row, c.field, serverRev),
      yours: {
        userId: wc.actor.id, userName: await userName(tx, wc.actor.id), deviceId: wc.deviceId,
        deviceName: wc.deviceName !== undefined ? wc.deviceName : await deviceName(tx, wc.deviceId), at: stamp, savedAt: wc.clientTime ?? null,
      },
      mutationId: wc.mutationId, status: 'open', resolution: null, resolvedValue: null,
      resolvedBy: null, resolvedByName: null, resolvedAt: null,
    });
    recorded.push({ id, ...c });
  }
  return recorded;
}
