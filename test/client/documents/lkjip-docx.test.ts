// The LKjIP draft (documents/lkjip.ts, lkjip-docx.ts) written as a DOCX and read back: Bab III's
// tables carry the unit's figures, the chapters are there, and the office's sheet round-trips.
import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { generateLkjipDocx } from '../../../src/client/documents/lkjip-docx';
import { buildLkjip, efficiencySentence, quarterLines, type LkjipInput } from '../../../src/client/documents/lkjip';
import { generateLkjipSheet, readLkjipFile } from '../../../src/client/documents/lkjip-sheet';
import { peerKey } from '../../../src/domain/peer-outlier';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildTenant } from '../../support/factories';
import { program, settings } from './support';
import { readDocx } from './docx-read';

const a = buildAgreement(buildOrgUnit(buildTenant()), {
  year: 2026, number: '800/12/2026', firstParty: { name: 'Drs. Bambang Sutrisno', position: 'Camat Muara Badak', rank: 'Pembina', nip: '197501012000031001' },
});
const goal = buildGoal(a);
const entry = (value: number | null, notes: Partial<{ drivers: string; obstacles: string; followUp: string }> = {}) => ({
  value, drivers: notes.drivers ?? '', obstacles: notes.obstacles ?? '', followUp: notes.followUp ?? '',
});

function input(overrides: Partial<LkjipInput> = {}): LkjipInput {
  const villages = buildIndicator(goal, { name: 'Jumlah desa mandiri', unit: 'desa', aggregation: 'sum', annualTarget: 12, quarterTargets: [3, 3, 3, 3] });
  const waiting = buildIndicator(goal, { name: 'Rata-rata waktu layanan KTP', unit: 'hari', polarity: 'lower', aggregation: 'average', annualTarget: 5, quarterTargets: [5, 5, 5, 5] });
  const idm = buildIndicator(goal, { name: 'Indeks desa membangun', unit: 'indeks', aggregation: 'last', annualTarget: 0.7, quarterTargets: [null, null, null, 0.7] });
  return {
    year: 2026,
    unitName: 'Kecamatan Muara Badak',
    tenantName: 'Pemerintah Kabupaten Kutai Kartanegara',
    agreement: a,
    goals: [
      {
        name: 'Meningkatnya kemandirian desa',
        indicators: [
          { indicator: villages, realisations: [entry(3, { drivers: 'Dana desa cair tepat waktu' }), entry(3, { drivers: 'Dana desa cair tepat waktu', obstacles: 'Jalan rusak' }), entry(2), entry(3, { followUp: 'Pendampingan desa' })], known: { lastYear: 10, endTarget: 20 } },
          { indicator: idm, realisations: [null, null, null, entry(0.66)], known: { lastYear: 0.62, endTarget: null } },
        ],
      },
      { name: 'Meningkatnya kualitas pelayanan', indicators: [{ indicator: waiting, realisations: [entry(6), entry(5), entry(4), entry(5)], known: { lastYear: null, endTarget: null } }] },
    ],
    programs: [
      program({ id: 'p1', code: '7.01.01', name: 'Program Penyelenggaraan Pemerintahan', budget: 1_000_000_000, order: 0 }),
      program({ id: 'k1', parentId: 'p1', level: 'kegiatan', code: '7.01.01.2.01', name: 'Pembinaan desa', budget: 400_000_000, order: 0 }),
      program({ id: 'p2', code: '7.01.02', name: 'Program Pelayanan Umum', budget: 250_000_000, order: 1 }),
    ],
    realisedByProgram: new Map([['p1', 900_000_000], ['k1', 380_000_000], ['p2', 225_000_000]]),
    settings: { ...settings, achievementCap: null },
    ...overrides,
  };
}

describe('the LKjIP draft', () => {
  it('fills Bab III\'s tables with the year\'s figures, last year\'s and the end-of-period target', async () => {
    const docx = readDocx(await generateLkjipDocx(input()));
    const achievements = docx.tables.find((t) => t[0]?.includes('Capaian') && t[0]?.includes('Predikat'));
    expect(achievements?.slice(1)).toEqual([
      // 11 of 12 desa → 91,67% Sangat Tinggi; the sasaran cell is written once for its two rows
      // (the second row's is Word's merged continuation, empty).
      ['1', 'Meningkatnya kemandirian desa', 'Jumlah desa mandiri', 'desa', '12', '11', '91,67%', 'Sangat Tinggi'],
      ['2', '', 'Indeks desa membangun', 'indeks', '0,7', '0,66', '94,29%', 'Sangat Tinggi'],
      // Average 5 days against 5 (lower is better) → 100%.
      ['3', 'Meningkatnya kualitas pelayanan', 'Rata-rata waktu layanan KTP', 'hari', '5', '5', '100%', 'Sangat Tinggi'],
    ]);
    const comparison = docx.tables.find((t) => t[0]?.includes('Realisasi 2025'));
    expect(comparison?.slice(1)).toEqual([
      ['1', 'Jumlah desa mandiri', 'desa', '10', '11', 'Membaik', '20', '55%'],
      ['2', 'Indeks desa membangun', 'indeks', '0,62', '0,66', 'Membaik', '—', '—'],
      ['3', 'Rata-rata waktu layanan KTP', 'hari', '—', '5', '—', '—', '—'],
    ]);
    const budget = docx.tables.find((t) => t[0]?.includes('Serapan'));
    expect(budget?.slice(1, -1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['7.01.01', '1.000.000.000', '900.000.000', '90%'],
      ['7.01.01.2.01', '400.000.000', '380.000.000', '95%'],
      ['7.01.02', '250.000.000', '225.000.000', '90%'],
    ]);
    // Only top-level lines add up: 1,25 M budget, 1,125 M spent.
    expect(budget?.at(-1)).toEqual(['TOTAL', '1.250.000.000', '1.125.000.000', '90%']);
    const text = docx.paragraphs.join('\n');
    for (const chapter of ['BAB I PENDAHULUAN', 'BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP']) expect(text).toContain(chapter);
    expect(text).toContain('KECAMATAN MUARA BADAK');
    expect(text).toContain('nomor 800/12/2026');
    // The analysis from the quarters' narratives, each text once with its quarters.
    expect(text).toContain('• TW I, II: Dana desa cair tepat waktu');
    expect(text).toContain('• TW II: Jalan rusak');
    expect(text).toContain('• TW IV: Pendampingan desa');
    // Mean of 91,67, 94,29 and 100 → 95,32; serapan 90 → efficient.
    expect(text).toContain('Rata-rata capaian kinerja 95,32% dengan penyerapan anggaran 90%');
    expect(text).toContain('dinilai efisien');
    expect(text).toContain('NIP 19750101 200003 1 001');
  });

  it('leaves what is not known empty, never 0, and says efficiency cannot be judged yet', () => {
    const lkjip = buildLkjip(input({ realisedByProgram: new Map(), goals: [{ name: 'S', indicators: [{ indicator: buildIndicator(goal), realisations: [null, null, null, null], known: { lastYear: null, endTarget: null } }] }] }));
    expect(lkjip.rows[0]).toMatchObject({ realisation: '—', achievement: '—', category: '—', lastYear: '—' });
    expect(lkjip.totalRealised).toBeNull();
    expect(lkjip.notComputable).toBe(1);
    expect(efficiencySentence(lkjip.efficiency)).toContain('belum dapat dihitung');
  });

  it('writes each narrative once with the quarters that gave it', () => {
    expect(quarterLines([entry(1, { obstacles: 'Hujan' }), entry(1, { obstacles: ' Hujan ' }), null, entry(1, { obstacles: 'Banjir' })], 'obstacles'))
      .toEqual(['TW I, II: Hujan', 'TW IV: Banjir']);
  });
});

describe('the office\'s sheet', () => {
  it('lists this year\'s indicators with last year\'s figure where the app has it, and reads back what the office filled', async () => {
    const goals = [{ name: 'Meningkatnya kemandirian desa', indicators: [{ name: 'Jumlah desa mandiri', unit: 'desa' }, { name: 'Indeks desa membangun', unit: 'indeks' }] }];
    const bytes = await generateLkjipSheet({ year: 2026, unitName: 'Kecamatan Muara Badak', goals, lastYear: new Map([[peerKey(goals[0]!.indicators[0]!), 10]]) });
    const [sheet] = await readExcelFile(Buffer.from(bytes));
    expect(sheet?.data.slice(1)).toEqual([
      ['Sasaran', 'Indikator', 'Satuan', 'Realisasi Tahun Lalu (2025)', 'Target Akhir Periode'],
      ['Meningkatnya kemandirian desa', 'Jumlah desa mandiri', 'desa', 10, null],
      ['Meningkatnya kemandirian desa', 'Indeks desa membangun', 'indeks', null, null],
    ]);
    const file = { name: 'Data-LKjIP.xlsx', size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
    const nodeReader = async (b: ArrayBuffer) => (await readExcelFile(Buffer.from(b))) as unknown as Array<{ sheet: string; data: Array<Array<string | number | null>> }>;
    const read = await readLkjipFile(file, goals[0]!.indicators, nodeReader);
    expect(read).toEqual({ ok: true, read: { known: new Map([[peerKey(goals[0]!.indicators[0]!), { lastYear: 10, endTarget: null }]]), errors: [] } });
    const pdf = new TextEncoder().encode('%PDF-1.4');
    expect(await readLkjipFile({ name: 'x.pdf', size: pdf.length, arrayBuffer: async () => pdf.buffer }, [], nodeReader)).toEqual({ ok: false, error: 'notXlsx' });
  });
});
