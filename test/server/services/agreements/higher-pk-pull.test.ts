// A bidang's device reads its OPD's PK (issue 19): the administrator's or pengawas's PK filed in a
// bidang links to the OPD's indicators, chosen offline, so the bidang's users pull the PK rows
// (agreement, sasaran, indicator) of the units above theirs — never the OPD's entries, never a
// sibling's PK, never another tenant's. A device made before this catches up on those rows once.
// Runs on PGlite and PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRoutes } from '../../../../src/api/admin';
import type { PullResponse } from '../../../../src/api/sync';
import type { OrgUnit } from '../../../../src/domain/org-unit';
import { buildUser } from '../../../support/server-factories';
import { csrf, pullOk, pullQuery, sessionCookieFor } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const signedIn = useSignedInServer(['admin', 'kepala.a', 'operator.b', 'evaluator', 'operator.x'] as const);
const cookies = new Map<string, string>();
const changesOf = (page: PullResponse) => (page.kind === 'changes' ? page.changes : []);

beforeAll(async () => {
  const { server } = signedIn;
  const created = await server.app.inject({
    method: 'POST', url: adminRoutes.orgUnits, headers: { cookie: signedIn.cookie('admin'), ...csrf },
    payload: { code: 'A.1', name: 'Bidang Pelayanan Dinas A', type: 'bidang', parentId: server.world.units.unitA.id },
  });
  expect(created.statusCode).toBe(201);
  const bidang = created.json<OrgUnit>();
  const { password: _password, ...user } = buildUser(bidang, 'head', 'kabid.a');
  await server.store.insertUser({ ...user, active: true, planner: false }, 'unused-hash');
  cookies.set('kabid.a', await sessionCookieFor(server.store, user.id, server.clock.now));
});

describe("the PK of the units above a bidang's", () => {
  it("is pulled by the bidang's users: the OPD's PK rows, not its entries, not a sibling's", async () => {
    const { world } = signedIn.server;
    const page = await pullOk(signedIn.server.app, cookies.get('kabid.a') ?? '', 0, 5000);
    const ids = new Set(changesOf(page).map((c) => c.recordId));
    // Dinas A's PK, its sasaran and every indicator of it.
    expect(ids.has(world.data.agreements[0]?.id ?? '')).toBe(true);
    expect(Object.values(world.indicators).filter((i) => i.orgUnitId === world.units.unitA.id).every((i) => ids.has(i.id))).toBe(true);
    // Not Dinas A's entries, not Dinas B's PK, not another tenant's.
    expect(ids.has(world.submitted.id)).toBe(false);
    expect(ids.has(world.indicators.unitB.id)).toBe(false);
    expect(ids.has(world.indicators.otherTenant.id)).toBe(false);
  });

  it("is not pulled by a sibling OPD's users, nor by another tenant's", async () => {
    const { world } = signedIn.server;
    for (const username of ['operator.b', 'operator.x'] as const) {
      const ids = new Set(changesOf(await pullOk(signedIn.server.app, signedIn.cookie(username), 0, 5000)).map((c) => c.recordId));
      expect([username, ids.has(world.indicators.count.id)]).toEqual([username, false]);
    }
  });

  it('is caught up on once by a device that pulled before: only the rows of the units above, for unit users', async () => {
    const { world } = signedIn.server;
    const caughtUp = async (cookie: string) => changesOf(await pullQuery(signedIn.server.app, cookie, 'cursor=0&limit=100&catchUp=indicator'));
    const bidang = await caughtUp(cookies.get('kabid.a') ?? '');
    expect(bidang.map((c) => c.recordId).sort()).toEqual(
      Object.values(world.indicators).filter((i) => i.orgUnitId === world.units.unitA.id).map((i) => i.id).sort(),
    );
    expect(bidang.every((c) => c.entity === 'indicator')).toBe(true);
    // The OPD's own head and the tenant-wide evaluator always had them: nothing to catch up on.
    expect(await caughtUp(signedIn.cookie('kepala.a'))).toEqual([]);
    expect(await caughtUp(signedIn.cookie('evaluator'))).toEqual([]);
    expect(await caughtUp(signedIn.cookie('operator.x'))).toEqual([]);
  });
});
