import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { useSeededSessionEachTest } from '../support/seeded-session';

const state = useSeededSessionEachTest();

const firstQuarterRow = async () => {
  const [row] = await state.session.db.realisations.where('indicatorId').equals(state.seeded.count.id).toArray();
  if (!row) throw new Error('seed missing');
  return row;
};

describe('when saving or syncing a realisation goes wrong', () => {
  it('a full disk says so, keeps the typed text and saves nothing', async () => {
    const quotaExceeded = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    state.session.db.outbox.hook('creating', quotaExceeded);
    const user = userEvent.setup();
    renderApp(state.session, ['/', { pathname: `/indicators/${state.seeded.count.id}/quarters/3`, state: { from: '/' } }]);
    const input = await screen.findByLabelText('Realisasi (puskesmas)');
    await user.type(input, '250');
    await user.type(screen.getByLabelText('Faktor penghambat (kendala)'), 'Hujan deras');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText(/Penyimpanan perangkat penuh/)).toBeTruthy();
    expect(screen.getByText(/Ekspor data belum tersinkron/)).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('250');
    expect((screen.getByLabelText('Faktor penghambat (kendala)') as HTMLTextAreaElement).value).toBe('Hujan deras');
    expect(await state.session.db.outbox.count()).toBe(0);
    expect((await state.session.db.realisations.toArray()).some((r) => r.quarter === 3)).toBe(false);
    state.session.db.outbox.hook('creating').unsubscribe(quotaExceeded);
  });

  it('a value that is not a number takes the focus back to the field, which says why, and nothing is saved', async () => {
    const user = userEvent.setup();
    renderApp(state.session, ['/', { pathname: `/indicators/${state.seeded.count.id}/quarters/3`, state: { from: '/' } }]);
    const input = await screen.findByLabelText('Realisasi (puskesmas)');
    await user.type(input, 'abc');
    await user.type(screen.getByLabelText('Faktor pendorong'), 'Kader aktif');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    // Simpan is far below the value on a tablet: the error must be where the user is taken.
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
    expect((screen.getByLabelText('Faktor pendorong') as HTMLTextAreaElement).value).toBe('Kader aktif');
    expect(await state.session.db.outbox.count()).toBe(0);
  });

  it('a refused entry shows the server’s reason on the form and in the table', async () => {
    const row = await firstQuarterRow();
    await state.session.db.rejections.put({
      mutationId: crypto.randomUUID(),
      seq: 1,
      entity: 'realisation',
      recordId: row.id,
      fields: { value: 285 },
      code: 'quarter_locked',
      message: 'Jadwal input triwulan I sudah dikunci sejak 15 April.',
      rejectedAt: new Date().toISOString(),
    });
    const { unmount } = renderApp(state.session, ['/', { pathname: `/indicators/${state.seeded.count.id}/quarters/1`, state: { from: '/' } }]);
    expect(await screen.findByText('Ditolak server')).toBeTruthy();
    expect(
      await screen.findByText('Alasan penolakan: Jadwal input triwulan I sudah dikunci sejak 15 April.'),
    ).toBeTruthy();
    unmount();

    renderApp(state.session, ['/']);
    const link = await screen.findByRole('link', { name: `Ubah realisasi TW I: ${state.seeded.count.name}: 285` });
    expect(link.closest('td')?.textContent).toContain('Ditolak server');
  });

  it('a conflict is marked as such', async () => {
    const row = await firstQuarterRow();
    await state.session.db.conflicts.put({
      id: crypto.randomUUID(),
      entity: 'realisation',
      recordId: row.id,
      field: 'value',
      serverValue: 280,
      yourValue: 285,
      detectedAt: new Date().toISOString(),
    });
    renderApp(state.session, ['/', { pathname: `/indicators/${state.seeded.count.id}/quarters/1`, state: { from: '/' } }]);
    expect(await screen.findByText('Konflik')).toBeTruthy();
  });
});
