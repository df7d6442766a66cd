// The pohon kinerja assembled from the pemda's PK and the units' links (domain/cascade-tree.ts).
import { describe, expect, it } from 'vitest';
import type { QuarterValues } from '../../src/domain/achievement';
import { buildCascadeTree, flattenCascade, type CascadeIndicatorEntry, type CascadeSettings } from '../../src/domain/cascade-tree';
import { defaultTenantSettings } from '../../src/domain/default-settings';
import { buildAchievementIndicator } from './build-achievement-indicator';

const settings: CascadeSettings = { ...defaultTenantSettings, rollUpRule: 'average' };

/** A count indicator with a target of 25 a quarter; `values` its realisations. */
function entry(id: string, supportsId: string | null, values: QuarterValues, options: Partial<CascadeIndicatorEntry> & { previousId?: string } = {}): CascadeIndicatorEntry {
  return {
    indicator: { ...buildAchievementIndicator(), id, name: `Indikator ${id}`, unit: 'layanan', supportsId, previousId: options.previousId ?? null, scaleLevels: [] },
    orgUnitId: options.orgUnitId ?? 'dinas',
    agreementKind: options.agreementKind ?? 'jpt',
    values,
  };
}
const iku = (id: string, goalId: string, values: QuarterValues = [null, null, null, null]) => ({ ...entry(id, null, values, { agreementKind: 'pemda', orgUnitId: 'setda' }), goalId });
const none: QuarterValues = [null, null, null, null];

describe('the pohon kinerja', () => {
  it('hangs each unit indicator under the IKU it supports, and rolls up through IKU to sasaran', () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's1', name: 'Sasaran 1' }],
      ikus: [iku('iku1', 's1'), iku('iku2', 's1')],
      unitIndicators: [entry('a', 'iku1', [25, 25, null, null]), entry('b', 'iku1', [20, 20, null, null]), entry('c', 'iku2', [30, 30, null, null])],
    }, 2, settings);
    const [sasaran] = tree.roots;
    expect(sasaran?.kind).toBe('sasaran');
    expect(sasaran?.children.map((c) => c.id)).toEqual(['iku1', 'iku2']);
    const iku1 = sasaran?.children[0];
    expect(iku1?.children.map((c) => c.id)).toEqual(['a', 'b']);
    expect(iku1?.status.own).toBeNull();
    expect(iku1?.status.rollUp).toBeCloseTo(90, 10); // (100 + 80) / 2
    // The sasaran takes each IKU's roll-up: (90 + 120) / 2 uncapped.
    expect(sasaran?.status.rollUp).toBeCloseTo(105, 10);
    expect(tree.unaligned).toEqual([]);
  });

  it('keeps an IKU measured by Bappeda as its own figure beside the units’ roll-up', () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's1', name: 'S' }],
      ikus: [iku('iku1', 's1', [25, 25, null, null])],
      unitIndicators: [entry('a', 'iku1', [10, 10, null, null])],
    }, 2, settings);
    const node = tree.roots[0]?.children[0];
    expect(node?.status.own).toBe(100);
    expect(node?.status.rollUp).toBe(40);
  });

  it('caps as the tenant caps', () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's1', name: 'S' }], ikus: [iku('iku1', 's1')],
      unitIndicators: [entry('a', 'iku1', [50, 50, null, null]), entry('b', 'iku1', [25, 25, null, null])],
    }, 2, { ...settings, achievementCap: 100 });
    expect(tree.roots[0]?.children[0]?.status.rollUp).toBe(100); // 200 capped to 100, and 100
  });

  it('flags the sasaran when half of what is under it is at risk, and says why', () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's1', name: 'S' }], ikus: [iku('iku1', 's1')],
      unitIndicators: [entry('low', 'iku1', [5, 5, null, null]), entry('ok', 'iku1', [25, 25, null, null])],
    }, 2, settings);
    const [sasaran] = tree.roots;
    const [ikuNode] = sasaran?.children ?? [];
    expect(ikuNode?.children.find((c) => c.id === 'low')?.status.riskReason).toBe('own');
    expect(ikuNode?.status.riskReason).toBe('children');
    expect(sasaran?.status.atRisk).toBe(true);
  });

  it('lists unit indicators that support nothing, or what this device does not hold, as not aligned', () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's1', name: 'S' }], ikus: [iku('iku1', 's1')],
      unitIndicators: [entry('a', null, none), entry('b', 'missing', none), entry('c', 'iku1', none)],
    }, 1, settings);
    expect(tree.unaligned.map((e) => e.indicator.id)).toEqual(['a', 'b']);
    expect(flattenCascade(tree.roots).map((n) => n.id)).toEqual(['sasaran:s1', 'iku1', 'c']);
  });

  it('hangs an administrator’s indicator under the JPT one, and its chain under the IKU', () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's1', name: 'S' }], ikus: [iku('iku1', 's1')],
      unitIndicators: [entry('jpt', 'iku1', none), entry('adm', 'jpt', [25, null, null, null], { agreementKind: 'administrator' }), entry('orphan', 'jpt-unlinked', none, { agreementKind: 'administrator' })],
    }, 1, settings);
    expect(flattenCascade(tree.roots).map((n) => n.id)).toEqual(['sasaran:s1', 'iku1', 'jpt', 'adm']);
    expect(tree.roots[0]?.children[0]?.children[0]?.status.rollUp).toBe(100);
    expect(tree.unaligned.map((e) => e.indicator.id)).toEqual(['orphan']);
  });

  it('follows a link to an IKU of the pemda PK’s earlier version to the IKU that continues it', () => {
    const tree = buildCascadeTree({
      sasaran: [{ id: 's2', name: 'S (perubahan)' }],
      ikus: [{ ...iku('iku-new', 's2'), indicator: { ...iku('iku-new', 's2').indicator, previousId: 'iku-old' } }],
      unitIndicators: [entry('a', 'iku-old', none)],
    }, 1, settings);
    expect(flattenCascade(tree.roots).map((n) => n.id)).toEqual(['sasaran:s2', 'iku-new', 'a']);
    expect(tree.unaligned).toEqual([]);
  });

  it('never loops on a cycle stored by mistake: its members are not aligned', () => {
    const tree = buildCascadeTree({
      sasaran: [], ikus: [],
      unitIndicators: [entry('p', 'q', none, { agreementKind: 'administrator' }), entry('q', 'p', none, { agreementKind: 'administrator' })],
    }, 1, settings);
    expect(tree.roots).toEqual([]);
    expect(tree.unaligned.map((e) => e.indicator.id).sort()).toEqual(['p', 'q']);
  });

  describe('under the RPJMD plan', () => {
    const plan = {
      visi: 'Daerah maju dan sejahtera',
      misi: [
        { id: 'm1', text: 'SDM unggul', tujuan: [{ id: 't11', text: 'Derajat kesehatan' }, { id: 't12', text: 'Mutu pendidikan' }] },
        { id: 'm2', text: 'Tata kelola', tujuan: [{ id: 't21', text: 'Birokrasi akuntabel' }] },
      ],
    };
    const build = (unitValues: { a: QuarterValues; b: QuarterValues; c: QuarterValues }) => buildCascadeTree({
      plan,
      sasaran: [{ id: 's1', name: 'Kesehatan', tujuanId: 't11' }, { id: 's2', name: 'Pendidikan', tujuanId: 't12' }, { id: 's3', name: 'Tanpa tujuan' }, { id: 's4', name: 'Tujuan dihapus', tujuanId: 'gone' }],
      ikus: [iku('iku1', 's1'), iku('iku2', 's2'), iku('iku3', 's3'), iku('iku4', 's4')],
      unitIndicators: [entry('a', 'iku1', unitValues.a), entry('b', 'iku2', unitValues.b), entry('c', 'iku3', unitValues.c)],
    }, 2, settings);

    it('starts at the visi, numbers misi and tujuan, and sets a sasaran serving no tujuan of the plan beside the visi', () => {
      const tree = build({ a: [25, 25, null, null], b: [20, 20, null, null], c: none });
      expect(tree.roots.map((r) => [r.kind, r.id])).toEqual([['visi', 'visi'], ['sasaran', 'sasaran:s3'], ['sasaran', 'sasaran:s4']]);
      const [visi] = tree.roots;
      expect(visi?.children.map((m) => [m.kind, m.number, m.name])).toEqual([['misi', '1', 'SDM unggul'], ['misi', '2', 'Tata kelola']]);
      expect(visi?.children[0]?.children.map((t) => [t.kind, t.number, t.children.map((c) => c.id)])).toEqual([
        ['tujuan', '1.1', ['sasaran:s1']], ['tujuan', '1.2', ['sasaran:s2']],
      ]);
      // A misi with nothing measured under it is in the tree, with no figure and not at risk.
      const misi2 = visi?.children[1];
      expect(misi2?.children.map((t) => t.children.length)).toEqual([0]);
      expect(misi2?.status).toMatchObject({ own: null, rollUp: null, atRisk: false });
    });

    it('rolls the units’ achievement up to the tujuan, the misi and the visi, never as their own figure', () => {
      const tree = build({ a: [25, 25, null, null], b: [20, 20, null, null], c: none });
      const [visi] = tree.roots;
      const misi1 = visi?.children[0];
      expect(misi1?.children.map((t) => t.status.rollUp)).toEqual([100, 80]);
      expect(misi1?.status.own).toBeNull();
      expect(misi1?.status.rollUp).toBe(90);
      expect(visi?.status.own).toBeNull();
      expect(visi?.status.rollUp).toBe(90); // misi 2 has no figure, so only misi 1 counts
    });

    it('flags the misi whose tujuan are falling behind, and the visi with it when it is half its misi', () => {
      // b at 4 of 50 by TW II is projected far below target; a on track.
      const tree = build({ a: [25, 25, null, null], b: [2, 2, null, null], c: none });
      const [visi] = tree.roots;
      const misi1 = visi?.children[0];
      expect(misi1?.children.map((t) => t.status.atRisk)).toEqual([false, true]);
      expect(misi1?.status).toMatchObject({ atRisk: true, riskReason: 'children', childrenAtRisk: 1, children: 2 });
      expect(visi?.status).toMatchObject({ atRisk: true, childrenAtRisk: 1, children: 2 });
    });

    it("shows on an IKU the plan's end-of-period target of the IKU of the same name and satuan, and on no other", () => {
      const planIku = (name: string, satuan: string, endTarget: number | null) => ({ id: `p-${name}`, name, satuan, polarity: 'higher' as const, targets: [], endTarget });
      const tree = buildCascadeTree({
        plan: { ...plan, sasaran: [{ id: 'ps1', tujuanId: 't11', text: 'Kesehatan', iku: [planIku('indikator IKU1', 'Layanan', 74.5), planIku('Indikator iku2', 'orang', 9), planIku('Indikator iku3', 'layanan', null)] }] },
        sasaran: [{ id: 's1', name: 'Kesehatan', tujuanId: 't11' }],
        ikus: [iku('iku1', 's1'), iku('iku2', 's1'), iku('iku3', 's1')],
        unitIndicators: [entry('a', 'iku1', none)],
      }, 2, settings);
      const nodes = flattenCascade(tree.roots).filter((n) => n.kind !== 'iku' || n.id.startsWith('iku'));
      expect(nodes.filter((n) => n.kind === 'iku').map((n) => [n.id, n.planEndTarget ?? null])).toEqual([['iku1', 74.5], ['iku2', null], ['iku3', null]]);
      expect(nodes.filter((n) => n.kind !== 'iku').every((n) => n.planEndTarget === undefined)).toBe(true);
    });
  });
});
