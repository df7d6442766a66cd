import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { useSeededSessionEachTest } from '../support/seeded-session';

const state = useSeededSessionEachTest();

/** Opened from the PK view, as a user would: the form's "back" returns there. */
function openForm(indicatorId: string, quarter: number) {
  return renderApp(state.session, ['/', { pathname: `/indicators/${indicatorId}/quarters/${quarter}`, state: { from: '/' } }]);
}

describe('the realisation form', () => {
  it('saves "1.234,5" as a row and one outbox entry, then returns to the PK view', async () => {
    const user = userEvent.setup();
    const notified = vi.spyOn(state.session.engine, 'notifyLocalChange');
    const { router } = openForm(state.seeded.count.id, 2);
    const input = await screen.findByLabelText('Realisasi (puskesmas)');
    expect(input.getAttribute('inputmode')).toBe('decimal');

    await user.type(input, '1.234,5');
    // Live: TW II alone 1.234,5 / 300; s.d. TW II (285 + 1.234,5) / 600.
    expect(await screen.findByText('411,5%')).toBeTruthy();
    expect(screen.getByText('253,25%')).toBeTruthy();
    await user.type(screen.getByLabelText('Faktor pendorong'), 'Pendampingan intensif');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    // Half a puskesmas is asked about (a count is whole); the user says it is right.
    await user.click(await screen.findByRole('button', { name: 'Ya, nilai ini benar, simpan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const rows = await state.session.db.realisations.where('indicatorId').equals(state.seeded.count.id).toArray();
    const saved = rows.find((r) => r.quarter === 2);
    expect(saved?.value).toBe(1234.5);
    expect(saved?.drivers).toBe('Pendampingan intensif');
    const outbox = await state.session.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.recordId).toBe(saved?.id);
    expect(outbox[0]?.fields.value).toBe(1234.5);
    expect(notified).toHaveBeenCalledTimes(1); // the engine learns of it without waiting for its timer
    expect(await screen.findByText('1 menunggu sinkronisasi')).toBeTruthy();
  });

  it('keeps an invalid value, explains it in Indonesian next to the field and saves nothing', async () => {
    const user = userEvent.setup();
    const notified = vi.spyOn(state.session.engine, 'notifyLocalChange');
    const { router } = openForm(state.seeded.count.id, 2);
    const input = await screen.findByLabelText('Realisasi (puskesmas)');
    await user.type(input, '12abc');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const error = await screen.findByText('Isi angka, mis. 1.234,5 (koma untuk desimal).');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect((input as HTMLInputElement).value).toBe('12abc');

    // A pasted run of digits: a number, but no indicator's figure.
    await user.clear(input);
    await user.type(input, '1.000.000.000.000.000.000');
    expect(await screen.findByText('Angka terlalu besar: periksa titik dan koma.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    await user.clear(input);
    await user.type(input, '-5');
    expect(await screen.findByText('Realisasi jumlah tidak boleh negatif.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(router.state.location.pathname).toBe(`/indicators/${state.seeded.count.id}/quarters/2`);
    expect(await state.session.db.realisations.count()).toBe(3); // the state.seeded ones only
    expect(await state.session.db.outbox.count()).toBe(0);
    expect(notified).not.toHaveBeenCalled();
  });

  it('offers Tercapai / Tidak tercapai for a text indicator and stores 1', async () => {
    const user = userEvent.setup();
    const { router } = openForm(state.seeded.statement.id, 4);
    await user.click(await screen.findByLabelText('Tercapai'));
    expect(screen.getAllByText('100%').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const [row] = await state.session.db.realisations.where('indicatorId').equals(state.seeded.statement.id).toArray();
    expect(row?.value).toBe(1);
  });

  it('offers the scale levels of a scale indicator', async () => {
    const user = userEvent.setup();
    openForm(state.seeded.scale.id, 4);
    const select = await screen.findByLabelText('Realisasi (predikat)');
    await user.selectOptions(select, 'A');
    expect(await screen.findAllByText('120%')).toHaveLength(2); // TW IV and s.d. TW IV
  });

  it('shows an existing entry with its sync state, read-only once submitted', async () => {
    const existing = (await state.session.db.realisations.where('indicatorId').equals(state.seeded.count.id).toArray())[0];
    if (!existing) throw new Error('seed missing');
    await state.session.db.realisations.put({ ...existing, status: 'submitted' });
    openForm(state.seeded.count.id, 1);
    expect(((await screen.findByLabelText('Realisasi (puskesmas)')) as HTMLInputElement).value).toBe('285');
    expect(await screen.findByText('Tersinkron')).toBeTruthy();
    expect(screen.getByText('Realisasi sudah diajukan atau diverifikasi sehingga tidak dapat diubah.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
  });
});
