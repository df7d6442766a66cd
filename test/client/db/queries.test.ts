import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PantauDatabase } from '../../../src/client/db/database';
import type { Agreement } from '../../../src/domain/agreement';
import type { Indicator } from '../../../src/domain/indicator';
import {
  countPending,
  getAgreementView,
  getEntrySyncStates,
  getIndicatorView,
  getSyncMeta,
  listOrgUnits,
} from '../../../src/client/db/queries';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { takeOutboxBatch } from '../../../src/client/db/push-ack';
import { buildAgreement, buildIndicator, buildRealisation, dropDatabase, freshDatabase, operator, tenantId, unitId } from './factories';

let db: PantauDatabase;
let agreement: Agreement;
let indicator: Indicator;

beforeEach(async () => {
  ({ db, agreement, indicator } = await freshDatabase());
});
afterEach(async () => {
  await dropDatabase(db);
});

const unit = (name: string, overrides: object = {}) => ({
  id: crypto.randomUUID(), tenantId, rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
  parentId: null, code: name, name, type: 'opd' as const, active: true, ...overrides,
});

describe('queries', () => {
  it('builds the current agreement view: latest non-superseded version, parts in order, quarters in slots', async () => {
    const goalId = indicator.goalId;
    await db.goals.put({ id: goalId, tenantId, rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false, orgUnitId: unitId, agreementId: agreement.id, order: 0, name: 'Sasaran' });
    const second = buildIndicator(agreement, { goalId, order: 1, name: 'Kedua' });
    const removed = buildIndicator(agreement, { goalId, order: 2, deleted: true });
    await db.indicators.bulkPut([{ ...indicator, order: 5 }, second, removed]);
    await db.realisations.put(buildRealisation(indicator, { quarter: 3, value: 0 }));
    await db.agreements.put(buildAgreement({ version: 1, status: 'superseded' }));
    await db.orgUnits.put(unit('Dinas A', { id: unitId }));

    const view = await getAgreementView(db, unitId, 2026);
    expect(view?.agreement.id).toBe(agreement.id);
    expect(view?.orgUnit?.name).toBe('Dinas A');
    expect(view?.goals[0]?.indicators.map((i) => i.indicator.name)).toEqual(['Kedua', indicator.name]);
    const slots = view?.goals[0]?.indicators[1]?.realisations.map((r) => r?.value ?? null);
    expect(slots).toEqual([null, null, 0, null]);
    expect(await getAgreementView(db, unitId, 2025)).toBeNull();
    expect((await getIndicatorView(db, indicator.id))?.realisations[2]?.value).toBe(0);
  });

  it('lists active units by name', async () => {
    await db.orgUnits.bulkPut([unit('Dinas Pendidikan'), unit('Bappeda'), unit('Lama', { active: false }), unit('Hapus', { deleted: true })]);
    expect((await listOrgUnits(db)).map((u) => u.name)).toEqual(['Bappeda', 'Dinas Pendidikan']);
  });

  it('reports pending count and per-entry state', async () => {
    const a = await saveRealisation(db, operator, { indicatorId: indicator.id, quarter: 1, value: 1, drivers: '', obstacles: '', followUp: '' });
    await takeOutboxBatch(db, 1);
    const b = await saveRealisation(db, operator, { indicatorId: indicator.id, quarter: 2, value: 1, drivers: '', obstacles: '', followUp: '' });
    expect(await countPending(db)).toBe(2);
    const states = await getEntrySyncStates(db);
    expect(states.get(a.id)).toBe('sending');
    expect(states.get(b.id)).toBe('pending');
    const meta = await getSyncMeta(db);
    expect(meta).toMatchObject({ cursor: 0, lastSyncAt: null, clockSkewMs: null });
    expect(meta.deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
