// The device's name (settings): stored on the device, sent with every push, so the server can tell
// two tablets of one user apart in conflicts and in the admin's sessions list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PushRequest } from '../../../../src/api/sync';
import { defaultDeviceName, deviceNameToSend } from '../../../../src/client/db/device-name';
import { getMeta } from '../../../../src/client/db/meta';
import { saveRealisation } from '../../../../src/client/db/realisation-repository';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { runSyncCycle } from '../../../../src/client/sync/sync-cycle';
import type { SyncTransport } from '../../../../src/client/sync/transport';
import { buildSessionInfo } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { seedAgreement } from '../support/seed';

let session: ActiveSession;
beforeEach(() => {
  session = openTestSession(buildSessionInfo('operator'));
});
afterEach(async () => {
  await closeTestSession(session);
});

const androidChrome = 'Mozilla/5.0 (Linux; Android 13; SM-X205) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ipadSafari = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const windowsFirefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('the device name', () => {
  it('defaults to the browser and OS', () => {
    expect(defaultDeviceName(androidChrome)).toBe('Chrome · Android');
    expect(defaultDeviceName(ipadSafari)).toBe('Safari · iPadOS');
    expect(defaultDeviceName(windowsFirefox)).toBe('Firefox · Windows');
    expect(defaultDeviceName('')).toBeNull();
  });

  it('is set on the settings page and kept on the device; emptied, it is the default again', async () => {
    const user = userEvent.setup();
    renderApp(session, ['/settings']);
    const field = await screen.findByLabelText('Nama perangkat ini');
    await user.type(field, '  Tablet ruang rapat  ');
    await user.click(screen.getByRole('button', { name: 'Simpan nama perangkat' }));
    expect(await screen.findByText(/Tersimpan: Tablet ruang rapat\./)).toBeTruthy();
    expect(await getMeta(session.db, 'deviceName')).toBe('Tablet ruang rapat');
    expect(await deviceNameToSend(session.db, androidChrome)).toBe('Tablet ruang rapat');

    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Simpan nama perangkat' }));
    expect(await screen.findByText(/^Tersimpan: peramban ini\./)).toBeTruthy(); // jsdom's agent names no browser or OS
    expect(await getMeta(session.db, 'deviceName')).toBeNull();
    expect(await deviceNameToSend(session.db, androidChrome)).toBe('Chrome · Android');
  });

  it('goes with every push', async () => {
    const seeded = await seedAgreement(session.db);
    await session.db.meta.put({ key: 'deviceName', value: 'Tablet lantai 2' });
    await saveRealisation(session.db, session.actor, { indicatorId: seeded.count.id, quarter: 1, value: 12, drivers: '', obstacles: '', followUp: '' });
    const pushes: PushRequest[] = [];
    const transport: SyncTransport = {
      push: async (request) => {
        pushes.push(request);
        return { results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied', duplicate: false, recordId: m.recordId, rev: 1 })), serverTime: new Date().toISOString() };
      },
      pull: async (q) => ({ kind: 'changes', changes: [], nextCursor: q.cursor, hasMore: false, serverTime: new Date().toISOString() }),
    };
    await runSyncCycle({ db: session.db, transport, now: () => new Date(), onProgress: () => undefined, onClockSkew: () => undefined });
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toMatchObject({ deviceName: 'Tablet lantai 2', deviceId: await getMeta(session.db, 'deviceId') });
  });
});
