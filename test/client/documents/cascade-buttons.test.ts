// The /cascade screen's documents over a real Dexie (fake-indexeddb): the matriks cascading PDF of
// the whole pemda, and the printed pohon kinerja following the unit filter chosen on screen.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../features/support/render-app';
import { useTestSessions } from '../features/support/seeded-session';
import { useDocumentDownloads } from '../features/support/download-stubs';
import { seedCascade } from '../features/support/seed-cascade';
import { pdfText } from './support';

const files = useDocumentDownloads();

const openSession = useTestSessions();

const downloaded = async (n: number) => {
  await waitFor(() => expect(files.downloads).toHaveLength(n), { timeout: 15_000 });
  const file = files.downloads[n - 1];
  if (!file) throw new Error('no download');
  return { name: file.name, type: file.blob.type, text: await pdfText(new Uint8Array(await file.blob.arrayBuffer())) };
};

describe('the pohon kinerja documents', () => {
  it('prints the matrix of the whole pemda, and the tree as the unit filter leaves it', async () => {
    const session = openSession('leader');
    await seedCascade(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/cascade'], 'id');
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');
    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'Dinas B');

    await user.click(screen.getByRole('button', { name: 'Unduh matriks cascading (PDF)' }));
    const matrix = await downloaded(1);
    expect(matrix.name).toMatch(/^Matriks-Cascading-\d{4}-.+\.pdf$/);
    expect(matrix.type).toBe('application/pdf');
    expect(matrix.text).toContain('(CAPAIAN S.D. TRIWULAN I)');
    expect(matrix.text).toMatch(/Meningkatnya kualitas pelayanan publik\s+Indeks Kepuasan Masyarakat\s+82\s+Dinas A\s+Layanan Dinas A\s+1\s+400\s+100%\s+Tidak\s+Dinas B\s+Layanan Dinas B\s+1\s+400\s+30%\s+Ya/);
    expect(matrix.text).toMatch(/Indikator belum selaras\s+Perangkat Daerah\s+Indikator\s+Dinas B\s+Kunjungan Dinas B/);

    await user.click(screen.getByRole('button', { name: 'Cetak pohon kinerja (PDF)' }));
    const tree = await downloaded(2);
    expect(tree.name).toMatch(/^Pohon-Kinerja-\d{4}-.+\.pdf$/);
    expect(tree.text).toContain('Saringan: unit kerja Dinas B.');
    expect(tree.text).toMatch(/SASARAN DAERAH\s+Meningkatnya kualitas pelayanan publik.*IKU\s+Indeks Kepuasan Masyarakat\s+Capaian sendiri: — \(belum diukur langsung\)\s+·\s+Capaian pendukung: 65% \(2 dari 2 berdata\)/);
    expect(tree.text).toMatch(/Dinas B\s+Layanan Dinas B\s+Capaian sendiri: 30%\s+·\s+Predikat: Sangat Rendah\s+Berisiko: proyeksi akhir tahun di bawah ambang peringatan/);
    expect(tree.text).not.toContain('Layanan Dinas A');
  });
});
