// The unit's LKE recommendations still followed up, over a real Dexie: last year's and this year's,
// removed ones and other units' left out, counted by follow-up status, the open ones listed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { getLkeFollowUp } from '../../../src/client/db/lke-follow-up-queries';
import type { LkeRecommendation } from '../../../src/domain/lke-recommendation';
import { rowMeta } from '../../support/rows';
import { dropDatabase, tenantId, unitId } from './factories';

const year = 2026;
const otherUnitId = '00000000-0000-4000-8000-000000000003';

function recommendation(values: Partial<LkeRecommendation> & Pick<LkeRecommendation, 'text'>): LkeRecommendation {
  return { ...rowMeta(tenantId, 1), orgUnitId: unitId, year: year - 1, order: 0, followUp: 'belum', followUpNote: '', ...values };
}

let db: PantauDatabase;
beforeEach(() => {
  db = openUserDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await dropDatabase(db);
});

describe('getLkeFollowUp', () => {
  it('counts last year\'s and this year\'s recommendations by status and lists the open ones, older year first', async () => {
    await db.lkeRecommendations.bulkPut([
      recommendation({ text: 'Perbaiki IKU', year, order: 0, followUp: 'belum' }),
      recommendation({ text: 'Tetapkan pedoman', order: 1, followUp: 'proses' }),
      recommendation({ text: 'Susun cascading', order: 0, followUp: 'selesai', followUpNote: 'Perkadis 3/2026' }),
      recommendation({ text: 'Dihapus evaluator', order: 2, deleted: true }),
      recommendation({ text: 'Dua tahun lalu', year: year - 2 }),
      recommendation({ text: 'Tahun depan', year: year + 1 }),
      recommendation({ text: 'Unit lain', orgUnitId: otherUnitId }),
    ]);
    const followUp = await getLkeFollowUp(db, unitId, year);
    expect(followUp).toMatchObject({ total: 3, counts: { belum: 1, proses: 1, selesai: 1 } });
    expect(followUp?.open.map((r) => [r.year, r.text, r.followUp])).toEqual([
      [year - 1, 'Tetapkan pedoman', 'proses'],
      [year, 'Perbaiki IKU', 'belum'],
    ]);
  });

  it('is null without a recommendation of the unit to follow up', async () => {
    await db.lkeRecommendations.bulkPut([
      recommendation({ text: 'Dihapus evaluator', deleted: true }),
      recommendation({ text: 'Unit lain', orgUnitId: otherUnitId }),
      recommendation({ text: 'Dua tahun lalu', year: year - 2 }),
    ]);
    expect(await getLkeFollowUp(db, unitId, year)).toBeNull();
  });
});
