// The LKjIP section of the pemda dashboard over a real Dexie: the office's sheet downloaded, filled
// and picked back (a wrong file first: an Indonesian message, nothing lost), then the DOCX draft,
// whose comparison table carries the sheet's figures.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import readExcelFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { year } from '../../support/factories';
import { renderApp } from '../features/support/render-app';
import { useTestSessions } from '../features/support/seeded-session';
import { useDocumentDownloads } from '../features/support/download-stubs';
import { seedHealthUnit } from './seed-health-unit';
import { readDocx } from './docx-read';

const files = useDocumentDownloads();

const openSession = useTestSessions();

describe('the LKjIP section', () => {
  it('takes the office\'s filled sheet and writes its figures into the draft', { timeout: 30_000 }, async () => {
    const session = openSession('evaluator');
    await seedHealthUnit(session.db);
    // A real picker lets the user switch to "all files": the accept filter is not a guarantee.
    const user = userEvent.setup({ applyAccept: false });
    renderApp(session, ['/dashboard'], 'id');
    const section = await screen.findByRole('region', { name: 'Draf LKjIP' }, { timeout: 15_000 });
    await user.selectOptions(screen.getByLabelText('Tahun laporan'), String(year));

    await user.click(screen.getByRole('button', { name: 'Unduh templat (XLSX)' }));
    await waitFor(() => expect(files.downloads).toHaveLength(1), { timeout: 15_000 });
    expect(files.downloads[0]?.name).toBe(`Data-LKjIP-${year}-Dinas-Kesehatan.xlsx`);
    const [template] = await readExcelFile(Buffer.from(await files.downloads[0]!.blob.arrayBuffer()));
    expect(template?.data[2]).toEqual(['Meningkatnya derajat kesehatan', 'Persalinan di faskes', '%', null, null]);

    const picker = screen.getByLabelText('Pilih templat yang sudah diisi');
    await user.upload(picker, new File(['bukan excel'], 'data.csv', { type: 'text/csv' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Berkas itu bukan XLSX. Simpan templat sebagai Excel Workbook (.xlsx) lalu pilih lagi.');

    // The office fills last year's figure and the Renstra target, and adds a row the PK lacks.
    const filled = (template?.data ?? []).map((row, i) => (i === 2 ? [row[0], row[1], row[2], '88,5', 95] : row));
    filled.push(['', 'Indikator lama', 'orang', 3, null]);
    const bytes = await writeXlsxFile(filled.map((row) => row.map((value) => ({ value: value ?? undefined }))) as never).toBuffer();
    await user.upload(picker, new File([new Uint8Array(bytes)], 'data-diisi.xlsx'));
    const status = await screen.findByText('1 indikator terbaca dari data-diisi.xlsx.');
    expect(status.closest('[role="status"]')?.textContent).toContain('Baris 4: indikator "Indikator lama" (dengan satuannya) tidak ada di PK tahun ini; baris dilewati.');

    await user.click(screen.getByRole('button', { name: 'Unduh draf LKjIP (DOCX)' }));
    await waitFor(() => expect(files.downloads).toHaveLength(2), { timeout: 15_000 });
    expect(files.downloads[1]?.name).toBe(`LKjIP-${year}-Dinas-Kesehatan.docx`);
    const docx = readDocx(new Uint8Array(await files.downloads[1]!.blob.arrayBuffer()));
    const comparison = docx.tables.find((t) => t[0]?.includes(`Realisasi ${year - 1}`));
    // TW I 81 against the annual 93,75 (last): last year 88,5 → worse; end target 95 → 85,26%.
    expect(comparison?.[1]).toEqual(['1', 'Persalinan di faskes', '%', '88,5', '81', 'Menurun', '95', '85,26%']);
    expect(section.textContent).toContain(`Dokumen LKjIP-${year}-Dinas-Kesehatan.docx sudah diunduh.`);
  });
});
