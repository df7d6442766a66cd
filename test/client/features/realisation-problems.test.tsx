import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildSessionInfo } from './support/fixtures';
import { closeTestSession, openTestSession, renderApp } from './support/render-app';
import { seedAgreement } from './support/seed';

let session: ActiveSession;
let seeded: Awaited<ReturnType<typeof seedAgreement>>;

beforeEach(async () => {
  session = openTestSession(buildSessionInfo('operator'));
  seeded = await seedAgreement(session.db);
});
afterEach(async () => {
  await closeTestSession(session);
});

const firstQuarterRow = async () => {
  const [row] = await session.db.realisations.where('indicatorId').equals(seeded.count.id).toArray();
  if (!row) throw new Error('seed missing');
  return row;
};

describe('when saving or syncing a realisation goes wrong', () => {
  it('a full disk says so, keeps the typed text and saves nothing', async () => {
    const quotaExceeded = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    session.db.outbox.hook('creating', quotaExceeded);
    const user = userEvent.setup();
    renderApp(session, ['/', { pathname: `/indicators/${seeded.count.id}/quarters/3`, state: { from: '/' } }]);
    const input = await screen.findByLabelText('Realisasi (puskesmas)');
    await user.type(input, '250');
    await user.type(screen.getByLabelText('Faktor penghambat (kendala)'), 'Hujan deras');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText(/Penyimpanan perangkat penuh/)).toBeTruthy();
    expect(screen.getByText(/Ekspor data belum tersinkron/)).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('250');
    expect((screen.getByLabelText('Faktor penghambat (kendala)') as HTMLTextAreaElement).value).toBe('Hujan deras');
    expect(await session.db.outbox.count()).toBe(0);
    expect((await session.db.realisations.toArray()).some((r) => r.quarter === 3)).toBe(false);
    session.db.outbox.hook('creating').unsubscribe(quotaExceeded);
  });

  it('a refused entry shows the server’s reason on the form and in the table', async () => {
    const row = await firstQuarterRow();
    await session.db.rejections.put({
      mutationId: crypto.randomUUID(),
      seq: 1,
      entity: 'realisation',
      recordId: row.id,
      fields: { value: 285 },
      code: 'quarter_locked',
      message: 'Jadwal input triwulan I sudah dikunci sejak 15 April.',
      rejectedAt: new Date().toISOString(),
    });
    const { unmount } = renderApp(session, ['/', { pathname: `/indicators/${seeded.count.id}/quarters/1`, state: { from: '/' } }]);
    expect(await screen.findByText('Ditolak server')).toBeTruthy();
    expect(
      await screen.findByText('Alasan penolakan: Jadwal input triwulan I sudah dikunci sejak 15 April.'),
    ).toBeTruthy();
    unmount();

    renderApp(session, ['/']);
    const link = await screen.findByRole('link', { name: `Ubah realisasi TW I: ${seeded.count.name}: 285` });
    expect(link.closest('td')?.textContent).toContain('Ditolak server');
  });

  it('a conflict is marked as such', async () => {
    const row = await firstQuarterRow();
    await session.db.conflicts.put({
      id: crypto.randomUUID(),
      entity: 'realisation',
      recordId: row.id,
      field: 'value',
      serverValue: 280,
      yourValue: 285,
      detectedAt: new Date().toISOString(),
    });
    renderApp(session, ['/', { pathname: `/indicators/${seeded.count.id}/quarters/1`, state: { from: '/' } }]);
    expect(await screen.findByText('Konflik')).toBeTruthy();
  });
});
