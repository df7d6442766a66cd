// The document buttons on real screens over a real Dexie (fake-indexeddb): the file that reaches
// the browser's download, its name, its content, progress, and the message when it fails.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import readExcelFile from 'read-excel-file/node';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { SessionProvider } from '../../../src/client/session/session-provider';
import { PkPrintButtons } from '../../../src/client/features/agreements/print/pk-print-buttons';
import { renderApp } from '../features/support/render-app';
import { useTestSessions } from '../features/support/seeded-session';
import { pdfText } from './support';
import { useDocumentDownloads } from '../features/support/download-stubs';
import { seedHealthUnit } from './seed-health-unit';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit } from '../../support/factories';
import { sessionTenant } from '../features/support/fixtures';

const files = useDocumentDownloads();

const openSession = useTestSessions();

describe('document buttons', () => {
  it('PK: "Cetak PDF" downloads the PK of the agreement; "Ekspor XLSX" its tables', async () => {
    const session = openSession('head');
    const agreement = await seedHealthUnit(session.db, 'draft');
    const user = userEvent.setup();
    render(
      <I18nProvider initialLanguage="id">
        <SessionProvider initialSession={session}>
          <PkPrintButtons agreementId={agreement.id} />
        </SessionProvider>
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Cetak PDF' }));
    await waitFor(() => expect(files.downloads).toHaveLength(1), { timeout: 15_000 });
    expect(files.downloads[0]?.name).toBe(`PK-${agreement.year}-Dinas-Kesehatan-v1.pdf`);
    expect(files.downloads[0]?.blob.type).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await files.downloads[0]!.blob.arrayBuffer()));
    expect(text).toContain(`PERJANJIAN KINERJA TAHUN ${agreement.year}`);
    expect(text).toContain('dr. Budi Santoso');
    expect(text).toContain('93,75');
    expect(text).toContain('1.234.567.000');
    expect(text).toContain('DRAF');
    expect(await screen.findByText(/sudah diunduh/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ekspor XLSX' }));
    await waitFor(() => expect(files.downloads).toHaveLength(2), { timeout: 15_000 });
    expect(files.downloads[1]?.name).toBe(`PK-${agreement.year}-Dinas-Kesehatan-v1.xlsx`);
    const sheets = await readExcelFile(Buffer.from(await files.downloads[1]!.blob.arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(['Indikator Kinerja', 'Anggaran']);
    expect(sheets[1]?.data.at(-1)?.[4]).toBe(1_234_567_000);
  });

  it('PK: the XLSX names what each indicator supports in a column "Mendukung" when the pemda prints it, not otherwise', async () => {
    const session = openSession('head');
    const agreement = await seedHealthUnit(session.db);
    const setda = buildOrgUnit(sessionTenant, { name: 'Sekretariat Daerah', type: 'setda' });
    const pemda = buildAgreement(setda, { kind: 'pemda', year: agreement.year });
    const iku = buildIndicator(buildGoal(pemda), { name: 'Angka Kematian Ibu' });
    await session.db.indicators.put(iku);
    await session.db.indicators.where('agreementId').equals(agreement.id).modify({ supportsId: iku.id });
    const settings = session.info.tenant.settings;
    const withSetting = (pkPrintSupports: boolean) => ({ ...session, info: { ...session.info, tenant: { ...session.info.tenant, settings: { ...settings, pkPrintSupports } } } });
    const user = userEvent.setup();
    const exported = async (pkPrintSupports: boolean, count: number) => {
      const view = render(
        <I18nProvider initialLanguage="id">
          <SessionProvider initialSession={withSetting(pkPrintSupports)}>
            <PkPrintButtons agreementId={agreement.id} />
          </SessionProvider>
        </I18nProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Ekspor XLSX' }));
      await waitFor(() => expect(files.downloads).toHaveLength(count), { timeout: 15_000 });
      view.unmount();
      const sheets = await readExcelFile(Buffer.from(await files.downloads[count - 1]!.blob.arrayBuffer()));
      return sheets[0]?.data ?? [];
    };
    const on = await exported(true, 1);
    expect(on[0]?.at(-1)).toBe('Mendukung (IKU/indikator atasan)');
    expect(on[1]?.at(-1)).toBe('Angka Kematian Ibu');
    const off = await exported(false, 2);
    expect(off.flat()).not.toContain('Mendukung (IKU/indikator atasan)');
    expect(off.flat()).not.toContain('Angka Kematian Ibu');
  });

  it('submission: the head downloads the unit evaluation form of the quarter', async () => {
    const session = openSession('head');
    const agreement = await seedHealthUnit(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/submit'], 'id');
    await user.selectOptions(await screen.findByLabelText(/Triwulan/), '1');
    await user.click(await screen.findByRole('button', { name: 'Unduh formulir evaluasi (XLSX)' }));
    await waitFor(() => expect(files.downloads).toHaveLength(1), { timeout: 15_000 });
    expect(files.downloads[0]?.name).toBe(`Evaluasi-TW1-${agreement.year}-Dinas-Kesehatan.xlsx`);
    const sheets = await readExcelFile(Buffer.from(await files.downloads[0]!.blob.arrayBuffer()));
    const form = sheets.find((s) => s.sheet === 'Evaluasi')?.data;
    expect(form?.[1]?.slice(2, 7)).toEqual(['Persalinan di faskes', '%', 93.75, 90, 81]);
    expect(form?.[1]?.[13]).toBe(90);
    expect(form?.[1]?.[16]).toBe('Bidan cuti melahirkan');
  });

  it('dashboard: "Hasil pemeriksaan data (PDF)" downloads the flagged entries of the quarter', async () => {
    const session = openSession('evaluator');
    const agreement = await seedHealthUnit(session.db);
    // 9 where the TW I target is 90: a slipped separator, and far below the target.
    await session.db.realisations.toCollection().modify({ value: 9 });
    const user = userEvent.setup();
    renderApp(session, ['/dashboard'], 'id');
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');
    await user.click(await screen.findByRole('button', { name: 'Hasil pemeriksaan data (PDF, 1 bertanda)' }));
    await waitFor(() => expect(files.downloads).toHaveLength(1), { timeout: 15_000 });
    const [file] = files.downloads;
    if (!file) throw new Error('no download');
    expect(file.name).toBe(`Pemeriksaan-Data-TW1-${agreement.year}-Kabupaten-Sleman.pdf`);
    expect(file.blob.type).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await file.blob.arrayBuffer()));
    expect(text).toContain(`HASIL PEMERIKSAAN DATA REALISASI KINERJA TRIWULAN I TAHUN ${agreement.year}`);
    expect(text).toMatch(/Dinas Kesehatan\s+Persalinan di faskes\s+%\s+9\s+90/);
    expect(text).toContain('Apakah 9% benar?');
  });
});
