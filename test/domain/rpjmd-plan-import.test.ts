import { describe, expect, it } from 'vitest';
import type { ImportCell } from '../../src/domain/pk-import-types';
import { importRpjmdPlan, readRpjmdPlanSheet, rpjmdPlanFromSheet } from '../../src/domain/rpjmd-plan-import';
import { rpjmdPlanContentSchema, type RpjmdPlanContent } from '../../src/domain/rpjmd-plan';
import type { PlanImportError, PlanSheet } from '../../src/domain/rpjmd-plan-sheet';
import { defaultPeriod, emptyTemplateShape, rpjmdPlanTemplateRows } from '../../src/domain/rpjmd-plan-template';

type Row = ImportCell[];
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const header: Row[] = [['Periode awal', 2025], ['Periode akhir', 2029], ['Visi', 'Sleman maju dan sejahtera'], [], ['No misi', 'Misi', 'No tujuan', 'Tujuan']];
/** The header block and table header (rows 1–5), then `table` from row 6. */
const sheet = (...table: Row[]): Row[] => [...header, ...table];
const validTable: Row[] = [
  [1, 'Meningkatkan kualitas SDM', '1.1', 'Meningkatnya derajat kesehatan'],
  [null, null, '1.2', 'Meningkatnya mutu pendidikan'],
  [2, 'Memperkuat tata kelola', '2.1', 'Birokrasi yang akuntabel'],
];
const validPlan: PlanSheet = {
  periodStart: 2025, periodEnd: 2029, visi: 'Sleman maju dan sejahtera',
  misi: [
    { number: 1, text: 'Meningkatkan kualitas SDM', tujuan: [{ number: 1, text: 'Meningkatnya derajat kesehatan' }, { number: 2, text: 'Meningkatnya mutu pendidikan' }] },
    { number: 2, text: 'Memperkuat tata kelola', tujuan: [{ number: 1, text: 'Birokrasi yang akuntabel' }] },
  ],
};
const saved: RpjmdPlanContent = {
  periodStart: 2025, periodEnd: 2029, visi: 'Lama',
  misi: [
    { id: id(1), text: 'Misi satu', tujuan: [{ id: id(11), text: 'Tujuan 1.1' }, { id: id(12), text: 'Tujuan 1.2' }] },
    { id: id(2), text: 'Misi dua', tujuan: [{ id: id(21), text: 'Tujuan 2.1' }] },
  ],
  sasaran: [],
};
const fresh = () => { let n = 900; return () => id(n++); };
const err = (row: number | null, column: string | undefined, code: PlanImportError['code'], params: PlanImportError['params'] = {}): PlanImportError =>
  (column === undefined ? { row, code, params } : { row, column, code, params });

describe('reading the RPJMD plan sheet', () => {
  it.each<[string, Row[], PlanSheet]>([
    ['the template as written', sheet(...validTable), validPlan],
    ['misi number and text filled down, labels with a colon, a title row and extra columns', [
      ['RPJMD Kabupaten Sleman 2025–2029'], ['Periode awal:', null, '2025'], ['Tahun akhir', 2029], ['Visi', 'Sleman maju dan sejahtera'],
      ['No', 'No misi', 'Misi', 'No tujuan', 'Tujuan', 'Keterangan'],
      [1, 1, 'Meningkatkan kualitas SDM', '1.1', 'Meningkatnya derajat kesehatan', 'catatan'],
      [2, 1, 'Meningkatkan kualitas SDM', '1.2', 'Meningkatnya mutu pendidikan'],
      [3, '2.', 'Memperkuat tata kelola', 1, 'Birokrasi yang akuntabel'],
    ], validPlan],
    ['tujuan numbers left empty take the next of their misi; a number cell 1.2 reads as "1.2"', sheet(
      [1, 'Meningkatkan kualitas SDM', null, 'Meningkatnya derajat kesehatan'],
      [null, null, 1.2, 'Meningkatnya mutu pendidikan'],
      [2, 'Memperkuat tata kelola', '', 'Birokrasi yang akuntabel'],
    ), validPlan],
    ['rows numbered in advance but without text are blank; a misi may have no tujuan yet', sheet(
      [1, 'Meningkatkan kualitas SDM', '1.1', 'Meningkatnya derajat kesehatan'], [null, null, '1.2', null], [2, 'Tanpa tujuan', '2.1', ''], [3, null, '3.1', null],
    ), { ...validPlan, misi: [{ number: 1, text: 'Meningkatkan kualitas SDM', tujuan: [{ number: 1, text: 'Meningkatnya derajat kesehatan' }] }, { number: 2, text: 'Tanpa tujuan', tujuan: [] }] }],
    ['numbers may skip (a removed row keeps the others\' numbers)', sheet(
      [1, 'Meningkatkan kualitas SDM', '1.2', 'Meningkatnya mutu pendidikan'], [3, 'Misi tiga', '3.1', 'Tujuan tiga'],
    ), { ...validPlan, misi: [{ number: 1, text: 'Meningkatkan kualitas SDM', tujuan: [{ number: 2, text: 'Meningkatnya mutu pendidikan' }] }, { number: 3, text: 'Misi tiga', tujuan: [{ number: 1, text: 'Tujuan tiga' }] }] }],
  ])('reads %s', (_, rows, expected) => {
    expect(readRpjmdPlanSheet(rows)).toEqual({ ok: true, plan: expected });
  });

  const long = 'x'.repeat(1001);
  it.each<[string, Row[], PlanImportError[]]>([
    ['an empty sheet', [[], [null, '']], [err(null, undefined, 'sheetEmpty')]],
    ['no visi, and periods that are not years', [['Periode awal', '2025/2026'], ['Periode akhir', 1999], ['Visi', '  '], ['No misi', 'Misi', 'No tujuan', 'Tujuan'], [1, 'A', '1.1', 'B']], [
      err(1, 'Periode awal', 'yearInvalid', { label: 'Periode awal', value: '2025/2026' }),
      err(2, 'Periode akhir', 'yearInvalid', { label: 'Periode akhir', value: '1999' }),
      err(3, 'Visi', 'visiMissing'),
    ]],
    ['no period rows at all, a label twice', [['Visi', 'V'], ['Visi', 'W'], ['No misi', 'Misi', 'No tujuan', 'Tujuan'], [1, 'A', null, null]], [
      err(2, 'Visi', 'labelDuplicate', { label: 'Visi', firstRow: 1 }),
      err(null, undefined, 'periodMissing', { label: 'Periode awal' }),
      err(null, undefined, 'periodMissing', { label: 'Periode akhir' }),
    ]],
    ['no visi row, a period left empty', [['Periode awal', 2025], ['Periode akhir', '  '], ['No misi', 'Misi', 'No tujuan', 'Tujuan'], [1, 'A', null, null]], [
      err(2, 'Periode akhir', 'periodMissing', { label: 'Periode akhir' }), err(null, undefined, 'visiMissing'),
    ]],
    ['no table', [...header.slice(0, 3), ['Misi 1', 'A']], [err(null, undefined, 'tableMissing', { columns: 'No misi, Misi, No tujuan, Tujuan' })]],
    ['a column missing and one twice', [...header.slice(0, 3), ['No misi', 'Misi', 'Tujuan', 'Tujuan'], [1, 'A', 'B', 'C']], [
      err(4, 'Tujuan', 'headerDuplicate', { header: 'Tujuan' }), err(4, 'No tujuan', 'headerMissing', { header: 'No tujuan' }),
    ]],
    ['a table without misi', sheet([null, null, '1.1', null]), [err(null, undefined, 'noMisi')]],
    ['a misi without text', sheet([1, null, '1.1', 'Tujuan']), [err(6, 'Misi', 'misiTextMissing', { number: 1 })]],
    ['misi text without a number', sheet(...validTable, [null, 'Misi lain', '3.1', 'T']), [err(9, 'No misi', 'misiNumberMissing')]],
    ['misi numbers that are not numbers', sheet([0, 'A', null, null], ['dua', 'B', null, null], [1.5, 'C', null, null]), [
      err(6, 'No misi', 'misiNumberInvalid', { value: '0' }), err(7, 'No misi', 'misiNumberInvalid', { value: 'dua' }), err(8, 'No misi', 'misiNumberInvalid', { value: '1.5' }),
    ]],
    ['a misi number used twice', sheet(...validTable, [1, 'Lain', '1.3', 'T']), [err(9, 'No misi', 'misiNumberDuplicate', { number: 1, firstRow: 6 })]],
    ['a tujuan before any misi', sheet([null, null, '1.1', 'Tujuan'], ...validTable), [err(6, 'Tujuan', 'tujuanWithoutMisi')]],
    ['a tujuan numbered under another misi', sheet(...validTable, [null, null, '1.3', 'Salah tempat']), [err(9, 'No tujuan', 'tujuanNotUnderMisi', { number: '1.3', misi: 2 })]],
    ['a tujuan number used twice', sheet(...validTable, [null, null, '2.1', 'Lagi']), [err(9, 'No tujuan', 'tujuanNumberDuplicate', { number: '2.1', firstRow: 8 })]],
    ['tujuan numbers that are not numbers (a date, as Excel may read "2.1")', sheet([1, 'A', 'satu', 'T'], [null, null, new Date(Date.UTC(2026, 0, 2)), 'U']), [
      err(6, 'No tujuan', 'tujuanNumberInvalid', { value: 'satu' }), err(7, 'No tujuan', 'tujuanNumberInvalid', { value: '2026-01-02' }),
    ]],
    ['text too long', sheet([1, long, '1.1', long]), [err(6, 'Misi', 'tooLong', { max: 1000 }), err(6, 'Tujuan', 'tooLong', { max: 1000 })]],
    ['a visi too long', [['Periode awal', 2025], ['Periode akhir', 2029], ['Visi', 'v'.repeat(2001)], ...header.slice(4), ...validTable], [err(3, 'Visi', 'tooLong', { max: 2000 })]],
    ['more misi than a plan holds', sheet(...Array.from({ length: 21 }, (_, i): Row => [i + 1, `Misi ${i + 1}`, null, null])), [err(26, 'No misi', 'tooManyMisi', { max: 20 })]],
    ['more tujuan than a misi holds', sheet([1, 'A', null, null], ...Array.from({ length: 31 }, (_, i): Row => [null, null, `1.${i + 1}`, `T${i + 1}`])), [
      err(37, 'No tujuan', 'tooManyTujuan', { misi: 1, max: 30 }),
    ]],
    ['more rows than any plan has, refused before reading them', sheet(...Array.from({ length: 1001 }, (): Row => [null, null, null, 'T'])), [err(null, undefined, 'tooManyRows', { count: 1001, max: 1000 })]],
  ])('refuses %s, row by row', (_, rows, errors) => {
    expect(readRpjmdPlanSheet(rows)).toEqual({ ok: false, errors });
  });

  it('numbers rows from `firstRow`', () => {
    const result = readRpjmdPlanSheet(sheet([1, null, '1.1', 'T']), 3);
    expect(result).toEqual({ ok: false, errors: [err(8, 'Misi', 'misiTextMissing', { number: 1 })] });
  });
});

describe('ids of an imported plan', () => {
  it('keeps the saved plan\'s ids by number (Misi 2, Tujuan 2.1) and gives new rows new ids', () => {
    const plan: PlanSheet = {
      ...validPlan,
      misi: [
        { number: 2, text: 'Misi dua, diperbaiki', tujuan: [{ number: 1, text: 'Tujuan 2.1' }, { number: 2, text: 'Baru 2.2' }] },
        { number: 1, text: 'Misi satu', tujuan: [{ number: 2, text: 'Tujuan 1.2' }] },
        { number: 3, text: 'Misi baru', tujuan: [{ number: 1, text: 'Baru 3.1' }] },
      ],
    };
    const content = rpjmdPlanFromSheet(plan, saved, fresh());
    expect(content.misi.map((m) => [m.id, m.tujuan.map((t) => t.id)])).toEqual([
      [id(2), [id(21), id(900)]],
      [id(1), [id(12)]],
      [id(901), [id(902)]],
    ]);
    expect(rpjmdPlanContentSchema.safeParse(content).success).toBe(true);
  });

  it('gives every row a new id when there is no saved plan', () => {
    const result = importRpjmdPlan(sheet(...validTable), { saved: null, newId: fresh() });
    expect(result).toEqual({
      ok: true,
      content: {
        periodStart: 2025, periodEnd: 2029, visi: 'Sleman maju dan sejahtera',
        misi: [
          { id: id(900), text: 'Meningkatkan kualitas SDM', tujuan: [{ id: id(901), text: 'Meningkatnya derajat kesehatan' }, { id: id(902), text: 'Meningkatnya mutu pendidikan' }] },
          { id: id(903), text: 'Memperkuat tata kelola', tujuan: [{ id: id(904), text: 'Birokrasi yang akuntabel' }] },
        ],
        sasaran: [],
      },
    });
  });
});

describe('the template', () => {
  const values = (rows: ReturnType<typeof rpjmdPlanTemplateRows>): Row[] => rows.map((r) => r.map((c) => c.value));

  it('written for a saved plan reads back as the same plan, every id kept', () => {
    const rows = rpjmdPlanTemplateRows(saved, saved);
    expect(values(rows).slice(0, 7)).toEqual([
      ['Periode awal', 2025], ['Periode akhir', 2029], ['Visi', 'Lama'], [], ['No misi', 'Misi', 'No tujuan', 'Tujuan'],
      ['1', 'Misi satu', '1.1', 'Tujuan 1.1'], [null, null, '1.2', 'Tujuan 1.2'],
    ]);
    expect(rows[5]?.map((c) => c.kind)).toEqual(['number', 'text', 'number', 'text']);
    expect(importRpjmdPlan(values(rows), { saved, newId: fresh() })).toEqual({ ok: true, content: saved });
  });

  it('writes a misi without tujuan on one row', () => {
    const plan = { ...saved, misi: [{ id: id(3), text: 'Sendiri', tujuan: [] }] };
    expect(values(rpjmdPlanTemplateRows(plan, plan)).at(-1)).toEqual(['1', 'Sendiri', null, null]);
  });

  it('for a new plan holds the period and empty rows numbered in advance, which alone read as no plan yet', () => {
    const rows = values(rpjmdPlanTemplateRows(null, defaultPeriod(2030)));
    expect(rows.slice(0, 3)).toEqual([['Periode awal', 2030], ['Periode akhir', 2034], ['Visi', '']]);
    expect(rows).toHaveLength(5 + emptyTemplateShape.misi * emptyTemplateShape.tujuanPerMisi);
    expect(rows[5]).toEqual(['1', '', '1.1', '']);
    expect(rows[6]).toEqual([null, null, '1.2', '']);
    expect(readRpjmdPlanSheet(rows)).toEqual({ ok: false, errors: [err(3, 'Visi', 'visiMissing'), err(null, undefined, 'noMisi')] });
  });
});
