// The matriks cascading from a pohon kinerja (domain/cascade-tree.ts) to a workbook read back.
import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { buildCascadeTree, type CascadeIndicatorEntry } from '../../../src/domain/cascade-tree';
import { defaultTenantSettings } from '../../../src/domain/default-settings';
import { cascadeMatrixRows, unalignedRows } from '../../../src/client/documents/cascade-matrix';
import { generateCascadeMatrixXlsx } from '../../../src/client/documents/cascade-matrix-xlsx';

const entry = (id: string, supportsId: string | null, orgUnitId: string, values: CascadeIndicatorEntry['values'], kind: CascadeIndicatorEntry['agreementKind'] = 'jpt'): CascadeIndicatorEntry => ({
  indicator: {
    id, name: `Indikator ${id}`, unit: '%', supportsId, previousId: null, scaleLevels: [], polarity: 'higher', aggregation: 'sum',
    targetType: 'number', annualTarget: 100, quarterTargets: [25, 25, 25, 25], lowerIsBetterFormula: null,
  },
  orgUnitId, agreementKind: kind, values,
});

describe('the matriks cascading', () => {
  it('lists each IKU with its supporters unit by unit and down the levels, then what is not aligned', async () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's1', name: 'Meningkatnya kualitas SDM' }],
      ikus: [{ ...entry('iku1', null, 'setda', [null, null, null, null], 'pemda'), goalId: 's1' }, { ...entry('iku2', null, 'setda', [null, null, null, null], 'pemda'), goalId: 's1' }],
      unitIndicators: [
        entry('a', 'iku1', 'dinkes', [25, 25, null, null]),
        entry('b', 'a', 'bidang', [5, 5, null, null], 'administrator'),
        entry('c', null, 'dinkes', [null, null, null, null]),
      ],
    }, 2, { ...defaultTenantSettings, rollUpRule: 'average' });
    const names = new Map([['dinkes', 'Dinas Kesehatan'], ['bidang', 'Bidang Yankes']]);
    const nameOf = (id: string) => names.get(id) ?? '';
    const bytes = await generateCascadeMatrixXlsx({
      tenantName: 'Kabupaten Uji', year: 2026, upTo: 2, rows: cascadeMatrixRows(tree.roots, nameOf), unaligned: unalignedRows(tree.unaligned, nameOf),
    });
    const book = Object.fromEntries((await readExcelFile(Buffer.from(bytes))).map((s) => [s.sheet, s.data]));
    expect(book['Matriks Cascading']?.slice(1)).toEqual([
      ['Meningkatnya kualitas SDM', 'Indikator iku1', '100', 'Dinas Kesehatan', 'Indikator a', 1, '100', 100, 'Ya'], // on plan itself, but its one supporter is at risk
      ['Meningkatnya kualitas SDM', 'Indikator iku1', '100', 'Bidang Yankes', 'Indikator b', 2, '100', 20, 'Ya'],
      ['Meningkatnya kualitas SDM', 'Indikator iku2', '100', null, 'Belum ada indikator pendukung', null, null, null, 'Tidak'],
    ]);
    expect(book['Belum Selaras']?.slice(1)).toEqual([['Dinas Kesehatan', 'Indikator c']]);
    expect(book['Keterangan']?.[1]).toEqual(['Judul', 'MATRIKS CASCADING KINERJA TAHUN 2026 (CAPAIAN S.D. TRIWULAN II)']);
  });

  it('puts the RPJMD misi and tujuan of each sasaran in a first column when the pemda has its plan', async () => {
    const tree = buildCascadeTree({
      plan: { visi: 'Daerah maju', misi: [{ id: 'm1', text: 'SDM unggul', tujuan: [{ id: 't1', text: 'Derajat kesehatan' }] }] },
      sasaran: [{ id: 's1', name: 'Meningkatnya kualitas SDM', tujuanId: 't1' }, { id: 's2', name: 'Tanpa tujuan' }],
      ikus: [{ ...entry('iku1', null, 'setda', [null, null, null, null], 'pemda'), goalId: 's1' }, { ...entry('iku2', null, 'setda', [null, null, null, null], 'pemda'), goalId: 's2' }],
      unitIndicators: [entry('a', 'iku1', 'dinkes', [25, 25, null, null])],
    }, 2, { ...defaultTenantSettings, rollUpRule: 'average' });
    const bytes = await generateCascadeMatrixXlsx({
      tenantName: 'Kabupaten Uji', year: 2026, upTo: 2, rows: cascadeMatrixRows(tree.roots, () => 'Dinas Kesehatan'), unaligned: [],
    });
    const sheet = (await readExcelFile(Buffer.from(bytes))).find((s) => s.sheet === 'Matriks Cascading')?.data ?? [];
    expect(sheet[0]?.slice(0, 2)).toEqual(['Misi dan Tujuan RPJMD', 'Sasaran Daerah']);
    expect(sheet.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['Misi 1. SDM unggul / Tujuan 1.1. Derajat kesehatan', 'Meningkatnya kualitas SDM'],
      [null, 'Tanpa tujuan'],
    ]);
  });
});
