// The PK import's file side: the template and filled workbooks are written by the test
// (write-excel-file), read back through readPkFiles (read-excel-file/node behind the seam) and
// parsed; corrupt and foreign files, CSV in Indonesian spreadsheet habits and a 10,000-row file.
import { describe, expect, it, vi } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import { generatePkImportTemplate, pkImportExample, pkImportTemplateSheets } from '../../../src/client/documents/pk-import-template';
import { readPkFiles, type PickedFile, type ReadSheet, type XlsxReader } from '../../../src/client/documents/read-pk-file';
import { budgetColumns, indicatorColumns } from '../../../src/domain/pk-import-columns';
import { parsePkImport, pkImportLimits, type PkImportResult } from '../../../src/domain/pk-import';

const nodeReader: XlsxReader = async (bytes) => (await readXlsxFile(Buffer.from(bytes))) as unknown as ReadSheet[];

function picked(name: string, bytes: Uint8Array | string): PickedFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.byteLength, arrayBuffer: async () => data.slice().buffer };
}

async function workbook(sheets: { sheet: string; data: (string | number | null)[][] }[]): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(sheets).toBuffer());
}

async function importOf(files: PickedFile[]): Promise<PkImportResult> {
  const read = await readPkFiles(files, { readXlsx: nodeReader });
  if (!read.ok) throw new Error(`read failed: ${read.error.code}`);
  return parsePkImport(read.input);
}

const indicatorHeader = indicatorColumns.map((c) => c.label);
const budgetHeader = budgetColumns.map((c) => c.label);
const goal = 'Meningkatnya derajat kesehatan masyarakat';

describe('the template', () => {
  it('is made on the device with the two sheets, Petunjuk, and an example that imports as it reads', async () => {
    const blob = await generatePkImportTemplate();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const read = await readPkFiles([picked('Template-Impor-PK.xlsx', bytes)], { readXlsx: nodeReader });
    if (!read.ok) throw new Error(read.error.code);
    expect(read.sheetNames).toEqual(['Indikator', 'Anggaran', 'Petunjuk']);
    expect(read.input.indicators?.rows[0]).toEqual(indicatorHeader);
    const result = parsePkImport(read.input);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.content.goals).toEqual([{ key: 'goal-1', name: pkImportExample.indicator.goal, order: 0 }]);
    expect(result.content.indicators).toMatchObject([{
      name: pkImportExample.indicator.name, unit: '%', polarity: 'higher', aggregation: 'last', targetType: 'percent',
      annualTarget: 90, quarterTargets: [75, 80, 85, 90], supportsName: pkImportExample.indicator.supports,
    }]);
    expect(result.content.programs.map((p) => [p.code, p.level, p.parentKey, p.budget])).toEqual([
      ['1.02.02', 'program', null, 1_500_000_000],
      ['1.02.02.2.01', 'kegiatan', 'program-1', 1_500_000_000],
    ]);
  });

  it('lists the allowed values in its Petunjuk sheet', () => {
    const petunjuk = pkImportTemplateSheets().find((s) => s.sheet === 'Petunjuk');
    const text = JSON.stringify(petunjuk?.data);
    for (const word of ['naik, turun', 'kumulatif, nilai akhir, tetap, rata-rata', 'angka, persen, skala, teks, rentang', 'program, kegiatan, sub-kegiatan', '[Anggaran]', 'WTP=4', 'AA=7', '2.000 baris', 'Nama IKU kepala daerah yang didukung']) {
      expect(text).toContain(word);
    }
  });
});

describe('a filled workbook', () => {
  it('reads numbers as numbers or Indonesian text, merged Sasaran cells, ranges and scales', async () => {
    const bytes = await workbook([
      { sheet: 'Petunjuk', data: [['dibiarkan']] },
      {
        sheet: 'Indikator',
        data: [
          indicatorHeader,
          [1, goal, 'Jumlah puskesmas terakreditasi', 'puskesmas', 'naik', 'kumulatif', 'angka', 12, 3, 3, 3, 3, null, null, null, null],
          [2, null, 'Cakupan imunisasi', '%', 'naik', 'nilai akhir', 'persen', '93,75%', '80,5', null, null, '93,75', null, null, null, null],
          [3, 'Meningkatnya akuntabilitas', 'Nilai SAKIP', 'predikat', 'naik', 'nilai akhir', 'skala', 'BB', null, null, null, 'BB', null, null, null, null],
          [4, null, 'Indeks kepuasan', 'indeks', 'naik', 'tetap', 'rentang', '80–90', null, '80-90', null, null, null, null, null, null],
        ],
      },
      {
        sheet: 'Anggaran',
        data: [
          budgetHeader,
          [1, '1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'program', 'Rp 1.500.000.000'],
          [2, '1.02.02.2.01', 'Penyediaan Fasilitas', 'kegiatan', 1_000_000_000],
          [3, '1.02.02.2.02', 'Peningkatan Layanan', 'kegiatan', '500.000.000'],
        ],
      },
    ]);
    const result = await importOf([picked('pk.xlsx', bytes)]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { goals, indicators, programs } = result.content;
    expect(goals.map((g) => g.name)).toEqual([goal, 'Meningkatnya akuntabilitas']);
    expect(indicators.map((i) => [i.goalKey, i.annualTarget, i.quarterTargets])).toEqual([
      ['goal-1', 12, [3, 3, 3, 3]],
      ['goal-1', 93.75, [80.5, null, null, 93.75]],
      ['goal-2', 5, [null, null, null, 5]],
      ['goal-2', { min: 80, max: 90 }, [null, { min: 80, max: 90 }, null, null]],
    ]);
    expect(programs.map((p) => [p.parentKey, p.budget])).toEqual([[null, 1_500_000_000], ['program-1', 1_000_000_000], ['program-1', 500_000_000]]);
  });

  it('reports every faulty row with its row number in the sheet', async () => {
    const bytes = await workbook([
      { sheet: 'Indikator', data: [indicatorHeader, [1, goal, 'A', 'orang', null, null, null, 'dua belas', null, null, null, null, null, null, null, null], [2, goal, 'B', null, null, null, null, 5, null, null, null, null, null, null, null, null]] },
      { sheet: 'Anggaran', data: [budgetHeader, [1, '1.02.01', 'P', 'program', 10], [2, '1.02.01', 'Q', 'program', 10], [3, '1.02.03', 'R', 'bidang', 10]] },
    ]);
    const result = await importOf([picked('pk.xlsx', bytes)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.sheet, e.row, e.code])).toEqual([
      ['indicators', 2, 'targetNotNumber'],
      ['indicators', 3, 'unitMissing'],
      ['budget', 3, 'codeDuplicate'],
      ['budget', 4, 'levelUnknown'],
    ]);
  });

  it('names the sheets it found when "Indikator" is missing', async () => {
    const bytes = await workbook([{ sheet: 'Sheet1', data: [['a']] }]);
    expect(await readPkFiles([picked('x.xlsx', bytes)], { readXlsx: nodeReader })).toMatchObject({
      ok: false, error: { code: 'sheetMissing', params: { sheet: 'Indikator', found: 'Sheet1' } },
    });
  });
});

/** A ZIP archive with one stored file: a valid zip that is not a workbook. */
function plainZip(): Uint8Array {
  const name = new TextEncoder().encode('hello.txt');
  const body = new TextEncoder().encode('hello');
  let crc = ~0;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  crc = ~crc >>> 0;
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true); local.setUint32(14, crc, true);
  local.setUint32(18, body.length, true); local.setUint32(22, body.length, true); local.setUint16(26, name.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true); central.setUint16(4, 20, true); central.setUint16(6, 20, true); central.setUint32(16, crc, true);
  central.setUint32(20, body.length, true); central.setUint32(24, body.length, true); central.setUint16(28, name.length, true);
  const centralOffset = 30 + name.length + body.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true); end.setUint16(8, 1, true); end.setUint16(10, 1, true);
  end.setUint32(12, 46 + name.length, true); end.setUint32(16, centralOffset, true);
  const parts = [new Uint8Array(local.buffer), name, body, new Uint8Array(central.buffer), name, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

describe('files that are not a PK workbook', () => {
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['random bytes named .xlsx', () => random, 'notSpreadsheet'],
    ['a PDF renamed to .xlsx', () => new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'notSpreadsheet'],
    ['a legacy .xls', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random.subarray(0, 500)]), 'xlsNotSupported'],
    ['a zip renamed to .xlsx', plainZip, 'corruptFile'],
    ['a truncated workbook', async () => (await workbook([{ sheet: 'Indikator', data: [indicatorHeader] }])).subarray(0, 400), 'corruptFile'],
    ['an empty file', () => new Uint8Array(0), 'fileEmpty'],
  ])('%s: a clear error, no crash', async (_, make, code) => {
    const result = await readPkFiles([picked('pk.xlsx', await make())], { readXlsx: nodeReader });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const result = await readPkFiles([{ name: 'big.xlsx', size: pkImportLimits.maxFileBytes + 1, arrayBuffer }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'fileTooLarge' } });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses an XLSX picked with another file, and three files', async () => {
    const bytes = await workbook([{ sheet: 'Indikator', data: [indicatorHeader] }]);
    expect(await readPkFiles([picked('a.xlsx', bytes), picked('b.csv', 'a;b')], { readXlsx: nodeReader })).toMatchObject({ ok: false, error: { code: 'tooManyFiles' } });
    expect(await readPkFiles([picked('a.csv', 'a'), picked('b.csv', 'a'), picked('c.csv', 'a')])).toMatchObject({ ok: false, error: { code: 'tooManyFiles' } });
  });
});

describe('CSV', () => {
  const csv = [
    'No;Sasaran;Indikator Kinerja;Satuan;Polaritas;Agregasi;Jenis Target;Target Tahunan;TW I;TW II;TW III;TW IV',
    `1;"${goal}";Cakupan imunisasi;%;naik;nilai akhir;persen;93,75;80,5;85;90;93,75`,
    `2;;"Angka kematian ibu; per 100.000 KH";kasus;turun;rata-rata;angka;1.234,5;;;;`,
    '',
    '[Anggaran]',
    'Kode;Program/Kegiatan/Sub-kegiatan;Tingkat;Anggaran (Rp)',
    '1.02.02;Program Pemenuhan Upaya Kesehatan;program;Rp 1.500.000.000',
  ].join('\r\n');

  it('reads semicolons, Indonesian decimals, quoted delimiters and the budget section of one file', async () => {
    const result = await importOf([picked('pk.csv', `\uFEFF${csv}`)]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.content.indicators.map((i) => [i.name, i.annualTarget, i.quarterTargets])).toEqual([
      ['Cakupan imunisasi', 93.75, [80.5, 85, 90, 93.75]],
      ['Angka kematian ibu; per 100.000 KH', 1234.5, [null, null, null, null]],
    ]);
    expect(result.content.programs).toMatchObject([{ code: '1.02.02', budget: 1_500_000_000 }]);
  });

  it('reads Excel\'s plain "CSV" (Windows-1252) and two files, budget first', async () => {
    const indicatorsOnly = `Sasaran;Indikator Kinerja;Satuan;Jenis Target;Target Tahunan\n${goal};Indeks kepuasan;indeks;rentang;80\u201390\n`;
    const cp1252 = Uint8Array.from([...indicatorsOnly].map((ch) => (ch === '\u2013' ? 0x96 : ch.charCodeAt(0))));
    const budget = 'Kode,Program/Kegiatan/Sub-kegiatan,Tingkat,Anggaran (Rp)\n1.02.02,Program A,program,"1.000.000"\n';
    const result = await importOf([picked('anggaran.csv', budget), picked('indikator.csv', cp1252)]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.content.indicators).toMatchObject([{ annualTarget: { min: 80, max: 90 } }]);
    expect(result.content.programs).toMatchObject([{ budget: 1_000_000 }]);
  });
});

describe('a 10,000-row file', () => {
  it('is refused quickly, by the row limit, with nothing parsed', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, goal, `Indikator ${i + 1}`, 'orang', 'naik', 'kumulatif', 'angka', 100, 25, 25, 25, 25, null, null, null, null]);
    const bytes = await workbook([{ sheet: 'Indikator', data: [indicatorHeader, ...rows] }, { sheet: 'Anggaran', data: [budgetHeader] }]);
    const started = performance.now();
    const read = await readPkFiles([picked('besar.xlsx', bytes)], { readXlsx: nodeReader });
    const readMs = performance.now() - started;
    if (!read.ok) throw new Error(read.error.code);
    const parseStarted = performance.now();
    const result = parsePkImport(read.input);
    const parseMs = performance.now() - parseStarted;
    expect(result).toMatchObject({ ok: false, errors: [{ sheet: 'indicators', code: 'tooManyRows', params: { count: 10_000, max: 2000 } }] });
    expect(result.ok ? [] : result.errors).toHaveLength(1);
    console.info(`10,000-row XLSX: ${(bytes.byteLength / 1024).toFixed(0)} KiB, read ${readMs.toFixed(0)} ms, refused in ${parseMs.toFixed(1)} ms`);
    expect(parseMs).toBeLessThan(200);

    const csvText = [indicatorHeader.join(';'), ...rows.map((r) => r.map((c) => c ?? '').join(';'))].join('\n');
    const csvStarted = performance.now();
    const csvRead = await readPkFiles([picked('besar.csv', csvText)]);
    const csvMs = performance.now() - csvStarted;
    console.info(`10,000-row CSV: ${(csvText.length / 1024).toFixed(0)} KiB, refused in ${csvMs.toFixed(1)} ms`);
    expect(csvRead).toMatchObject({ ok: false, error: { code: 'tooManyRows' } });
    expect(csvMs).toBeLessThan(500);
  }, 60_000);
});
