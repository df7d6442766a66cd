// The PK import screen over the real Dexie database (fake-indexeddb): the preview of a valid file,
// the list of row errors of a bad one, the import replacing a draft's content in one
// transaction, and a signed PK refused with the way out (a PK perubahan).
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import writeXlsxFile from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import type { ActiveSession } from '../../../../../src/client/session/active-session';
import { SessionProvider } from '../../../../../src/client/session/session-provider';
import { I18nProvider } from '../../../../../src/client/i18n/i18n-provider';
import { PkImportPanel } from '../../../../../src/client/features/agreements/import/pk-import-panel';
import type { ReadSheet, XlsxReader } from '../../../../../src/client/documents/read-pk-file';
import { replacePkContent } from '../../../../../src/client/db/agreement-repository';
import { toPkContentInput } from '../../../../../src/client/features/agreements/import/to-content-input';
import { parsePkImport } from '../../../../../src/domain/pk-import';
import { csvSections } from '../../../../../src/domain/pk-import';
import { actorOf } from '../../../../../src/client/session/active-session';
import { buildSessionInfo } from '../../support/fixtures';
import { closeTestSession, openTestSession } from '../../support/render-app';
import { seedAgreement } from '../../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

async function open(status: 'draft' | 'signed' = 'draft') {
  session = openTestSession(buildSessionInfo('head'));
  const seeded = await seedAgreement(session.db);
  await session.db.agreements.update(seeded.agreement.id, { status, signedOn: status === 'draft' ? null : seeded.agreement.signedOn });
  return { session, seeded };
}

function renderPanel(active: ActiveSession, agreementId: string, readXlsx?: XlsxReader) {
  return render(
    <I18nProvider initialLanguage="id">
      <SessionProvider initialSession={active}>
        <MemoryRouter>
          <PkImportPanel agreementId={agreementId} readXlsx={readXlsx} />
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

const goal = 'Meningkatnya kualitas pelayanan publik';
const validCsv = [
  'No;Sasaran;Indikator Kinerja;Satuan;Polaritas;Agregasi;Jenis Target;Target Tahunan;TW I;TW II;TW III;TW IV',
  `1;${goal};Indeks kepuasan masyarakat;indeks;naik;nilai akhir;rentang;80–90;;;;80–90`,
  `2;;Persentase layanan tepat waktu;%;naik;nilai akhir;persen;93,75;80;85;90;93,75`,
  `3;;Jumlah inovasi pelayanan;inovasi;naik;kumulatif;angka;1.200;300;300;300;300`,
  '',
  '[Anggaran]',
  'Kode;Program/Kegiatan/Sub-kegiatan;Tingkat;Anggaran (Rp)',
  '1.02.02;Program Pelayanan Publik;program;',
  '1.02.02.2.01;Penyediaan Layanan Terpadu;kegiatan;Rp 1.250.000.000',
  '1.02.02.2.02;Survei Kepuasan;kegiatan;250.000.000',
].join('\n');

const csvFile = (text: string, name = 'pk.csv') => new File([text], name, { type: 'text/csv' });

describe('PK import screen', () => {
  it('previews a valid CSV with targets and Rupiah in id-ID, then replaces the draft\'s content', async () => {
    const { session, seeded } = await open();
    const user = userEvent.setup();
    renderPanel(session, seeded.agreement.id);
    await user.upload(await screen.findByLabelText('Pilih berkas (satu XLSX, atau satu atau dua CSV)'), csvFile(validCsv));
    expect(await screen.findByText(/Impor mengganti seluruh isi draf PK ini\. Yang ada sekarang \(1 sasaran, 6 indikator, 3 baris anggaran\)/)).toBeTruthy();

    expect(await screen.findByText('1 sasaran, 3 indikator, 3 baris anggaran; total anggaran Rp 1.500.000.000.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Sasaran 1: ${goal}` })).toBeTruthy();
    const indicators = screen.getByRole('region', { name: 'Indikator sasaran 1' });
    const rows = within(indicators).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['1', 'Indeks kepuasan masyarakat', 'indeks', 'naik · nilai akhir · rentang', '80–90', '—', '—', '—', '80–90'],
      ['2', 'Persentase layanan tepat waktu', '%', 'naik · nilai akhir · persen', '93,75%', '80%', '85%', '90%', '93,75%'],
      ['3', 'Jumlah inovasi pelayanan', 'inovasi', 'naik · kumulatif · angka', '1.200', '300', '300', '300', '300'],
    ]);
    const budget = screen.getByRole('region', { name: 'Program, kegiatan, dan anggaran' });
    expect(within(budget).getAllByRole('row').map((r) => r.textContent?.replace(/\s/g, ' '))).toEqual([
      'KodeProgram/kegiatan/sub-kegiatanAnggaran (Rp)',
      '1.02.02Program Pelayanan PublikRp 1.500.000.000',
      '1.02.02.2.01Penyediaan Layanan TerpaduRp 1.250.000.000',
      '1.02.02.2.02Survei KepuasanRp 250.000.000',
      'TOTALRp 1.500.000.000',
    ]);
    expect(await session.db.outbox.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Impor ke draf PK' }));
    expect(await screen.findByText(/^Berhasil diimpor: 1 sasaran, 3 indikator, 3 baris anggaran\./)).toBeTruthy();
    const goals = (await session.db.goals.where('agreementId').equals(seeded.agreement.id).toArray()).filter((g) => !g.deleted);
    const indicatorRows = (await session.db.indicators.where('agreementId').equals(seeded.agreement.id).toArray()).filter((i) => !i.deleted);
    const programs = (await session.db.programs.where('agreementId').equals(seeded.agreement.id).toArray()).filter((p) => !p.deleted);
    expect(goals.map((g) => g.name)).toEqual([goal]);
    expect(indicatorRows.sort((a, b) => a.order - b.order).map((i) => [i.name, i.goalId, i.annualTarget])).toEqual([
      ['Indeks kepuasan masyarakat', goals[0]?.id, { min: 80, max: 90 }],
      ['Persentase layanan tepat waktu', goals[0]?.id, 93.75],
      ['Jumlah inovasi pelayanan', goals[0]?.id, 1200],
    ]);
    const parent = programs.find((p) => p.level === 'program');
    expect(programs.filter((p) => p.level === 'kegiatan').map((p) => p.parentId)).toEqual([parent?.id, parent?.id]);
    // The old parts are tombstones with delete mutations; the new ones are creates, all queued.
    const outbox = await session.db.outbox.toArray();
    expect(outbox.filter((e) => e.op === 'delete')).toHaveLength(1 + 6 + 3);
    expect(outbox.filter((e) => e.op === 'upsert').map((e) => e.entity)).toEqual(['goal', 'indicator', 'indicator', 'indicator', 'program', 'program', 'program']);
  });

  it('lists every row error in Indonesian, grouped by sheet, and offers no import', async () => {
    const { session, seeded } = await open();
    const user = userEvent.setup();
    renderPanel(session, seeded.agreement.id);
    const bad = [
      'Sasaran;Indikator Kinerja;Satuan;Target Tahunan',
      `${goal};Indeks kepuasan;indeks;dua belas`,
      `${goal};Jumlah inovasi;;12`,
      '[Anggaran]',
      'Kode;Program;Tingkat;Anggaran',
      '1.02.01;Program A;program;100',
      '1.02.01;Program B;program;100',
      '1.02.03;Program C;bidang;100',
    ].join('\n');
    await user.upload(await screen.findByLabelText('Pilih berkas (satu XLSX, atau satu atau dua CSV)'), csvFile(bad));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe('Berkas belum dapat diimpor: 4 kesalahan. Tidak ada yang disimpan. Perbaiki berkasnya, lalu pilih lagi.');
    expect(within(within(alert).getByRole('list', { name: 'Lembar Indikator' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Baris 2, kolom Target Tahunan: target bukan angka ("dua belas").',
      'Baris 3, kolom Satuan: satuan kosong.',
    ]);
    expect(within(within(alert).getByRole('list', { name: 'Lembar Anggaran' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Baris 7, kolom Kode: kode 1.02.01 ganda (sudah ada di baris 6).',
      'Baris 8, kolom Tingkat (program/kegiatan/sub-kegiatan): tingkat "bidang" tidak dikenal (program, kegiatan, sub-kegiatan).',
    ]);
    expect(screen.queryByRole('button', { name: 'Impor ke draf PK' })).toBeNull();
    expect(await session.db.outbox.count()).toBe(0);
  });

  it('says so, without crashing, for a file that is not a spreadsheet', async () => {
    const { session, seeded } = await open();
    const user = userEvent.setup();
    renderPanel(session, seeded.agreement.id);
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01])], 'pk.xlsx');
    await user.upload(await screen.findByLabelText('Pilih berkas (satu XLSX, atau satu atau dua CSV)'), pdf);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toBe('Berkas ini bukan XLSX atau CSV (mis. PDF, gambar, atau dokumen Word).');
  });

  it('previews an XLSX workbook read through read-excel-file', async () => {
    const { session, seeded } = await open();
    const user = userEvent.setup();
    const reader: XlsxReader = async (bytes) => (await readXlsxFile(Buffer.from(bytes))) as unknown as ReadSheet[];
    renderPanel(session, seeded.agreement.id, reader);
    const bytes = await writeXlsxFile([
      { sheet: 'Indikator', data: [['Sasaran', 'Indikator Kinerja', 'Satuan', 'Target Tahunan'], [goal, 'Indeks kepuasan', 'indeks', 85.5]] },
      { sheet: 'Anggaran', data: [['Kode', 'Program/Kegiatan/Sub-kegiatan', 'Anggaran (Rp)'], ['1.02.02', 'Program A', 2_000_000]] },
    ]).toBuffer();
    await user.upload(await screen.findByLabelText('Pilih berkas (satu XLSX, atau satu atau dua CSV)'), new File([new Uint8Array(bytes)], 'pk.xlsx'));
    expect(await screen.findByText('1 sasaran, 1 indikator, 1 baris anggaran; total anggaran Rp 2.000.000.')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '85,5' })).toBeTruthy();
  });

  it('leaves the draft untouched when the write fails half-way, and says so', async () => {
    const { session, seeded } = await open();
    const user = userEvent.setup();
    renderPanel(session, seeded.agreement.id);
    await user.upload(await screen.findByLabelText('Pilih berkas (satu XLSX, atau satu atau dua CSV)'), csvFile(validCsv));
    await screen.findByRole('button', { name: 'Impor ke draf PK' });
    const before = {
      goals: await session.db.goals.toArray(), indicators: await session.db.indicators.toArray(), programs: await session.db.programs.toArray(),
    };
    // Budget lines are written last, after the old parts are removed and the goals and indicators
    // written: failing there must undo all of it.
    const failing = () => { throw new Error('disk failure'); };
    session.db.programs.hook('creating', failing);
    await user.click(screen.getByRole('button', { name: 'Impor ke draf PK' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Impor gagal; draf PK tidak berubah. Coba lagi.');
    session.db.programs.hook('creating').unsubscribe(failing);
    expect(await session.db.goals.toArray()).toEqual(before.goals);
    expect(await session.db.indicators.toArray()).toEqual(before.indicators);
    expect(await session.db.programs.toArray()).toEqual(before.programs);
    expect(await session.db.outbox.count()).toBe(0);
    // Nothing is lost either: the same preview can be imported once the device recovers.
    await user.click(screen.getByRole('button', { name: 'Impor ke draf PK' }));
    expect(await screen.findByText(/^Berhasil diimpor/)).toBeTruthy();
  });

  it('refuses a signed PK and points to a PK perubahan', async () => {
    const { session, seeded } = await open('signed');
    renderPanel(session, seeded.agreement.id);
    expect(await screen.findByText('PK ini sudah ditandatangani dan tidak dapat diubah. Buat PK perubahan lebih dulu, lalu impor ke draf PK perubahan itu.')).toBeTruthy();
    expect(screen.queryByLabelText('Pilih berkas (satu XLSX, atau satu atau dua CSV)')).toBeNull();
    expect(screen.getByRole('button', { name: 'Unduh template' })).toBeTruthy();
  });
});

describe('replacePkContent with imported content', () => {
  it('writes the import in one transaction: a refusal after the old parts were removed leaves them in place', async () => {
    const { session, seeded } = await open();
    const sections = csvSections(validCsv);
    if (!sections.ok) throw new Error('sections');
    const result = parsePkImport(sections.input);
    if (!result.ok) throw new Error('parse');
    const input = toPkContentInput(result.content);
    const broken = { ...input, programs: input.programs.map((p, i) => (i === input.programs.length - 1 ? { ...p, name: '' } : p)) };
    const beforeIndicators = await session.db.indicators.toArray();
    await expect(replacePkContent(session.db, actorOf(session.info), seeded.agreement.id, broken)).rejects.toMatchObject({ problem: 'invalid' });
    expect(await session.db.indicators.toArray()).toEqual(beforeIndicators);
    expect(await session.db.outbox.count()).toBe(0);

    const replaced = await replacePkContent(session.db, actorOf(session.info), seeded.agreement.id, input);
    expect(replaced.indicators.map((i) => i.name)).toEqual(result.content.indicators.map((i) => i.name));
    expect(replaced.programs.every((p) => /^[0-9a-f-]{36}$/.test(p.id))).toBe(true);
  });
});
