// The pohon kinerja's roll-up and at-risk rule (domain.md, "Cascading and alignment"), table-driven.
import { describe, expect, it } from 'vitest';
import { figureOf, rollUpCascade, type CascadeNodeInput, type RollUpSettings } from '../../src/domain/cascade';

const node = (id: string, parentId: string | null, own: number | null = null, ownWarning = false): CascadeNodeInput => ({ id, parentId, own, ownWarning });
const average: RollUpSettings = { rule: 'average', cap: null };

describe('the roll-up of a node', () => {
  const cases: Array<{ name: string; nodes: CascadeNodeInput[]; settings?: RollUpSettings; id: string; own: number | null; rollUp: number | null; withFigure: number; children: number }> = [
    { name: 'a leaf: its own figure, no roll-up', nodes: [node('a', null, 80)], id: 'a', own: 80, rollUp: null, withFigure: 0, children: 0 },
    { name: 'a node without its own figure: the mean of its children', nodes: [node('s', null), node('a', 's', 80), node('b', 's', 100)], id: 's', own: null, rollUp: 90, withFigure: 2, children: 2 },
    { name: 'a node with its own figure keeps it beside the roll-up, never mixed', nodes: [node('s', null, 60), node('a', 's', 80), node('b', 's', 100)], id: 's', own: 60, rollUp: 90, withFigure: 2, children: 2 },
    { name: 'a child without a figure is left out of the mean, not counted as 0', nodes: [node('s', null), node('a', 's', 80), node('b', 's')], id: 's', own: null, rollUp: 80, withFigure: 1, children: 2 },
    { name: 'no child with a figure: no roll-up (not 0)', nodes: [node('s', null), node('a', 's'), node('b', 's')], id: 's', own: null, rollUp: null, withFigure: 0, children: 2 },
    { name: 'uncapped: 150 counts as 150', nodes: [node('s', null), node('a', 's', 150), node('b', 's', 50)], id: 's', own: null, rollUp: 100, withFigure: 2, children: 2 },
    { name: 'capped at 100: 150 counts as 100', nodes: [node('s', null), node('a', 's', 150), node('b', 's', 50)], settings: { rule: 'average', cap: 100 }, id: 's', own: null, rollUp: 75, withFigure: 2, children: 2 },
    { name: 'capped at 120: 150 counts as 120, the own figure stays raw', nodes: [node('s', null, 150), node('a', 's', 150), node('b', 's', 60)], settings: { rule: 'average', cap: 120 }, id: 's', own: 150, rollUp: 90, withFigure: 2, children: 2 },
    { name: 'the weakest child, when the pemda rolls up that way', nodes: [node('s', null), node('a', 's', 80), node('b', 's', 100), node('c', 's', 55)], settings: { rule: 'lowest', cap: null }, id: 's', own: null, rollUp: 55, withFigure: 3, children: 3 },
    { name: 'a child with its own figure gives that, not its roll-up', nodes: [node('m', null), node('s', 'm', 70), node('a', 's', 100)], id: 'm', own: null, rollUp: 70, withFigure: 1, children: 1 },
    { name: 'a child without its own figure gives its roll-up, through the levels', nodes: [node('v', null), node('m', 'v'), node('s', 'm'), node('a', 's', 60), node('b', 's', 80), node('t', 'm', 100)], id: 'v', own: null, rollUp: 85, withFigure: 1, children: 1 },
  ];
  it.each(cases)('$name', ({ nodes, settings, id, own, rollUp, withFigure, children }) => {
    const status = rollUpCascade(nodes, settings ?? average).get(id);
    expect(status).toBeDefined();
    expect(status?.own).toBe(own);
    if (rollUp === null) expect(status?.rollUp).toBeNull();
    else expect(status?.rollUp).toBeCloseTo(rollUp, 10);
    expect(status?.childrenWithFigure).toBe(withFigure);
    expect(status?.children).toBe(children);
  });

  it('the figure a parent takes is the own one first', () => {
    expect(figureOf({ own: 60, rollUp: 90 })).toBe(60);
    expect(figureOf({ own: null, rollUp: 90 })).toBe(90);
    expect(figureOf({ own: null, rollUp: null })).toBeNull();
  });
});

describe('a node at risk', () => {
  const cases: Array<{ name: string; nodes: CascadeNodeInput[]; id: string; atRisk: boolean; reason: 'own' | 'children' | 'both' | null; childrenAtRisk: number }> = [
    { name: 'its own early warning', nodes: [node('a', null, 50, true)], id: 'a', atRisk: true, reason: 'own', childrenAtRisk: 0 },
    { name: 'nothing flags it', nodes: [node('s', null), node('a', 's', 95), node('b', 's', 90)], id: 's', atRisk: false, reason: null, childrenAtRisk: 0 },
    { name: 'half of its children (1 of 2)', nodes: [node('s', null), node('a', 's', 50, true), node('b', 's', 90)], id: 's', atRisk: true, reason: 'children', childrenAtRisk: 1 },
    { name: 'fewer than half (1 of 3)', nodes: [node('s', null), node('a', 's', 50, true), node('b', 's', 90), node('c', 's', 95)], id: 's', atRisk: false, reason: null, childrenAtRisk: 1 },
    { name: 'two of three', nodes: [node('s', null), node('a', 's', 50, true), node('b', 's', 40, true), node('c', 's', 95)], id: 's', atRisk: true, reason: 'children', childrenAtRisk: 2 },
    { name: 'its own warning and its children', nodes: [node('s', null, 40, true), node('a', 's', 50, true)], id: 's', atRisk: true, reason: 'both', childrenAtRisk: 1 },
    { name: 'a child without a figure counts among the children, not among those at risk', nodes: [node('s', null), node('a', 's', 50, true), node('b', 's'), node('c', 's')], id: 's', atRisk: false, reason: null, childrenAtRisk: 1 },
    // The misi is flagged by what happens two levels down, with no figure of its own.
    { name: 'through the levels: units → sasaran → misi', nodes: [node('m', null), node('s1', 'm'), node('s2', 'm'), node('a', 's1', 40, true), node('b', 's1', 50, true), node('c', 's2', 45, true)], id: 'm', atRisk: true, reason: 'children', childrenAtRisk: 2 },
  ];
  it.each(cases)('$name', ({ nodes, id, atRisk, reason, childrenAtRisk }) => {
    const status = rollUpCascade(nodes, average).get(id);
    expect(status?.atRisk).toBe(atRisk);
    expect(status?.riskReason).toBe(reason);
    expect(status?.childrenAtRisk).toBe(childrenAtRisk);
  });
});

describe('bad shapes end', () => {
  it('a child whose parent is not among the nodes is a root', () => {
    const statuses = rollUpCascade([node('a', 'gone', 70)], average);
    expect(statuses.get('a')).toMatchObject({ own: 70, rollUp: null, children: 0 });
  });

  it('a cycle (which the server refuses) is cut where it closes', () => {
    const statuses = rollUpCascade([node('a', 'b', 70), node('b', 'a', 90)], average);
    expect(statuses.size).toBe(2);
    expect([...statuses.values()].every((s) => s.children <= 1)).toBe(true);
  });

  it('a chain thousands deep settles without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => node(`n${i}`, i === 0 ? null : `n${i - 1}`, i === 19_999 ? 80 : null));
    expect(rollUpCascade(chain, average).get('n0')?.rollUp).toBe(80);
  });
});
