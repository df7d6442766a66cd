// What the server holds, read straight from its store (no HTTP), and fresh indicators per test so
// that tests sharing one server never share a realisation row.
import type { Indicator } from '../../src/domain/indicator';
import type { Realisation } from '../../src/domain/realisation';
import type { ChangeRecord } from '../../src/server/store/sync-queries';
import type { RealisationRecord } from '../../src/server/store/entity-queries';
import type { Quarter } from '../../src/domain/period';
import { buildIndicator, buildRealisation } from './factories';
import { serviceCount, worldYear } from './server-factories';
import type { TestServer } from './server-app';

let madeCount = 0;
const editableFields = ['value', 'drivers', 'obstacles', 'followUp'];

/** A new indicator in unit A's PK, written through the change log like the seed does. */
export async function addIndicator(server: TestServer, overrides: Partial<Indicator> = {}): Promise<Indicator> {
  const [indicator] = await addIndicators(server, 1, overrides);
  return indicator!;
}

/**
 * `count` new indicators in unit A's PK in one transaction; with `submittedQuarter`, each also has
 * that quarter's realisation already submitted (edits of it are refused: not_editable).
 */
export async function addIndicators(
  server: TestServer, count: number, overrides: Partial<Indicator> = {}, options: { submittedQuarter?: Quarter } = {},
): Promise<Indicator[]> {
  const goal = server.world.data.goals.find((g) => g.orgUnitId === server.world.units.unitA.id);
  if (!goal) throw new Error('unit A has no goal');
  return server.store.transaction(async (tx) => {
    const made: Indicator[] = [];
    const log = async (entity: 'indicator' | 'realisation', row: Indicator | Realisation) => {
      await tx.appendChange({
        tenantId: row.tenantId, rev: row.rev, entity, recordId: row.id, orgUnitId: row.orgUnitId, op: 'insert',
        before: null, after: row as unknown as Record<string, unknown>, userId: null, deviceId: null, mutationId: null,
        createdAt: server.clock.now,
      });
    };
    for (let i = 0; i < count; i += 1) {
      madeCount += 1;
      const draft = buildIndicator(goal, { ...serviceCount, name: `Indikator uji ${madeCount}`, order: 100 + madeCount, ...overrides });
      const row: Indicator = { ...draft, rev: await tx.nextRev(draft.tenantId) };
      await tx.insertSyncedRow('indicator', row);
      await log('indicator', row);
      made.push(row);
      if (options.submittedQuarter === undefined) continue;
      const submitted: Realisation = { ...buildRealisation(row, { year: worldYear, quarter: options.submittedQuarter, status: 'submitted', value: 50 }), rev: await tx.nextRev(row.tenantId) };
      await tx.insertRealisation({
        ...submitted,
        fieldRevs: Object.fromEntries(editableFields.map((f) => [f, submitted.rev])),
        fieldDevices: Object.fromEntries(editableFields.map((f) => [f, null])),
      });
      await log('realisation', submitted);
    }
    return made;
  });
}

/** The change log of the test tenant after `afterRev` (all of it by default), in rev order. */
export async function changesSince(server: TestServer, afterRev: number): Promise<ChangeRecord[]> {
  const tenantId = server.world.tenant.id;
  const upTo = await server.store.getLastRev(tenantId);
  return server.store.listChanges({ tenantId, after: afterRev, upTo, orgUnitId: null, limit: 1_000_000 });
}

/** The whole change log of the test tenant, in rev order. */
export function changeLog(server: TestServer): Promise<ChangeRecord[]> {
  return changesSince(server, 0);
}

/** Changes made by mutation id, per entity: more than one realisation change for a mutation = applied twice. */
export function changesPerMutation(log: readonly ChangeRecord[], entity = 'realisation'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const change of log) {
    if (change.entity !== entity || change.mutationId === null) continue;
    counts.set(change.mutationId, (counts.get(change.mutationId) ?? 0) + 1);
  }
  return counts;
}

export function serverRealisation(server: TestServer, indicatorId: string, quarter: Quarter): Promise<RealisationRecord | null> {
  return server.store.findRealisationByKey(indicatorId, quarter);
}
