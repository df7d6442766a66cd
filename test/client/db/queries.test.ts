import { describe, expect, it } from 'vitest';
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
import type { OrgUnit } from '../../../src/domain/org-unit';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation } from '../../support/factories';
import { operator, operatorTenant, operatorUnit, unitId, useFreshDatabase, villages } from './factories';

const fresh = useFreshDatabase();

const unit = (name: string, overrides: Partial<OrgUnit> = {}) => buildOrgUnit(operatorTenant, { code: name, name, ...overrides });

describe('queries', () => {
  it('builds the current fresh.agreement view: latest non-superseded version, parts in order, quarters in slots', async () => {
    const goalId = fresh.indicator.goalId;
    const goal = buildGoal(fresh.agreement, { id: goalId, name: 'Sasaran' });
    await fresh.db.goals.put(goal);
    const second = buildIndicator(goal, { ...villages, order: 1, name: 'Kedua' });
    const removed = buildIndicator(goal, { ...villages, order: 2, deleted: true });
    await fresh.db.indicators.bulkPut([{ ...fresh.indicator, order: 5 }, second, removed]);
    await fresh.db.realisations.put(buildRealisation(fresh.indicator, { year: 2026, quarter: 3, value: 0 }));
    await fresh.db.agreements.put(buildAgreement(operatorUnit, { year: 2026, version: 1, status: 'superseded' }));
    await fresh.db.orgUnits.put(unit('Dinas A', { id: unitId }));

    const view = await getAgreementView(fresh.db, unitId, 2026);
    expect(view?.agreement.id).toBe(fresh.agreement.id);
    expect(view?.orgUnit?.name).toBe('Dinas A');
    expect(view?.goals[0]?.indicators.map((i) => i.indicator.name)).toEqual(['Kedua', fresh.indicator.name]);
    const slots = view?.goals[0]?.indicators[1]?.realisations.map((r) => r?.value ?? null);
    expect(slots).toEqual([null, null, 0, null]);
    expect(await getAgreementView(fresh.db, unitId, 2025)).toBeNull();
    expect((await getIndicatorView(fresh.db, fresh.indicator.id))?.realisations[2]?.value).toBe(0);
  });

  it('lists active units by name', async () => {
    await fresh.db.orgUnits.bulkPut([unit('Dinas Pendidikan'), unit('Bappeda'), unit('Lama', { active: false }), unit('Hapus', { deleted: true })]);
    expect((await listOrgUnits(fresh.db)).map((u) => u.name)).toEqual(['Bappeda', 'Dinas Pendidikan']);
  });

  it('reports pending count and per-entry state', async () => {
    const a = await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, quarter: 1, value: 1, drivers: '', obstacles: '', followUp: '' });
    await takeOutboxBatch(fresh.db, 1);
    const b = await saveRealisation(fresh.db, operator, { indicatorId: fresh.indicator.id, quarter: 2, value: 1, drivers: '', obstacles: '', followUp: '' });
    expect(await countPending(fresh.db)).toBe(2);
    const states = await getEntrySyncStates(fresh.db);
    expect(states.get(a.id)).toBe('sending');
    expect(states.get(b.id)).toBe('pending');
    const meta = await getSyncMeta(fresh.db);
    expect(meta).toMatchObject({ cursor: 0, lastSyncAt: null, clockSkewMs: null });
    expect(meta.deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
