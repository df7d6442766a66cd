// @vitest-environment node
// The cascading documents as PDF, read back: the matriks cascading (each sasaran and IKU written
// once over the rows under it, named again where it runs onto a new page) and the pohon kinerja
// as a printed figure (nodes in the screen's order, indented by depth, own and supporters'
// achievement apart, at risk in words).
import { describe, expect, it } from 'vitest';
import { buildCascadeTree, type CascadeIndicatorEntry } from '../../../src/domain/cascade-tree';
import { defaultTenantSettings } from '../../../src/domain/default-settings';
import { cascadeMatrixRows, unalignedRows, type CascadeMatrixInput } from '../../../src/client/documents/cascade-matrix';
import { generateCascadeMatrixPdf } from '../../../src/client/documents/cascade-matrix-pdf';
import { cascadeTreeLines, type CascadeTreePrintInput } from '../../../src/client/documents/cascade-tree-outline';
import { generateCascadeTreePdf } from '../../../src/client/documents/cascade-tree-pdf';
import { diskFonts, pdfText } from './support';

const fonts = diskFonts();

const entry = (id: string, supportsId: string | null, orgUnitId: string, values: CascadeIndicatorEntry['values'], kind: CascadeIndicatorEntry['agreementKind'] = 'jpt'): CascadeIndicatorEntry => ({
  indicator: {
    id, name: `Indikator ${id}`, unit: '%', supportsId, previousId: null, scaleLevels: [], polarity: 'higher', aggregation: 'sum',
    targetType: 'number', annualTarget: 100, quarterTargets: [25, 25, 25, 25], lowerIsBetterFormula: null,
  },
  orgUnitId, agreementKind: kind, values,
});
const none: CascadeIndicatorEntry['values'] = [null, null, null, null];

/**
 * One sasaran with two IKU: iku1 supported by Dinas Kesehatan's a (100%, on plan), which Bidang
 * Yankes's b supports (20%, at risk, so a and iku1 are flagged by their supporters); iku2 with no
 * supporter; a second sasaran; and Dinas Kesehatan's c linked to nothing. `extra` more supporters of iku1.
 */
function tree(extra = 0) {
  return buildCascadeTree({
    sasaran: [{ id: 's1', name: 'Meningkatnya kualitas SDM' }, { id: 's2', name: 'Meningkatnya daya saing ekonomi' }],
    ikus: [
      { ...entry('iku1', null, 'setda', none, 'pemda'), goalId: 's1' },
      { ...entry('iku2', null, 'setda', none, 'pemda'), goalId: 's1' },
      { ...entry('iku3', null, 'setda', none, 'pemda'), goalId: 's2' },
    ],
    unitIndicators: [
      entry('a', 'iku1', 'dinkes', [25, 25, null, null]),
      entry('b', 'a', 'bidang', [5, 5, null, null], 'administrator'),
      ...Array.from({ length: extra }, (_, i) => entry(`x${String(i).padStart(2, '0')}`, 'iku1', 'dinkes', [25, 25, null, null])),
      entry('c', null, 'dinkes', none),
    ],
  }, 2, { ...defaultTenantSettings, rollUpRule: 'average' });
}

const unitNames = new Map([['dinkes', 'Dinas Kesehatan'], ['bidang', 'Bidang Yankes']]);
const nameOf = (id: string) => unitNames.get(id) ?? '';

function matrixInput(extra = 0): CascadeMatrixInput {
  const { roots, unaligned } = tree(extra);
  return {
    tenantName: 'Kabupaten Uji', year: 2026, upTo: 2, rows: cascadeMatrixRows(roots, nameOf), unaligned: unalignedRows(unaligned, nameOf),
    rollUpRule: 'lowest', cap: 120, date: '2026-07-15',
  };
}

function treeInput(overrides: Partial<CascadeTreePrintInput> = {}): CascadeTreePrintInput {
  return {
    tenantName: 'Kabupaten Uji', year: 2026, upTo: 2, roots: tree().roots, unitNames, bands: defaultTenantSettings.categoryBands,
    rollUpRule: 'average', cap: null, filters: { sasaran: null, unit: null, atRiskOnly: false }, date: '2026-07-15', ...overrides,
  };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Each text item with where it starts on the page (x in PDF points), in drawing order. */
async function placedText(bytes: Uint8Array): Promise<Array<{ text: string; x: number }>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const items: Array<{ text: string; x: number }> = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim() !== '') items.push({ text: item.str, x: Number(item.transform[4]) });
  }
  await pdf.destroy();
  return items;
}

describe('the matriks cascading as PDF', () => {
  it('writes each sasaran and IKU once over its supporters, level by level, then what is not aligned', async () => {
    const progress: number[] = [];
    const text = await pdfText(await generateCascadeMatrixPdf(matrixInput(), { fonts, onProgress: (f) => progress.push(f) }));
    expect(text).toContain('MATRIKS CASCADING KINERJA TAHUN 2026 (CAPAIAN S.D. TRIWULAN II)');
    expect(text).toMatch(/Sasaran Daerah\s+IKU\s+Target IKU\s+Perangkat Daerah\s+Indikator Pendukung\s+Tingkat\s+Target\s+Capaian s\.d\. TW II\s+Berisiko/);
    // a on plan itself, flagged because its one supporter is behind; b under it at level 2, its sasaran and IKU not repeated.
    expect(text).toMatch(/Meningkatnya kualitas SDM\s+Indikator iku1\s+100\s+Dinas Kesehatan\s+Indikator a\s+1\s+100\s+100%\s+Ya\s+Bidang Yankes\s+Indikator b\s+2\s+100\s+20%\s+Ya\s+Indikator iku2/);
    expect(text).toMatch(/Indikator iku2\s+100\s+—\s+Belum ada indikator pendukung\s+—\s+—\s+—\s+Tidak\s+Meningkatnya daya saing ekonomi\s+Indikator iku3/);
    expect(occurrences(text, 'Meningkatnya kualitas SDM')).toBe(1);
    expect(occurrences(text, 'Indikator iku1')).toBe(1);
    expect(text).toMatch(/Indikator belum selaras\s+Perangkat Daerah\s+Indikator\s+Dinas Kesehatan\s+Indikator c/);
    expect(text).toContain('capaian indikator pendukung yang terendah, tiap capaian dibatasi 120% (pengaturan pemda)');
    expect(text).toContain('Dibuat 15 Juli 2026.');
    expect(progress.at(-1)).toBe(1);
  });

  it('names the sasaran and IKU again at the top of a page their rows run onto', async () => {
    const text = await pdfText(await generateCascadeMatrixPdf(matrixInput(40), { fonts }));
    const pages = text.split('\n');
    expect(pages.length).toBeGreaterThan(1);
    const second = pages[1] ?? '';
    expect(second).toMatch(/Berisiko\s+Meningkatnya kualitas SDM\s+Indikator iku1\s+100\s+Dinas Kesehatan\s+Indikator x\d\d/);
    // Every page with rows of the group names it once, and only those.
    const withRows = pages.filter((p) => /Indikator x\d\d/.test(p));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(occurrences(page, 'Meningkatnya kualitas SDM')).toBe(1);
    expect(occurrences(text, 'Meningkatnya kualitas SDM')).toBe(withRows.length);
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });
});

describe('the pohon kinerja as a printed figure', () => {
  it('draws every node in the screen order, indented by depth, own and supporters\' achievement labelled apart', async () => {
    const bytes = await generateCascadeTreePdf(treeInput(), { fonts });
    const text = await pdfText(bytes);
    expect(text).toContain('POHON KINERJA TAHUN 2026 (CAPAIAN S.D. TRIWULAN II)');
    expect(text).not.toContain('Saringan:');
    expect(text).toMatch(/SASARAN DAERAH\s+Meningkatnya kualitas SDM\s+Capaian pendukung: 100% \(1 dari 2 berdata\)\s+·\s+Predikat: Sangat Tinggi\s+Berisiko: 1 dari 2 pendukung berisiko/);
    expect(text).toMatch(/IKU\s+Indikator iku1\s+Capaian sendiri: — \(belum diukur langsung\)\s+·\s+Capaian pendukung: 100% \(1 dari 1 berdata\)\s+·\s+Predikat: Sangat Tinggi\s+Berisiko: 1 dari 1 pendukung berisiko/);
    expect(text).toMatch(/Dinas Kesehatan\s+Indikator a\s+Capaian sendiri: 100%\s+·\s+Capaian pendukung: 20% \(1 dari 1 berdata\)\s+·\s+Predikat: Sangat Tinggi\s+Berisiko: 1 dari 1 pendukung berisiko/);
    expect(text).toMatch(/Bidang Yankes\s+Indikator b\s+Capaian sendiri: 20%\s+·\s+Predikat: Sangat Rendah\s+Berisiko: proyeksi akhir tahun di bawah ambang peringatan/);
    expect(text).toMatch(/IKU\s+Indikator iku2\s+Capaian sendiri: — \(belum diukur langsung\)\s+·\s+Belum ada indikator pendukung\s+SASARAN DAERAH\s+Meningkatnya daya saing ekonomi/);
    expect(text).toContain('Dibuat 15 Juli 2026.');

    const items = await placedText(bytes);
    const at = (name: string) => {
      const index = items.findIndex((i) => i.text === name);
      expect(index, name).toBeGreaterThanOrEqual(0);
      return { index, x: items[index]?.x ?? Number.NaN };
    };
    const chain = ['Meningkatnya kualitas SDM', 'Indikator iku1', 'Indikator a', 'Indikator b'].map(at);
    for (let i = 1; i < chain.length; i += 1) {
      expect(chain[i]?.index).toBeGreaterThan(chain[i - 1]?.index ?? Infinity);
      expect(chain[i]?.x).toBeGreaterThan((chain[i - 1]?.x ?? Infinity) + 20); // 9 mm a level ≈ 25 pt
    }
    expect(at('Indikator iku2').x).toBeCloseTo(at('Indikator iku1').x, 1);
    expect(at('Meningkatnya daya saing ekonomi').x).toBeCloseTo(at('Meningkatnya kualitas SDM').x, 1);
  });

  it('prints the filters it was made with', async () => {
    const text = await pdfText(await generateCascadeTreePdf(treeInput({ filters: { sasaran: 'Meningkatnya kualitas SDM', unit: 'Bidang Yankes', atRiskOnly: true } }), { fonts }));
    expect(text).toContain('Saringan: sasaran daerah "Meningkatnya kualitas SDM"; unit kerja Bidang Yankes; hanya yang berisiko.');
  });

  it('keeps the connector rails of the levels whose later siblings are still to come', () => {
    const lines = cascadeTreeLines(treeInput());
    expect(lines.map((l) => [l.name, l.depth, l.rails])).toEqual([
      ['Meningkatnya kualitas SDM', 0, []],
      ['Indikator iku1', 1, [true]], // iku2 follows under the same sasaran
      ['Indikator a', 2, [true, false]],
      ['Indikator b', 3, [true, false, false]],
      ['Indikator iku2', 1, [false]],
      ['Meningkatnya daya saing ekonomi', 0, []],
      ['Indikator iku3', 1, [false]],
    ]);
  });

  it('runs over several pages with every node once', async () => {
    const roots = tree(30).roots;
    const text = await pdfText(await generateCascadeTreePdf(treeInput({ roots }), { fonts }));
    const pages = text.split('\n');
    expect(pages.length).toBeGreaterThan(1);
    for (let i = 0; i < 30; i += 1) expect(occurrences(text, `Indikator x${String(i).padStart(2, '0')}`)).toBe(1);
    expect(pages[1]).toMatch(/^.*Lanjutan dari: Meningkatnya kualitas SDM › Indikator iku1\s+Dinas Kesehatan\s+Indikator x\d\d/);
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });

  it('starts the printed tree at the RPJMD\'s visi, misi and tujuan, and the matrix still lists every sasaran under them', () => {
    const planned = buildCascadeTree({
      plan: { visi: 'Daerah maju', misi: [{ id: 'm1', text: 'SDM unggul', tujuan: [{ id: 't1', text: 'Derajat kesehatan' }] }] },
      sasaran: [{ id: 's1', name: 'Meningkatnya kualitas SDM', tujuanId: 't1' }, { id: 's2', name: 'Meningkatnya daya saing ekonomi' }],
      ikus: [{ ...entry('iku1', null, 'setda', none, 'pemda'), goalId: 's1' }, { ...entry('iku3', null, 'setda', none, 'pemda'), goalId: 's2' }],
      unitIndicators: [entry('a', 'iku1', 'dinkes', [25, 25, null, null])],
    }, 2, { ...defaultTenantSettings, rollUpRule: 'average' });
    const lines = cascadeTreeLines(treeInput({ roots: planned.roots }));
    expect(lines.map((l) => [l.label, l.name, l.depth])).toEqual([
      ['VISI', 'Daerah maju', 0], ['MISI 1', 'SDM unggul', 1], ['TUJUAN 1.1', 'Derajat kesehatan', 2],
      ['SASARAN DAERAH', 'Meningkatnya kualitas SDM', 3], ['IKU', 'Indikator iku1', 4], ['Dinas Kesehatan', 'Indikator a', 5],
      ['SASARAN DAERAH', 'Meningkatnya daya saing ekonomi', 0], ['IKU', 'Indikator iku3', 1],
    ]);
    // Never measured directly: only the supporters' figure.
    expect(lines[1]?.figures.some((f) => f.startsWith('Capaian sendiri'))).toBe(false);
    expect(lines[1]?.figures[0]).toMatch(/^Capaian pendukung: 100/);
    expect(cascadeMatrixRows(planned.roots, nameOf).map((r) => [r.tujuan, r.sasaran, r.iku, r.indicator])).toEqual([
      ['Misi 1. SDM unggul / Tujuan 1.1. Derajat kesehatan', 'Meningkatnya kualitas SDM', 'Indikator iku1', 'Indikator a'],
      ['', 'Meningkatnya daya saing ekonomi', 'Indikator iku3', ''],
    ]);
  });

  it('gives the matrix a column of the RPJMD misi and tujuan when the pemda has its plan, and none without', async () => {
    const planned = buildCascadeTree({
      plan: { visi: 'Daerah maju', misi: [{ id: 'm1', text: 'SDM unggul', tujuan: [{ id: 't1', text: 'Derajat kesehatan' }] }] },
      sasaran: [{ id: 's1', name: 'Meningkatnya kualitas SDM', tujuanId: 't1' }],
      ikus: [{ ...entry('iku1', null, 'setda', none, 'pemda'), goalId: 's1' }],
      unitIndicators: [entry('a', 'iku1', 'dinkes', [25, 25, null, null])],
    }, 2, { ...defaultTenantSettings, rollUpRule: 'average' });
    const withPlan = (await pdfText(await generateCascadeMatrixPdf({ ...matrixInput(), rows: cascadeMatrixRows(planned.roots, nameOf) }, { fonts }))).replace(/\s+/g, ' ');
    expect(withPlan).toContain('Misi dan Tujuan RPJMD');
    expect(withPlan).toContain('Misi 1. SDM unggul / Tujuan 1.1. Derajat kesehatan');
    const without = (await pdfText(await generateCascadeMatrixPdf(matrixInput(), { fonts }))).replace(/\s+/g, ' ');
    expect(without).not.toContain('Misi dan Tujuan RPJMD');
  });
});
