// The pemda dashboard's recap button over a real Dexie: first without the font on the device (a
// message in Indonesian, no download), then with it. Its own file: the font is cached per module.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../features/support/render-app';
import { useTestSessions } from '../features/support/seeded-session';
import { pdfText } from './support';
import { useDocumentDownloads } from '../features/support/download-stubs';
import { seedHealthUnit } from './seed-health-unit';

const files = useDocumentDownloads();

const openSession = useTestSessions();

describe('recap button', () => {
  it('pemda dashboard: the recap PDF, and an error in Indonesian when the font is not on the device', async () => {
    const session = openSession('leader');
    await seedHealthUnit(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard'], 'id');
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    files.fontsOnline = false;
    await user.click(await screen.findByRole('button', { name: 'Unduh rekap (PDF)' }));
    expect((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent).toMatch(/^Dokumen gagal dibuat: huruf dokumen belum tersimpan di perangkat/);
    expect(files.downloads).toHaveLength(0);

    files.fontsOnline = true;
    await user.click(screen.getByRole('button', { name: 'Unduh rekap (PDF)' }));
    await waitFor(() => expect(files.downloads).toHaveLength(1), { timeout: 15_000 });
    expect(files.downloads[0]?.name).toMatch(/^Rekap-Capaian-TW1-\d{4}-Kabupaten-Sleman\.pdf$/);
    const text = await pdfText(new Uint8Array(await files.downloads[0]!.blob.arrayBuffer()));
    // The entry is still a draft: the figure includes it, marked * and explained under the table.
    expect(text).toMatch(/1\s+Dinas Kesehatan \*\s+1\/1\s+90%\s+Tinggi/);
    expect(text).toContain('* memuat realisasi yang belum diverifikasi.');
  });

});
