// Which indicator may support which (domain.md, "Cascading and alignment"), table-driven.
import { describe, expect, it } from 'vitest';
import { alignmentShare, checkSupport, parentKindsOf, type AlignmentNode, type AlignmentProblem } from '../../src/domain/alignment';

const tenant = 't1';
const dinas = 'unit-dinas';
const other = 'unit-lain';
const n = (id: string, agreementKind: AlignmentNode['agreementKind'], overrides: Partial<AlignmentNode> = {}): AlignmentNode => ({
  id, tenantId: tenant, orgUnitId: agreementKind === 'pemda' ? 'unit-pemda' : dinas, year: 2026, agreementKind, supportsId: null, ...overrides,
});

const nodes = [
  n('iku', 'pemda'),
  n('iku-2025', 'pemda', { year: 2025 }),
  n('iku-other-tenant', 'pemda', { tenantId: 't2' }),
  n('jpt', 'jpt', { supportsId: 'iku' }),
  n('jpt-other-unit', 'jpt', { orgUnitId: other, supportsId: 'iku' }),
  n('adm', 'administrator', { supportsId: 'jpt' }),
  n('peng', 'pengawas', { supportsId: 'adm' }),
  n('camat', 'camat'),
];
const lookup = (id: string) => nodes.find((x) => x.id === id);

describe('an indicator supports', () => {
  const cases: Array<{ name: string; child: AlignmentNode; parentId: string; problem: AlignmentProblem | null }> = [
    { name: "an OPD's JPT indicator: a pemda IKU of its year", child: n('x', 'jpt'), parentId: 'iku', problem: null },
    { name: "a camat's indicator: a pemda IKU", child: n('x', 'camat'), parentId: 'iku', problem: null },
    { name: "an administrator's: the JPT indicator of its own unit", child: n('x', 'administrator'), parentId: 'jpt', problem: null },
    { name: "a pengawas's: the administrator's of its own unit", child: n('x', 'pengawas'), parentId: 'adm', problem: null },
    { name: 'not an id nobody knows', child: n('x', 'jpt'), parentId: 'missing', problem: 'not_found' },
    { name: "not another tenant's IKU", child: n('x', 'jpt'), parentId: 'iku-other-tenant', problem: 'other_tenant' },
    { name: "not another year's IKU", child: n('x', 'jpt'), parentId: 'iku-2025', problem: 'other_year' },
    { name: "not another unit's JPT indicator", child: n('x', 'administrator'), parentId: 'jpt-other-unit', problem: 'other_unit' },
    { name: 'not skipping a level (pengawas → JPT)', child: n('x', 'pengawas'), parentId: 'jpt', problem: 'wrong_level' },
    { name: 'not upwards (JPT → administrator)', child: n('x', 'jpt'), parentId: 'adm', problem: 'wrong_level' },
    { name: "not a camat's indicator from an OPD", child: n('x', 'jpt'), parentId: 'camat', problem: 'wrong_level' },
    { name: 'nothing, for the pemda itself', child: n('x', 'pemda'), parentId: 'iku', problem: 'wrong_level' },
    { name: 'not itself', child: n('jpt', 'jpt'), parentId: 'jpt', problem: 'self' },
  ];
  it.each(cases)('$name', ({ child, parentId, problem }) => {
    expect(checkSupport(child, parentId, lookup)).toBe(problem);
  });

  it("lets a bidang's administrator PK support its own OPD's JPT indicator, and no other OPD's", () => {
    const bidang = n('x', 'administrator', { orgUnitId: 'unit-bidang' });
    const above = (unitId: string, ancestorId: string) => unitId === 'unit-bidang' && ancestorId === dinas;
    expect(checkSupport(bidang, 'jpt', lookup, above)).toBeNull();
    expect(checkSupport(bidang, 'jpt-other-unit', lookup, above)).toBe('other_unit');
    expect(checkSupport(bidang, 'jpt', lookup)).toBe('other_unit');
  });

  it('never walks forever: a cycle stored by mistake above the parent is refused as one', () => {
    const loop = [n('p', 'pemda', { supportsId: 'q' }), n('q', 'pemda', { supportsId: 'p' })];
    expect(checkSupport(n('x', 'jpt'), 'p', (id) => loop.find((x) => x.id === id))).toBe('cycle');
  });

  it('has a level above it for every kind but the pemda', () => {
    expect(parentKindsOf('pemda')).toEqual([]);
    expect(parentKindsOf('pengawas')).toEqual(['administrator']);
  });
});

describe('the share of a unit aligned', () => {
  it('counts the indicators that need a parent, in percent', () => {
    expect(alignmentShare([n('a', 'jpt', { supportsId: 'iku' }), n('b', 'jpt'), n('c', 'administrator', { supportsId: 'a' }), n('d', 'pengawas')])).toBe(50);
  });
  it('leaves the pemda out, and says nothing when nothing needs a parent', () => {
    expect(alignmentShare([n('iku', 'pemda')])).toBeNull();
    expect(alignmentShare([])).toBeNull();
    expect(alignmentShare([n('iku', 'pemda'), n('a', 'camat', { supportsId: 'iku' })])).toBe(100);
  });
});
