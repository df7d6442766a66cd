import { describe, expect, it } from 'vitest';
import { clearCurrentAccount, getCurrentAccount, listAccounts, saveAccount } from '../../../src/client/db/accounts';
import type { SessionInfo } from '../../../src/api/auth';
import { openUserDatabase } from '../../../src/client/db/database';
import { tenantId, unitId } from './factories';

function sessionFor(username: string, role: SessionInfo['user']['role']): SessionInfo {
  return {
    user: { id: crypto.randomUUID(), tenantId, orgUnitId: unitId, username, name: username, role, position: '', nip: null, active: true },
    tenant: {
      id: tenantId, name: 'Kabupaten Uji', kind: 'kabupaten', regionalHeadName: 'Bupati', regionalHeadTitle: 'Bupati',
      settings: { lowerIsBetterFormula: 'A', achievementCap: null, warningBelowCategory: 'tinggi', categoryBands: [{ key: 'tinggi', label: 'Tinggi', min: 0, tone: 'good' }] },
    },
    orgUnit: { id: unitId, tenantId, rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false, parentId: null, code: 'A', name: 'Dinas A', type: 'opd', active: true },
    sessionExpiresAt: '2026-03-01T00:00:00.000Z',
    serverTime: '2026-01-01T00:00:00.000Z',
  };
}

describe('accounts', () => {
  it('remembers accounts across logout and never deletes a user database', async () => {
    expect(await getCurrentAccount()).toBeNull();
    const first = sessionFor('operator.a', 'operator');
    const second = sessionFor('kepala.a', 'head');
    await saveAccount(first);
    expect((await getCurrentAccount())?.user.id).toBe(first.user.id);

    const userDb = openUserDatabase(first.user.id);
    await userDb.outbox.add({
      seq: 1, id: crypto.randomUUID(), entity: 'realisation', recordId: crypto.randomUUID(), op: 'upsert', fields: {}, baseRev: null,
      clientTime: '2026-01-01T00:00:00.000Z', state: 'pending', attempts: 0, lastError: null,
    });
    userDb.close();

    await clearCurrentAccount();
    expect(await getCurrentAccount()).toBeNull();
    await saveAccount(second);
    expect((await getCurrentAccount())?.user.username).toBe('kepala.a');
    expect((await listAccounts()).map((a) => a.user.username).sort()).toEqual(['kepala.a', 'operator.a']);

    const reopened = openUserDatabase(first.user.id);
    expect(await reopened.outbox.count()).toBe(1);
    reopened.close();
    await reopened.delete();
  });
});
