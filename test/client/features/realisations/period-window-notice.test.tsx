// The form warns when the device knows the quarter is locked (jadwal input), and still saves: the
// server decides, and the device may not know the admin has reopened it.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { year } from '../../../support/factories';
import { tenantId } from '../support/fixtures';
import { renderApp } from '../support/render-app';
import { useSeededSessionEachTest } from '../support/seeded-session';

const state = useSeededSessionEachTest();

const windowRow = (quarter: 1 | 2 | 3 | 4, locked: boolean, lockAt: string | null) => ({
  id: crypto.randomUUID(), tenantId, rev: 90, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null,
  deleted: false, year, quarter, locked, lockAt,
});

describe('a locked quarter on the device', () => {
  it('warns on the locked quarter, not on an open one or one whose deadline is ahead, and still saves', async () => {
    await state.session.db.periodWindows.bulkPut([
      windowRow(2, true, null),
      windowRow(3, false, new Date(Date.now() + 86_400_000).toISOString()),
    ]);
    const user = userEvent.setup();
    const { unmount } = renderApp(state.session, ['/', { pathname: `/indicators/${state.seeded.count.id}/quarters/2`, state: { from: '/' } }]);
    expect(await screen.findByText(/Jadwal input TW II sudah dikunci/)).toBeTruthy();
    await user.type(await screen.findByLabelText('Realisasi (puskesmas)'), '12');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await expect.poll(() => state.session.db.outbox.count()).toBe(1);
    unmount();

    for (const quarter of [3, 4]) {
      const view = renderApp(state.session, ['/', { pathname: `/indicators/${state.seeded.count.id}/quarters/${quarter}`, state: { from: '/' } }]);
      await screen.findByLabelText('Realisasi (puskesmas)');
      expect(screen.queryByText(/sudah dikunci/)).toBeNull();
      view.unmount();
    }
  });
});
