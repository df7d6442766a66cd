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
});
