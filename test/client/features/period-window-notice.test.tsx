// The form warns when the device knows the quarter is locked (jadwal input), and still saves: the
// server decides, and the device may not know the admin has reopened it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildSessionInfo, tenantId, year } from './support/fixtures';
import { closeTestSession, openTestSession, renderApp } from './support/render-app';
import { seedAgreement } from './support/seed';

let session: ActiveSession;
let seeded: Awaited<ReturnType<typeof seedAgreement>>;
beforeEach(async () => {
  session = openTestSession(buildSessionInfo('operator'));
  seeded = await seedAgreement(session.db);
});
afterEach(async () => { await closeTestSession(session); });

const windowRow = (quarter: 1 | 2 | 3 | 4, locked: boolean, lockAt: string | null) => ({
  id: crypto.randomUUID(), tenantId, rev: 90, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null,
  deleted: false, year, quarter, locked, lockAt,
});

describe('a locked quarter on the device', () => {
  it('warns on the locked quarter, not on an open one or one whose deadline is ahead, and still saves', async () => {
    await session.db.periodWindows.bulkPut([
      windowRow(2, true, null),
      windowRow(3, false, new Date(Date.now() + 86_400_000).toISOString()),
    ]);
    const user = userEvent.setup();
    const { unmount } = renderApp(session, ['/', { pathname: `/indicators/${seeded.count.id}/quarters/2`, state: { from: '/' } }]);
    expect(await screen.findByText(/Jadwal input TW II sudah dikunci/)).toBeTruthy();
    await user.type(await screen.findByLabelText('Realisasi (puskesmas)'), '12');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await expect.poll(() => session.db.outbox.count()).toBe(1);
    unmount();

    for (const quarter of [3, 4]) {
      const view = renderApp(session, ['/', { pathname: `/indicators/${seeded.count.id}/quarters/${quarter}`, state: { from: '/' } }]);
      await screen.findByLabelText('Realisasi (puskesmas)');
      expect(screen.queryByText(/sudah dikunci/)).toBeNull();
      view.unmount();
    }
  });
});
