import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { accountFormat, clearCurrentAccount, getCurrentAccount, listAccounts, saveAccount } from '../../../src/client/db/accounts';
import { sessionInfoSchema, type SessionInfo } from '../../../src/api/auth';
import { openUserDatabase } from '../../../src/client/db/database';
import { tenantId, unitId } from './factories';

function sessionFor(username: string, role: SessionInfo['user']['role']): SessionInfo {
  return {
    user: { id: crypto.randomUUID(), tenantId, orgUnitId: unitId, username, name: username, role, position: '', nip: null, active: true, planner: false },
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

/** The app-level database as an older build left it: rows without the format stamp. */
async function storeAsOlderBuild(info: unknown, userId: string): Promise<void> {
  const raw = new Dexie('pantau-kinerja');
  raw.version(1).stores({ accounts: 'userId', settings: 'key' });
  await raw.table('accounts').put({ userId, info, savedAt: '2026-01-01T00:00:00.000Z' });
  await raw.table('settings').put({ key: 'currentUserId', value: userId });
  const stored = await raw.table('accounts').get(userId);
  raw.close();
  expect(stored.format).toBeUndefined();
}

async function storedFormat(userId: string): Promise<unknown> {
  const raw = new Dexie('pantau-kinerja');
  raw.version(1).stores({ accounts: 'userId', settings: 'key' });
  const row = await raw.table('accounts').get(userId);
  raw.close();
  return row?.format;
}

describe('accounts saved by another build', () => {
  it('parses a row without the format stamp, then stamps it so the next start skips the schema', async () => {
    const info = sessionFor('operator.lama', 'operator');
    await storeAsOlderBuild(info, info.user.id);
    expect((await getCurrentAccount())?.user.username).toBe('operator.lama');
    expect(await storedFormat(info.user.id)).toBe(accountFormat);
    expect((await getCurrentAccount())?.user.username).toBe('operator.lama');
  });

  it('treats a row of an older shape as no account: the user logs in again', async () => {
    const info = sessionFor('operator.rusak', 'operator');
    const { tenant: _dropped, ...withoutTenant } = info;
    await storeAsOlderBuild(withoutTenant, info.user.id);
    expect(await getCurrentAccount()).toBeNull();
    expect(await storedFormat(info.user.id)).toBeUndefined();
  });

  it('has a format that changes whenever the session info changes shape', () => {
    // When this fails, SessionInfo changed shape. Bump accountFormat in src/client/db/accounts.ts
    // (rows of the old shape are then parsed again at the next start) and record both new values.
    const fingerprint = createHash('sha256').update(JSON.stringify(z.toJSONSchema(sessionInfoSchema))).digest('hex').slice(0, 16);
    expect({ accountFormat, fingerprint }).toEqual({ accountFormat: 7, fingerprint: '71a19e58cfe1eae5' });
  });
});
