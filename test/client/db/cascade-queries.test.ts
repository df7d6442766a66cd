// The pohon kinerja's data on the device (db/cascade-queries.ts): the pemda's own IKU figures are
// Bappeda's measurement and take no review, so "verified figures only" keeps them while it leaves
// out a unit's unverified entries (issue 19).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getCascadeView } from '../../../src/client/db/cascade-queries';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { flattenCascade } from '../../../src/domain/cascade-tree';
import { buildRealisation, year } from '../../support/factories';
import { sessionTenant } from '../features/support/fixtures';
import { seedCascade } from '../features/support/seed-cascade';

let db: PantauDatabase | null = null;
afterEach(async () => {
  if (db) { db.close(); await db.delete(); }
  db = null;
});

const settings = { ...sessionTenant.settings, rollUpRule: 'average' as const };

describe('getCascadeView', () => {
  it("keeps the pemda's own IKU figure under verified figures only, and leaves out a unit's unverified entries", async () => {
    db = openUserDatabase(crypto.randomUUID());
    await seedCascade(db);
    const iku = (await db.indicators.toArray()).find((i) => i.name === 'Indeks Kepuasan Masyarakat');
    if (!iku) throw new Error('no IKU');
    await db.realisations.put(buildRealisation(iku, { quarter: 4, value: 80, status: 'draft' }));
    for (const verifiedOnly of [false, true]) {
      const view = await getCascadeView(db, year, 4, settings, { verifiedOnly });
      const node = flattenCascade(view.roots).find((n) => n.name === 'Indeks Kepuasan Masyarakat');
      // 80 of 82: its own figure either way.
      expect([verifiedOnly, node?.status.own?.toFixed(2)]).toEqual([verifiedOnly, '97.56']);
      // The units' TW I entries are drafts: counted only when unverified figures are.
      expect([verifiedOnly, node?.status.rollUp === null]).toEqual([verifiedOnly, verifiedOnly]);
    }
  });
});
