// The scan of a signed PK on its version page: the head uploads it (checked by content, not by
// name), it is kept on the device with one outbox entry; an operator sees it but cannot change it.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../support/render-app';
import { useSeededSessions } from '../../support/seeded-session';

const open = useSeededSessions();

const pdfFile = () => new File([new TextEncoder().encode('%PDF-1.7\nhalaman pernyataan bertanda tangan')], 'pk-ttd.pdf', { type: 'application/pdf' });

describe('the signed scan', () => {
  it('is uploaded by the head, checked by content, and queued once', async () => {
    const { session, seeded } = await open('head');
    const user = userEvent.setup({ applyAccept: false });
    renderApp(session, [`/agreements/${seeded.agreement.id}`]);
    expect(await screen.findByText(/Belum ada pindaian/, undefined, { timeout: 8000 })).toBeTruthy();

    await user.upload(screen.getByLabelText('Unggah pindaian (PDF, JPG atau PNG)'), new File(['<html>'], 'scan.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Berkas ini bukan PDF, JPG atau PNG.')).toBeTruthy();
    expect(await session.db.outbox.count()).toBe(0);

    await user.upload(screen.getByLabelText('Unggah pindaian (PDF, JPG atau PNG)'), pdfFile());
    expect(await screen.findByText('Pindaian disimpan di perangkat dan akan dikirim saat tersambung.')).toBeTruthy();
    const entries = await session.db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.fields).toMatchObject({ signedScan: { mimeType: 'application/pdf' } });
    expect(await screen.findByRole('button', { name: 'Buka pindaian' })).toBeTruthy();
    expect(screen.getByLabelText('Ganti pindaian')).toBeTruthy();
  });

  it('is read-only for an operator', async () => {
    const { session, seeded } = await open('operator');
    renderApp(session, [`/agreements/${seeded.agreement.id}`]);
    expect(await screen.findByText(/Belum ada pindaian/, undefined, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByLabelText('Unggah pindaian (PDF, JPG atau PNG)')).toBeNull();
  });
});
