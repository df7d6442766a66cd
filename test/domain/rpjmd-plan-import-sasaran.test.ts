// The RPJMD plan's second sheet, "Sasaran dan IKU" (domain/rpjmd-plan-import-sasaran.ts): read
// into sasaran daerah under the first sheet's tujuan with their IKU and targets, refused row by row
// naming the sheet, given ids that keep the saved plan's, and written by the template so that it
// reads back as the same plan.
import { describe, expect, it } from 'vitest';
import type { ImportCell } from '../../src/domain/pk-import-types';
import type { RpjmdPlanContent } from '../../src/domain/rpjmd-plan';
import { importRpjmdPlan, readRpjmdPlanSheet, rpjmdPlanFromSheet } from '../../src/domain/rpjmd-plan-import';
import type { PlanImportError, PlanSheetSasaran } from '../../src/domain/rpjmd-plan-sheet';
import { defaultPeriod, rpjmdPlanSasaranTemplateRows, rpjmdPlanTemplateRows } from '../../src/domain/rpjmd-plan-template';
import { buildPlanIku, buildPlanSasaran } from '../support/factories';

type Row = ImportCell[];
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const first: Row[] = [
  ['Periode awal', 2025], ['Periode akhir', 2029], ['Visi', 'Sleman maju'], [], ['No misi', 'Misi', 'No tujuan', 'Tujuan'],
  [1, 'Misi satu', '1.1', 'Tujuan 1.1'], [null, null, '1.2', 'Tujuan 1.2'], [2, 'Misi dua', '2.1', 'Tujuan 2.1'],
];
const head: Row = ['Tujuan', 'Sasaran daerah', 'IKU', 'Satuan', 'Polaritas (naik/turun)', 'Target 2025', 'Target 2026', 'Target 2029', 'Target akhir periode'];
/** The second sheet: its header (row 1), then `table` from row 2. */
const second = (...table: Row[]): Row[] => [head, ...table];
const read = (rows: Row[]) => readRpjmdPlanSheet(first, 1, rows);
const err = (row: number | null, column: string, code: PlanImportError['code'], params: PlanImportError['params'] = {}): PlanImportError =>
  ({ sheet: 'Sasaran dan IKU', row, column, code, params });
const fresh = () => { let n = 900; return () => id(n++); };

describe('reading the sheet of sasaran daerah and IKU', () => {
  it('reads each sasaran under its tujuan with its IKU, numbers the Indonesian way, and blank rows left out', () => {
    const result = read(second(
      ['1.1', 'Meningkatnya usia harapan hidup', 'Angka usia harapan hidup', 'tahun', 'naik', '72,5', 72.75, '1.074,5', '74'],
      [null, null, 'Angka kematian ibu', 'per 100.000', 'turun', 90, null, 70, null],
      ['1.1', 'Meningkatnya usia harapan hidup', 'Prevalensi stunting', '%', 'Negatif', null, null, null, 14],
      [null, 'Menurunnya kemiskinan', 'Persentase penduduk miskin', '%', null, null, null, null, null],
      ['1.2', null, null, null, null, null, null, null, null],
      ['2.1', 'Meningkatnya akuntabilitas', null, null, null, null, null, null, null],
    ));
    const expected: PlanSheetSasaran[] = [
      { misi: 1, tujuan: 1, text: 'Meningkatnya usia harapan hidup', iku: [
        { name: 'Angka usia harapan hidup', satuan: 'tahun', polarity: 'higher', targets: [{ year: 2025, value: 72.5 }, { year: 2026, value: 72.75 }, { year: 2029, value: 1074.5 }], endTarget: 74 },
        { name: 'Angka kematian ibu', satuan: 'per 100.000', polarity: 'lower', targets: [{ year: 2025, value: 90 }, { year: 2029, value: 70 }], endTarget: null },
        { name: 'Prevalensi stunting', satuan: '%', polarity: 'lower', targets: [], endTarget: 14 },
      ] },
      { misi: 1, tujuan: 1, text: 'Menurunnya kemiskinan', iku: [{ name: 'Persentase penduduk miskin', satuan: '%', polarity: null, targets: [], endTarget: null }] },
      { misi: 2, tujuan: 1, text: 'Meningkatnya akuntabilitas', iku: [] },
    ];
    expect(result.ok && result.plan.sasaran).toEqual(expected);
  });

  it('is optional, and an empty one holds no sasaran', () => {
    const without = readRpjmdPlanSheet(first);
    expect(without.ok && 'sasaran' in without.plan).toBe(false);
    const empty = read([[], [null]]);
    expect(empty.ok && empty.plan.sasaran).toEqual([]);
  });

  it.each<[string, Row[], PlanImportError[]]>([
    ['a column missing, a year outside the period and a year twice', [['Tujuan', 'Sasaran daerah', 'IKU', 'Target 2030', 'Target 2025', 'Target 2025'], ['1.1', 'S', 'I', 1, 2, 3]], [
      err(1, 'Target 2030', 'targetYearOutside', { header: 'Target 2030', period: '2025–2029' }),
      err(1, 'Target 2025', 'headerDuplicate', { header: 'Target 2025' }),
      err(1, 'Satuan', 'headerMissing', { header: 'Satuan' }),
    ]],
    ['a sasaran without a tujuan, with one not on the first sheet, one not a number', second(
      [null, 'Tanpa tujuan', 'I', 'x', null, null, null, null, null],
      ['3.1', 'Tujuan lain', null, null, null, null, null, null, null],
      ['satu', 'Tujuan salah', null, null, null, null, null, null, null],
      ['1', 'Tujuan pendek', null, null, null, null, null, null, null],
    ), [
      err(2, 'Tujuan', 'sasaranTujuanMissing'), err(3, 'Tujuan', 'sasaranTujuanUnknown', { number: '3.1' }),
      err(4, 'Tujuan', 'tujuanNumberInvalid', { value: 'satu' }), err(5, 'Tujuan', 'tujuanNumberInvalid', { value: '1' }),
    ]],
    ['an IKU before any sasaran', second([null, null, 'IKU lepas', 'x', null, null, null, null, null]), [err(2, 'IKU', 'ikuWithoutSasaran')]],
    ['targets without an IKU, a target not a number, a polarity unknown', second(
      ['1.1', 'S', null, 'tahun', null, 5, null, null, null],
      [null, null, 'I', 'x', 'ke atas', 'tujuh', null, null, '7/8'],
    ), [
      err(2, 'IKU', 'ikuNameMissing'),
      err(3, 'Target 2025', 'targetNotNumber', { value: 'tujuh' }), err(3, 'Target akhir periode', 'targetNotNumber', { value: '7/8' }),
      err(3, 'Polaritas (naik/turun)', 'polarityUnknown', { value: 'ke atas' }),
    ]],
    ['texts too long, more IKU than a sasaran holds', second(
      ['1.1', 's'.repeat(1001), 'i'.repeat(501), 'u'.repeat(61), null, null, null, null, null],
      ...Array.from({ length: 20 }, (_, i): Row => [null, null, `IKU ${i + 2}`, 'x', null, null, null, null, null]),
    ), [
      err(2, 'Sasaran daerah', 'tooLong', { max: 1000 }), err(2, 'IKU', 'tooLong', { max: 500 }), err(2, 'Satuan', 'tooLong', { max: 60 }),
      err(22, 'IKU', 'tooManyIku', { max: 20 }),
    ]],
  ])('refuses %s, row by row, naming the sheet', (_, rows, errors) => {
    expect(read(rows)).toEqual({ ok: false, errors });
  });
});

describe('ids of imported sasaran', () => {
  const saved: RpjmdPlanContent = {
    periodStart: 2025, periodEnd: 2029, visi: 'Lama',
    misi: [{ id: id(1), text: 'M', tujuan: [{ id: id(11), text: 'T 1.1' }, { id: id(12), text: 'T 1.2' }] }],
    sasaran: [
      buildPlanSasaran(id(11), { id: id(110), text: 'Meningkatnya usia harapan hidup', iku: [buildPlanIku([2025], { id: id(111), polarity: 'lower' })] }),
      buildPlanSasaran(id(12), { id: id(120), text: 'Di bawah tujuan 1.2' }),
    ],
  };
  const sheetOf = (sasaran?: PlanSheetSasaran[]) => ({
    periodStart: 2025, periodEnd: 2029, visi: 'Baru', misi: [{ number: 1, text: 'M', tujuan: [{ number: 1, text: 'T 1.1' }] }], ...(sasaran ? { sasaran } : {}),
  });

  it('keep a saved sasaran\'s id by its words under its tujuan, an IKU\'s by its name (and its polaritas when the cell is empty)', () => {
    const content = rpjmdPlanFromSheet(sheetOf([{ misi: 1, tujuan: 1, text: ' meningkatnya USIA harapan hidup', iku: [
      { name: 'Angka usia harapan hidup', satuan: 'tahun', polarity: null, targets: [{ year: 2026, value: 73 }], endTarget: 74 },
      { name: 'IKU baru', satuan: '%', polarity: null, targets: [], endTarget: null },
    ] }]), saved, fresh());
    expect(content.sasaran).toEqual([{ id: id(110), tujuanId: id(11), text: ' meningkatnya USIA harapan hidup', iku: [
      { id: id(111), name: 'Angka usia harapan hidup', satuan: 'tahun', polarity: 'lower', targets: [{ year: 2026, value: 73 }], endTarget: 74 },
      { id: id(900), name: 'IKU baru', satuan: '%', polarity: 'higher', targets: [], endTarget: null },
    ] }]);
  });

  it('from a file without the sheet: the saved ones stay, under the tujuan still there', () => {
    expect(rpjmdPlanFromSheet(sheetOf(), saved, fresh()).sasaran).toEqual([saved.sasaran[0]]);
  });
});

describe('the template of sasaran daerah and IKU', () => {
  const values = (rows: ReturnType<typeof rpjmdPlanSasaranTemplateRows>): Row[] => rows.map((r) => r.map((c) => c.value));
  const years = [2025, 2026, 2027, 2028, 2029];
  const plan: RpjmdPlanContent = {
    periodStart: 2025, periodEnd: 2029, visi: 'Sleman maju',
    misi: [{ id: id(1), text: 'M', tujuan: [{ id: id(11), text: 'T 1.1' }, { id: id(12), text: 'T 1.2' }] }],
    sasaran: [
      buildPlanSasaran(id(12), { id: id(120), text: 'Sasaran 1.2', iku: [buildPlanIku(years, { id: id(121) }), buildPlanIku([2026], { id: id(122), name: 'Kedua', satuan: '%', polarity: 'lower', endTarget: null })] }),
      buildPlanSasaran(id(11), { id: id(110), text: 'Sasaran 1.1' }),
    ],
  };

  it('writes each sasaran under its tujuan, its first IKU on its row, and reads back as the same plan', () => {
    const rows = rpjmdPlanSasaranTemplateRows(plan, plan);
    expect(values(rows)).toEqual([
      ['Tujuan', 'Sasaran daerah', 'IKU', 'Satuan', 'Polaritas (naik/turun)', ...years.map((y) => `Target ${y}`), 'Target akhir periode'],
      ['1.1', 'Sasaran 1.1'],
      ['1.2', 'Sasaran 1.2', 'Angka usia harapan hidup', 'tahun', 'naik', 72, 72.5, 73, 73.5, 74, 74],
      [null, null, 'Kedua', '%', 'turun', null, 72, null, null, null, null],
    ]);
    expect(rows[2]?.map((c) => c.kind)).toEqual(['number', 'text', 'text', 'text', 'text', 'value', 'value', 'value', 'value', 'value', 'value']);
    const read = importRpjmdPlan(values(rpjmdPlanTemplateRows(plan, plan)), { saved: plan, newId: fresh(), sasaranRows: values(rows) });
    expect(read).toEqual({ ok: true, content: { ...plan, sasaran: [plan.sasaran[1], plan.sasaran[0]] } });
  });

  it('for a new plan is its header alone, a target column per year of the period', () => {
    expect(values(rpjmdPlanSasaranTemplateRows(null, defaultPeriod(2030)))).toEqual([
      ['Tujuan', 'Sasaran daerah', 'IKU', 'Satuan', 'Polaritas (naik/turun)', 'Target 2030', 'Target 2031', 'Target 2032', 'Target 2033', 'Target 2034', 'Target akhir periode'],
    ]);
  });
});
