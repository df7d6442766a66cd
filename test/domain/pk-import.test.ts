// The PK import from sheets of cells: the content it builds, and every kind of error, each on
// its row, all of them at once.
import { describe, expect, it } from 'vitest';
import type { Goal, Program } from '../../src/domain/agreement';
import type { Indicator } from '../../src/domain/indicator';
import { validatePk } from '../../src/domain/agreement-validation';
import {
  budgetColumns, indicatorColumns, pkImportLimits, type BudgetColumn, type IndicatorColumn,
} from '../../src/domain/pk-import-columns';
import {
  csvSections, mergeCsvSections, parsePkImport, type ImportCell, type ImportSheet, type PkImportContent, type PkImportResult,
} from '../../src/domain/pk-import';

type IndicatorRow = Partial<Record<IndicatorColumn, ImportCell>>;
type BudgetRow = Partial<Record<BudgetColumn, ImportCell>>;

function indicatorSheet(rows: IndicatorRow[], columns = indicatorColumns.map((c) => c.key)): ImportSheet {
  const header = columns.map((key) => indicatorColumns.find((c) => c.key === key)?.label ?? key);
  return { rows: [header, ...rows.map((r) => columns.map((key) => r[key] ?? null))] };
}
function budgetSheet(rows: BudgetRow[]): ImportSheet {
  return { rows: [budgetColumns.map((c) => c.label), ...rows.map((r) => budgetColumns.map((c) => r[c.key] ?? null))] };
}

const goalA = 'Meningkatnya derajat kesehatan masyarakat';
const goalB = 'Meningkatnya tata kelola pemerintahan';
const puskesmas: IndicatorRow = {
  no: 1, goal: goalA, name: 'Jumlah puskesmas terakreditasi', unit: 'puskesmas', polarity: 'naik', aggregation: 'kumulatif',
  targetType: 'angka', annualTarget: 12, q1: 3, q2: 3, q3: 3, q4: 3, definition: 'Jumlah puskesmas\nyang terakreditasi', dataSource: 'Dinkes', responsible: 'Kabid Yankes',
};
const program: BudgetRow = { code: '1.02.02', name: 'Program Pemenuhan Upaya Kesehatan', level: 'program', budget: 'Rp 1.500.000.000' };
const kegiatan: BudgetRow = { code: '1.02.02.2.01', name: 'Penyediaan Fasilitas Pelayanan Kesehatan', level: 'kegiatan', budget: 1_500_000_000 };

function content(result: PkImportResult): PkImportContent {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.content;
}
function errorsOf(result: PkImportResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => ({ sheet: e.sheet, row: e.row, column: e.column, code: e.code }));
}

describe('parsePkImport: a valid file', () => {
  it('groups rows by Sasaran in order, reads every attribute and nests the budget', () => {
    const result = parsePkImport({
      indicators: indicatorSheet([
        puskesmas,
        { goal: goalB, name: 'Nilai SAKIP', unit: 'predikat', aggregation: 'nilai akhir', targetType: 'skala', annualTarget: 'BB', q4: 'BB' },
        { goal: goalA, name: 'Cakupan imunisasi', unit: '%', aggregation: 'nilai akhir', targetType: 'persen', annualTarget: '93,75%', q1: '80', q2: '85,5' },
        { goal: null, name: 'Angka kematian ibu', unit: 'per 100.000 KH', polarity: 'turun', aggregation: 'rata-rata', annualTarget: '1.234,5' },
        { goal: goalB, name: 'Indeks kepuasan masyarakat', unit: 'indeks', aggregation: 'tetap', targetType: 'rentang', annualTarget: '80–90', q2: '80-90', q4: '80 s.d. 90', minValue: '25', maxValue: '100,0', evidenceRequired: 'Ya' },
        { goal: goalB, name: 'Opini BPK', unit: 'opini', targetType: 'skala', annualTarget: 'Baik', scale: 'Kurang=1; Cukup=2; Baik=3' },
        { goal: goalB, name: 'Perda KTR ditetapkan', unit: '', targetType: 'teks', annualTarget: 'Perda ditetapkan', q4: 'Perda ditetapkan' },
      ]),
      budget: budgetSheet([
        program,
        kegiatan,
        { code: '1.02.03', name: 'Program Peningkatan SDM Kesehatan', level: 'program', budget: null },
        { code: '1.02.03.2.01', name: 'Pelatihan Tenaga Kesehatan', level: 'kegiatan', budget: null },
        { code: '1.02.03.2.01.0001', name: 'Pelatihan dokter', level: 'sub-kegiatan', budget: '250.000.000' },
        { code: '1.02.03.2.01.0002', name: 'Pelatihan bidan', level: 'Sub Kegiatan', budget: 'Rp 250.000.000,00' },
      ]),
    });
    const { goals, indicators, programs } = content(result);
    expect(goals).toEqual([
      { key: 'goal-1', name: goalA, order: 0 },
      { key: 'goal-2', name: goalB, order: 1 },
    ]);
    expect(indicators.map((i) => [i.goalKey, i.order, i.name])).toEqual([
      ['goal-1', 0, 'Jumlah puskesmas terakreditasi'],
      ['goal-2', 0, 'Nilai SAKIP'],
      ['goal-1', 1, 'Cakupan imunisasi'],
      ['goal-1', 2, 'Angka kematian ibu'],
      ['goal-2', 1, 'Indeks kepuasan masyarakat'],
      ['goal-2', 2, 'Opini BPK'],
      ['goal-2', 3, 'Perda KTR ditetapkan'],
    ]);
    const [count, sakip, coverage, mortality, satisfaction, opinion, perda] = indicators;
    expect(count).toEqual({
      goalKey: 'goal-1', order: 0, name: 'Jumlah puskesmas terakreditasi', unit: 'puskesmas', polarity: 'higher', aggregation: 'sum',
      targetType: 'number', annualTarget: 12, quarterTargets: [3, 3, 3, 3], lowerIsBetterFormula: null, scaleLevels: [],
      definition: 'Jumlah puskesmas\nyang terakreditasi', dataSource: 'Dinkes', responsible: 'Kabid Yankes',
      minValue: null, maxValue: null, evidenceRequired: false, row: 2, supportsName: null,
    });
    expect(sakip).toMatchObject({ targetType: 'scale', annualTarget: 5, quarterTargets: [null, null, null, 5] });
    expect(sakip?.scaleLevels?.map((l) => l.label)).toEqual(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
    expect(coverage).toMatchObject({ targetType: 'percent', aggregation: 'last', annualTarget: 93.75, quarterTargets: [80, 85.5, null, null] });
    expect(mortality).toMatchObject({ polarity: 'lower', aggregation: 'average', targetType: 'number', annualTarget: 1234.5 });
    expect(satisfaction).toMatchObject({
      minValue: 25, maxValue: 100, evidenceRequired: true,
      aggregation: 'flat', annualTarget: { min: 80, max: 90 }, quarterTargets: [null, { min: 80, max: 90 }, null, { min: 80, max: 90 }],
    });
    expect(opinion).toMatchObject({ annualTarget: 3, scaleLevels: [{ label: 'Kurang', score: 1 }, { label: 'Cukup', score: 2 }, { label: 'Baik', score: 3 }] });
    expect(perda).toMatchObject({ targetType: 'text', unit: '', annualTarget: 'Perda ditetapkan', quarterTargets: [null, null, null, 'Perda ditetapkan'] });

    expect(programs.map((p) => [p.key, p.parentKey, p.level, p.order, p.code, p.budget])).toEqual([
      ['program-1', null, 'program', 0, '1.02.02', 1_500_000_000],
      ['program-2', 'program-1', 'kegiatan', 1, '1.02.02.2.01', 1_500_000_000],
      ['program-3', null, 'program', 2, '1.02.03', 500_000_000],
      ['program-4', 'program-3', 'kegiatan', 3, '1.02.03.2.01', 500_000_000],
      ['program-5', 'program-4', 'subkegiatan', 4, '1.02.03.2.01.0001', 250_000_000],
      ['program-6', 'program-4', 'subkegiatan', 5, '1.02.03.2.01.0002', 250_000_000],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('gives content that passes the signing checks once it is in a PK', () => {
    const { goals, indicators, programs } = content(parsePkImport({
      indicators: indicatorSheet([puskesmas, { ...puskesmas, name: 'Jumlah posyandu aktif', annualTarget: 40, q1: 10, q2: 10, q3: 10, q4: 10 }]),
      budget: budgetSheet([program, kegiatan]),
    }));
    const meta = { tenantId: 't', rev: 0, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false, orgUnitId: 'u', agreementId: 'a' };
    const issues = validatePk({
      agreement: { id: 'a', firstParty: { name: 'A', position: 'B', rank: '', nip: null }, secondParty: { name: 'C', position: 'D' } },
      goals: goals.map((g): Goal => ({ ...meta, id: g.key, name: g.name, order: g.order })),
      indicators: indicators.map(({ goalKey, ...i }, n): Indicator => ({
        ...meta, id: `i${n}`, goalId: goalKey, previousId: null, supportsId: null, minValue: null, maxValue: null, evidenceRequired: false, lowerIsBetterFormula: null, scaleLevels: [], definition: '', dataSource: '', responsible: '', ...i,
      })),
      programs: programs.map(({ key, parentKey, ...p }): Program => ({ ...meta, id: key, parentId: parentKey, ...p })),
    });
    expect(issues).toEqual([]);
  });

  it('takes a program line\'s parent by code even when other lines come between, and infers the level from the code', () => {
    const { programs } = content(parsePkImport({
      indicators: indicatorSheet([puskesmas]),
      budget: budgetSheet([
        { code: '1.02.02', name: 'Program A', budget: null },
        { code: '1.02.03', name: 'Program B', budget: null },
        { code: '1.02.02.2.01', name: 'Kegiatan A1', budget: 100 },
        { code: '1.02.03.2.01', name: 'Kegiatan B1', budget: 200 },
      ]),
    }));
    expect(programs.map((p) => [p.name, p.level, p.parentKey, p.budget])).toEqual([
      ['Program A', 'program', null, 100],
      ['Program B', 'program', null, 200],
      ['Kegiatan A1', 'kegiatan', 'program-1', 100],
      ['Kegiatan B1', 'kegiatan', 'program-2', 200],
    ]);
  });

  it('warns, without refusing, when quarter targets do not add up, a code is not under its parent, or there is no budget', () => {
    const result = parsePkImport({
      indicators: indicatorSheet([{ ...puskesmas, q4: 4 }]),
      budget: null,
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.row, w.code, w.params])).toEqual([
      [2, 'quarterSumMismatch', { sum: 13, annual: 12 }],
      [null, 'budgetAbsent', {}],
    ]);
    const fraction = parsePkImport({ indicators: indicatorSheet([{ ...puskesmas, targetType: 'persen', aggregation: 'nilai akhir', annualTarget: 0.9 }]), budget: budgetSheet([program, kegiatan]) });
    expect(fraction).toMatchObject({ ok: true, warnings: [{ row: 2, code: 'percentAsFraction', params: { value: 0.9 } }] });
    const nested = parsePkImport({ indicators: indicatorSheet([puskesmas]), budget: budgetSheet([program, { ...kegiatan, code: '1.09.01.2.01' }]) });
    expect(nested.ok).toBe(true);
    expect(nested.warnings.map((w) => [w.row, w.code])).toEqual([[3, 'codeNotUnderParent']]);
  });

  it('accepts headers in other spellings and without the optional columns, with the documented defaults', () => {
    const sheet: ImportSheet = {
      rows: [
        [null, null],
        ['SASARAN STRATEGIS', 'Indikator', 'satuan', 'Target 2026', 'Target TW I (%)'],
        [goalA, 'Persentase balita gizi baik', '%', '90', '90'],
      ],
    };
    const { indicators } = content(parsePkImport({ indicators: sheet, budget: null }));
    expect(indicators).toMatchObject([{ polarity: 'higher', aggregation: 'last', targetType: 'number', annualTarget: 90, quarterTargets: [90, null, null, null] }]);
  });

  it('skips empty rows and rows that only carry their number, and counts rows as the file does', () => {
    const sheet = indicatorSheet([{ no: 1 }, puskesmas, {}, { ...puskesmas, name: '', no: 4 }]);
    expect(errorsOf(parsePkImport({ indicators: sheet, budget: null }))).toEqual([
      { sheet: 'indicators', row: 5, column: 'Indikator Kinerja', code: 'nameMissing' },
    ]);
  });
});

describe('parsePkImport: errors', () => {
  it('reports every row error of both sheets at once, on its row and column', () => {
    const result = parsePkImport({
      indicators: indicatorSheet([
        { ...puskesmas, annualTarget: 'dua belas' },
        { ...puskesmas, unit: '' },
        { ...puskesmas, polarity: 'naik-turun', aggregation: 'total', targetType: 'bilangan' },
        { ...puskesmas, annualTarget: null },
        { ...puskesmas, targetType: 'rentang', annualTarget: '90', q1: '90–80' },
        { ...puskesmas, targetType: 'skala', annualTarget: 'Istimewa', q1: null, q2: null, q3: null, q4: null },
        { ...puskesmas, targetType: 'skala', annualTarget: 3, q1: null, q2: null, q3: null, q4: null },
        { ...puskesmas, targetType: 'skala', annualTarget: 3, scale: 'baik, buruk', q1: null, q2: null, q3: null, q4: null },
        { ...puskesmas, q2: '3,x' },
        { ...puskesmas, name: 'x'.repeat(501), unit: 'u'.repeat(61) },
      ]),
      budget: budgetSheet([
        program,
        { ...kegiatan, level: 'rincian' },
        { code: '1.02.02', name: 'Program ganda', level: 'program', budget: 10 },
        { code: '', name: '', level: 'program', budget: 10 },
        { code: '1.02.04', name: 'Program tanpa pagu', level: 'program', budget: null },
        { code: '1.02.05', name: 'Program', level: 'program', budget: 'satu juta' },
        { code: '1.02.06', name: 'Program', level: 'program', budget: '1.000,5' },
        { code: '1.02.07', name: 'Program', level: 'program', budget: -5 },
        { code: 'X', name: 'Tanpa tingkat', budget: 5 },
      ]),
    });
    expect(errorsOf(result)).toEqual([
      { sheet: 'indicators', row: 2, column: 'Target Tahunan', code: 'targetNotNumber' },
      { sheet: 'indicators', row: 3, column: 'Satuan', code: 'unitMissing' },
      { sheet: 'indicators', row: 4, column: 'Polaritas (naik/turun)', code: 'polarityUnknown' },
      { sheet: 'indicators', row: 4, column: 'Agregasi (kumulatif/nilai akhir/tetap/rata-rata)', code: 'aggregationUnknown' },
      { sheet: 'indicators', row: 4, column: 'Jenis Target (angka/persen/skala/teks/rentang)', code: 'targetTypeUnknown' },
      { sheet: 'indicators', row: 5, column: 'Target Tahunan', code: 'targetMissing' },
      { sheet: 'indicators', row: 6, column: 'Target Tahunan', code: 'targetNotRange' },
      { sheet: 'indicators', row: 6, column: 'TW I', code: 'rangeInverted' },
      { sheet: 'indicators', row: 6, column: 'TW II', code: 'targetNotRange' },
      { sheet: 'indicators', row: 6, column: 'TW III', code: 'targetNotRange' },
      { sheet: 'indicators', row: 6, column: 'TW IV', code: 'targetNotRange' },
      { sheet: 'indicators', row: 7, column: 'Target Tahunan', code: 'scaleLabelUnknown' },
      { sheet: 'indicators', row: 8, column: 'Skala Predikat', code: 'scaleLevelsMissing' },
      { sheet: 'indicators', row: 9, column: 'Skala Predikat', code: 'scaleLevelsInvalid' },
      { sheet: 'indicators', row: 10, column: 'TW II', code: 'targetNotNumber' },
      { sheet: 'indicators', row: 11, column: 'Indikator Kinerja', code: 'tooLong' },
      { sheet: 'indicators', row: 11, column: 'Satuan', code: 'tooLong' },
      { sheet: 'budget', row: 3, column: 'Tingkat (program/kegiatan/sub-kegiatan)', code: 'levelUnknown' },
      { sheet: 'budget', row: 4, column: 'Kode', code: 'codeDuplicate' },
      { sheet: 'budget', row: 5, column: 'Program/Kegiatan/Sub-kegiatan', code: 'nameMissing' },
      { sheet: 'budget', row: 6, column: 'Anggaran (Rp)', code: 'budgetMissing' },
      { sheet: 'budget', row: 7, column: 'Anggaran (Rp)', code: 'budgetNotNumber' },
      { sheet: 'budget', row: 8, column: 'Anggaran (Rp)', code: 'budgetNotInteger' },
      { sheet: 'budget', row: 9, column: 'Anggaran (Rp)', code: 'budgetNegative' },
      { sheet: 'budget', row: 10, column: 'Tingkat (program/kegiatan/sub-kegiatan)', code: 'levelMissing' },
    ]);
    if (result.ok) return;
    expect(result.errors.find((e) => e.code === 'codeDuplicate')?.params).toEqual({ code: '1.02.02', firstRow: 2 });
    expect(result.errors[0]?.params).toEqual({ value: 'dua belas' });
  });

  it('refuses a first row without Sasaran, a kegiatan without a program, and a parent whose pagu is not its lines\' sum', () => {
    const result = parsePkImport({
      indicators: indicatorSheet([{ ...puskesmas, goal: null }, puskesmas]),
      budget: budgetSheet([
        { ...kegiatan, code: '' },
        { ...program, budget: 900 },
        { ...kegiatan, budget: 1000 },
        { code: '2.01.01', name: 'Program C', level: 'program', budget: null },
        { code: '', name: 'Sub tanpa kegiatan', level: 'sub-kegiatan', budget: 10 },
      ]),
    });
    expect(errorsOf(result)).toEqual([
      { sheet: 'indicators', row: 2, column: 'Sasaran', code: 'goalMissing' },
      { sheet: 'budget', row: 2, column: 'Tingkat (program/kegiatan/sub-kegiatan)', code: 'parentMissing' },
      { sheet: 'budget', row: 3, column: 'Anggaran (Rp)', code: 'budgetNotSum' },
      { sheet: 'budget', row: 5, column: 'Anggaran (Rp)', code: 'budgetMissing' },
      { sheet: 'budget', row: 6, column: 'Tingkat (program/kegiatan/sub-kegiatan)', code: 'parentMissing' },
    ]);
  });

  it('refuses a bound that is no number, a lower bound above the upper, and a yes/no it cannot read', () => {
    const result = parsePkImport({
      indicators: indicatorSheet([
        { ...puskesmas, minValue: 'nol' },
        { ...puskesmas, name: 'Dua', minValue: 10, maxValue: '5' },
        { ...puskesmas, name: 'Tiga', evidenceRequired: 'mungkin' },
        { ...puskesmas, name: 'Empat', minValue: '0', evidenceRequired: 'tidak' },
      ]),
      budget: budgetSheet([program]),
    });
    expect(errorsOf(result)).toEqual([
      { sheet: 'indicators', row: 2, column: 'Batas Bawah Nilai', code: 'boundNotNumber' },
      { sheet: 'indicators', row: 3, column: 'Batas Atas Nilai', code: 'boundsInverted' },
      { sheet: 'indicators', row: 4, column: 'Bukti Dukung Wajib (ya/tidak)', code: 'yesNoUnknown' },
    ]);
  });

  it('names a missing, unknown or doubled header, and reads no row of that sheet', () => {
    const result = parsePkImport({
      indicators: { rows: [['Sasaran', 'Indikator Kinerja', 'Target Tahunan', 'Polaritass', 'Target Tahunan'], [goalA, 'x', 'y', 'z', 1]] },
      budget: { rows: [['Kode', 'Tingkat'], ['1.02', 'program']] },
    });
    expect(errorsOf(result)).toEqual([
      { sheet: 'indicators', row: 1, column: 'Polaritass', code: 'headerUnknown' },
      { sheet: 'indicators', row: 1, column: 'Target Tahunan', code: 'headerDuplicate' },
      { sheet: 'indicators', row: 1, column: 'Satuan', code: 'headerMissing' },
      { sheet: 'budget', row: 1, column: 'Program/Kegiatan/Sub-kegiatan', code: 'headerMissing' },
      { sheet: 'budget', row: 1, column: 'Anggaran (Rp)', code: 'headerMissing' },
    ]);
  });

  it('refuses a missing indicator sheet and empty sheets', () => {
    expect(errorsOf(parsePkImport({ indicators: null, budget: budgetSheet([program]) }))).toEqual([
      { sheet: 'indicators', row: null, column: undefined, code: 'sheetMissing' },
    ]);
    const empty = parsePkImport({ indicators: { rows: [] }, budget: { rows: [[null, ''], []] } });
    expect(errorsOf(empty)).toEqual([{ sheet: 'indicators', row: null, column: undefined, code: 'sheetEmpty' }]);
    // An Anggaran sheet with nothing in it, or its header only, is a PK without budget lines.
    expect(empty.warnings.map((w) => w.code)).toEqual(['budgetAbsent']);
    const headerOnly = parsePkImport({ indicators: indicatorSheet([puskesmas]), budget: budgetSheet([]) });
    expect(headerOnly).toMatchObject({ ok: true, content: { programs: [] }, warnings: [{ code: 'budgetAbsent' }] });
    expect(errorsOf(parsePkImport({ indicators: indicatorSheet([]), budget: null }))).toEqual([
      { sheet: 'indicators', row: null, column: undefined, code: 'sheetEmpty' },
    ]);
  });

  it('refuses a sheet over the row limit quickly, without reading its rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ ...puskesmas, name: `Indikator ${i}`, annualTarget: 'bukan angka' }));
    const sheet = indicatorSheet(rows);
    const started = performance.now();
    const result = parsePkImport({ indicators: sheet, budget: null });
    const took = performance.now() - started;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ sheet: 'indicators', row: null, code: 'tooManyRows', params: { count: 10_000, max: pkImportLimits.maxRowsPerSheet } }]);
    expect(took).toBeLessThan(500);
    const atLimit = indicatorSheet(rows.slice(0, pkImportLimits.maxRowsPerSheet).map((r) => ({ ...r, annualTarget: 1, q1: null, q2: null, q3: null, q4: null })));
    expect(parsePkImport({ indicators: atLimit, budget: null }).ok).toBe(true);
  });
});

describe('csvSections', () => {
  const indicatorCsv = [
    'No;Sasaran;Indikator Kinerja;Satuan;Target Tahunan;TW I',
    `1;"${goalA}";Cakupan imunisasi;%;93,75;"80,5"`,
  ].join('\r\n');

  it('reads one CSV with a semicolon and an Indonesian decimal, and the budget after a [Anggaran] line', () => {
    const text = `${indicatorCsv}\r\n\r\n[Anggaran]\r\nKode;Program/Kegiatan/Sub-kegiatan;Tingkat;Anggaran (Rp)\r\n1.02.02;Program A;program;"1.500.000.000"\r\n`;
    const sections = csvSections(text);
    if (!sections.ok) throw new Error('expected sections');
    expect(sections.input.budget?.firstRow).toBe(5);
    const { indicators, programs } = content(parsePkImport(sections.input));
    expect(indicators).toMatchObject([{ annualTarget: 93.75, quarterTargets: [80.5, null, null, null] }]);
    expect(programs).toMatchObject([{ code: '1.02.02', budget: 1_500_000_000 }]);
  });

  it('starts the budget at its own header row without a marker, and numbers rows as the file does', () => {
    const text = `${indicatorCsv}\nKode;Program;Anggaran\n1.02.02;Program A;x\n`;
    const sections = csvSections(text);
    if (!sections.ok) throw new Error('expected sections');
    expect(errorsOf(parsePkImport(sections.input))).toEqual([
      { sheet: 'budget', row: 4, column: 'Anggaran (Rp)', code: 'budgetNotNumber' },
    ]);
  });

  it('takes a second file holding the budget alone, and refuses two indicator sections', () => {
    const first = csvSections(indicatorCsv);
    const second = csvSections('Kode,Program/Kegiatan/Sub-kegiatan,Tingkat,Anggaran (Rp)\n1.02.02,Program A,program,1000\n');
    if (!first.ok || !second.ok) throw new Error('expected sections');
    expect(second.input.indicators).toBeNull();
    const merged = mergeCsvSections([second.input, first.input]);
    if (!merged.ok) throw new Error('expected merge');
    expect(content(parsePkImport(merged.input)).programs).toHaveLength(1);
    expect(mergeCsvSections([first.input, first.input])).toMatchObject({ ok: false, error: { code: 'csvSectionTwice' } });
    expect(csvSections(`[Indikator]\n${indicatorCsv}\n[Indikator]\n${indicatorCsv}`)).toMatchObject({ ok: false, error: { code: 'csvSectionTwice' } });
  });

  it('refuses an empty file and a 10,000-row file without splitting all of it', () => {
    expect(csvSections('\uFEFF\r\n;;\r\n')).toMatchObject({ ok: false, error: { code: 'fileEmpty' } });
    const big = `${indicatorCsv}\n${Array.from({ length: 10_000 }, (_, i) => `${i};${goalA};Indikator ${i};%;90;`).join('\n')}`;
    const started = performance.now();
    const result = csvSections(big);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toMatchObject({ ok: false, error: { code: 'tooManyRows', params: { max: 2000 } } });
  });
});
