import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { buildSessionInfo } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession;
beforeEach(() => {
  session = openTestSession(buildSessionInfo('head'));
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeTestSession(session);
});

describe('the settings page', () => {
  it('shows storage usage in MB and whether it is persistent (navigator.storage is the boundary)', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      onLine: true,
      storage: {
        estimate: async () => ({ usage: 3 * 1_048_576, quota: 2048 * 1_048_576 }),
        persisted: async () => true,
        persist: async () => true,
      },
    });
    renderApp(session, ['/settings']);
    expect(await screen.findByText('Terpakai 3 MB dari 2.048 MB')).toBeTruthy();
    expect(screen.getByText(/Penyimpanan permanen: ya/)).toBeTruthy();
    expect(screen.getByText('Masuk sebagai Siti Rahma (siti), Kepala unit, Dinas Kesehatan')).toBeTruthy();
  });

  it('says so when the browser does not report storage', async () => {
    renderApp(session, ['/settings']);
    expect(await screen.findByText('Peramban tidak melaporkan pemakaian penyimpanan.')).toBeTruthy();
    expect(screen.queryByText(/Penyimpanan permanen/)).toBeNull();
  });
});
