import { describe, expect, it } from 'vitest';
import { buildDemoData, demoPassword } from '../../src/server/seed/demo-data';
import { tenantSchema } from '../../src/domain/tenant';
import { orgUnitSchema } from '../../src/domain/org-unit';
import { agreementSchema, goalSchema, programSchema } from '../../src/domain/agreement';
import { indicatorSchema } from '../../src/domain/indicator';
import { realisationSchema, checkRealisationValue } from '../../src/domain/realisation';
import { userSchema } from '../../src/domain/user';
import { pastQuarters, periodOf } from '../../src/domain/period';
import { quarterAchievement } from '../../src/domain/achievement';
import { pemdaChain, unitChain } from '../../src/domain/agreement-in-force';
import { checkSupport, type AlignmentNode } from '../../src/domain/alignment';
import { planOfYear, rpjmdPlanSchema, tujuanById, validateRpjmdPlan } from '../../src/domain/rpjmd-plan';

/** Deterministic v4-shaped UUIDs so two builds can be compared. */
function counterIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

const now = new Date('2026-11-22T08:00:00Z'); // TW IV 2026: TW I–III are past
const data = buildDemoData({ now, newId: counterIds() });

/** The indicators of each pemda's own PK (its IKU), whose figures Bappeda enters. */
function pemdaIkuIds(demo: ReturnType<typeof buildDemoData>): Set<string> {
  const pemdaPks = new Set(demo.agreements.filter((a) => a.kind === 'pemda').map((a) => a.id));
  return new Set(demo.indicators.filter((i) => pemdaPks.has(i.agreementId)).map((i) => i.id));
}

describe('buildDemoData', () => {
  it('every row parses with its schema', () => {
    for (const t of data.tenants) expect(tenantSchema.parse(t)).toEqual(t);
    for (const u of data.orgUnits) expect(orgUnitSchema.parse(u)).toEqual(u);
    for (const a of data.agreements) expect(agreementSchema.parse(a)).toEqual(a);
    for (const g of data.goals) expect(goalSchema.parse(g)).toEqual(g);
    for (const i of data.indicators) expect(indicatorSchema.parse(i)).toEqual(i);
    for (const p of data.programs) expect(programSchema.parse(p)).toEqual(p);
    for (const r of data.realisations) expect(realisationSchema.parse(r)).toEqual(r);
    for (const { password, ...user } of data.users) {
      expect(userSchema.parse({ ...user, active: true })).toBeTruthy();
      expect(password).toBe(demoPassword);
    }
  });

  it('uses the sync meta of a fresh row and the year of now', () => {
    const rows = [...data.orgUnits, ...data.agreements, ...data.goals, ...data.indicators, ...data.programs, ...data.realisations];
    for (const row of rows) {
      expect(row).toMatchObject({ rev: 0, updatedAt: now.toISOString(), updatedBy: null, deviceId: null, deleted: false });
    }
    for (const a of data.agreements) expect(a.year).toBe(2026);
  });

  it('ids are unique and deterministic', () => {
    const ids = [data.tenants, data.orgUnits, data.users, data.agreements, data.goals, data.indicators, data.programs, data.realisations]
      .flat()
      .map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildDemoData({ now, newId: counterIds() })).toEqual(data);
  });

  it('defaults to random UUIDs', () => {
    const random = buildDemoData({ now });
    expect(random.tenants[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(random.tenants[0]?.id).not.toBe(buildDemoData({ now }).tenants[0]?.id);
  });

  it("gives each pemda its own signed PK in the setda, whose IKU every unit indicator links to, but for a few left unlinked", () => {
    const nodeOf = new Map<string, AlignmentNode>();
    for (const i of data.indicators) {
      const pk = data.agreements.find((a) => a.id === i.agreementId);
      if (!pk) throw new Error('indicator without PK');
      nodeOf.set(i.id, { id: i.id, tenantId: i.tenantId, orgUnitId: pk.orgUnitId, year: pk.year, agreementKind: pk.kind, supportsId: i.supportsId });
    }
    for (const tenant of data.tenants) {
      const setda = data.orgUnits.find((u) => u.tenantId === tenant.id && u.type === 'setda');
      const pemda = pemdaChain(data.agreements.filter((a) => a.tenantId === tenant.id));
      expect(pemda).toHaveLength(1);
      expect(pemda[0]).toMatchObject({ orgUnitId: setda?.id, status: 'signed', firstParty: { name: tenant.regionalHeadName } });
      const ikus = data.indicators.filter((i) => i.agreementId === pemda[0]?.id);
      expect(data.goals.filter((g) => g.agreementId === pemda[0]?.id).length).toBeGreaterThanOrEqual(3);
      const units = data.indicators.filter((i) => i.tenantId === tenant.id && !ikus.includes(i));
      for (const iku of ikus) expect(units.some((i) => i.supportsId === iku.id), iku.name).toBe(true);
      for (const i of units.filter((u) => u.supportsId !== null)) {
        const node = nodeOf.get(i.id);
        if (!node || i.supportsId === null) throw new Error('no node');
        expect(checkSupport(node, i.supportsId, (id) => nodeOf.get(id)), i.name).toBeNull();
      }
      const unlinked = units.filter((i) => i.supportsId === null);
      expect(unlinked.length, tenant.name).toBeGreaterThanOrEqual(2);
      expect(unlinked.length / units.length, tenant.name).toBeLessThan(0.3);
    }
    // The pemda's PK comes before the units' (a device never pulls a link before its IKU).
    expect(data.agreements.slice(0, 2).map((a) => a.kind)).toEqual(['pemda', 'pemda']);
  });

  it('gives each pemda an RPJMD holding the year, every sasaran daerah serving one of its tujuan', () => {
    expect(data.rpjmdPlans).toHaveLength(2);
    for (const tenant of data.tenants) {
      const plans = data.rpjmdPlans.filter((p) => p.tenantId === tenant.id);
      const plan = planOfYear(plans, 2026);
      if (!plan) throw new Error(`${tenant.name}: no plan for 2026`);
      expect(rpjmdPlanSchema.parse(plan)).toEqual(plan);
      expect(validateRpjmdPlan(plan)).toEqual([]);
      expect([plan.periodStart, plan.periodEnd]).toEqual([2025, 2029]);
      expect(plan.misi.length).toBeGreaterThanOrEqual(3);
      const tujuan = tujuanById(plan);
      const [pemda] = pemdaChain(data.agreements.filter((a) => a.tenantId === tenant.id));
      const sasaran = data.goals.filter((g) => g.agreementId === pemda?.id);
      for (const goal of sasaran) expect(goal.tujuanId && tujuan.has(goal.tujuanId), goal.name).toBe(true);
      // Unit sasaran serve no tujuan themselves (they support through their indicators).
      expect(data.goals.filter((g) => g.tenantId === tenant.id && g.agreementId !== pemda?.id).every((g) => !g.tujuanId)).toBe(true);
    }
    // Seruyan's third misi has no sasaran in this year's PK: the tree shows it empty.
    const seruyan = data.tenants.find((t) => t.name === 'Kabupaten Seruyan');
    const plan = data.rpjmdPlans.find((p) => p.tenantId === seruyan?.id);
    const served = new Set(data.goals.map((g) => g.tujuanId));
    expect(plan?.misi.map((m) => m.tujuan.some((tj) => served.has(tj.id)))).toEqual([true, true, false]);
  });

  it('has the two pemda with their units', () => {
    const [kaltim, seruyan] = data.tenants;
    expect(kaltim).toMatchObject({ name: 'Provinsi Kalimantan Timur', kind: 'provinsi', regionalHeadTitle: 'Gubernur Kalimantan Timur' });
    expect(seruyan).toMatchObject({ name: 'Kabupaten Seruyan', kind: 'kabupaten', regionalHeadTitle: 'Bupati Seruyan' });
    const names = (tenantId: string | undefined) => data.orgUnits.filter((u) => u.tenantId === tenantId).map((u) => u.name);
    const kaltimUnits = names(kaltim?.id);
    expect(kaltimUnits.length).toBeGreaterThanOrEqual(8);
    for (const part of ['Badan Perencanaan', 'Inspektorat', 'Dinas Perhubungan', 'Dinas Kesehatan', 'Dinas Pendidikan dan Kebudayaan', 'Pekerjaan Umum', 'RSJD Atma Husada Mahakam', 'Penanaman Modal']) {
      expect(kaltimUnits.some((n) => n.includes(part))).toBe(true);
    }
    const seruyanUnits = names(seruyan?.id);
    expect(seruyanUnits.filter((n) => n.startsWith('Kecamatan ')).length).toBeGreaterThanOrEqual(3);
    for (const part of ['Kecamatan Seruyan Hilir', 'Kecamatan Danau Sembuluh', 'Badan Perencanaan', 'Inspektorat']) {
      expect(seruyanUnits.some((n) => n.includes(part))).toBe(true);
    }
    for (const tenant of data.tenants) {
      const codes = data.orgUnits.filter((u) => u.tenantId === tenant.id).map((u) => u.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('each unit has one signed PK murni with 2–3 goals, 3–8 mixed indicators and 2–4 programs', () => {
    for (const unit of data.orgUnits) {
      const agreements = unitChain(data.agreements.filter((a) => a.orgUnitId === unit.id));
      expect(agreements).toHaveLength(1);
      const pk = agreements[0];
      expect(pk).toMatchObject({ version: 0, parentId: null, status: 'signed', kind: unit.type === 'kecamatan' ? 'camat' : 'jpt' });
      expect(pk?.firstParty.nip).toMatch(/^\d{18}$/);
      const tenant = data.tenants.find((t) => t.id === unit.tenantId);
      expect(pk?.secondParty).toEqual({ name: tenant?.regionalHeadName, position: tenant?.regionalHeadTitle });

      const goals = data.goals.filter((g) => g.agreementId === pk?.id);
      expect(goals.length).toBeGreaterThanOrEqual(2);
      expect(goals.length).toBeLessThanOrEqual(3);
      const indicators = data.indicators.filter((i) => i.agreementId === pk?.id);
      expect(indicators.length).toBeGreaterThanOrEqual(3);
      expect(indicators.length).toBeLessThanOrEqual(8);
      expect(new Set(indicators.map((i) => i.polarity)).size, unit.name).toBe(2);
      expect(new Set(indicators.map((i) => i.aggregation)).size, unit.name).toBeGreaterThanOrEqual(2);
      expect(new Set(indicators.map((i) => i.targetType)).size, unit.name).toBeGreaterThanOrEqual(2);

      const programs = data.programs.filter((p) => p.agreementId === pk?.id);
      const top = programs.filter((p) => p.level === 'program');
      expect(top.length).toBeGreaterThanOrEqual(2);
      expect(top.length).toBeLessThanOrEqual(4);
      for (const p of programs.filter((x) => x.level !== 'subkegiatan')) {
        const children = programs.filter((c) => c.parentId === p.id);
        expect(children.length, p.name).toBeGreaterThan(0);
        expect(children.reduce((s, c) => s + c.budget, 0)).toBe(p.budget);
      }
      for (const p of programs) expect(p.budget).toBeGreaterThan(0);
    }
  });

  it('covers every aggregation and target type, with scale levels and a formula override', () => {
    for (const tenant of data.tenants) {
      const indicators = data.indicators.filter((i) => i.tenantId === tenant.id);
      expect(new Set(indicators.map((i) => i.aggregation))).toEqual(new Set(['sum', 'last', 'flat', 'average']));
      expect(new Set(indicators.map((i) => i.targetType))).toEqual(new Set(['number', 'percent', 'scale', 'text', 'range']));
    }
    for (const i of data.indicators.filter((x) => x.targetType === 'scale')) expect(i.scaleLevels.length).toBeGreaterThan(0);
    expect(data.indicators.some((i) => i.lowerIsBetterFormula === 'B')).toBe(true);
    for (const name of ['Rata-rata waktu penyelesaian perizinan', 'Angka kematian ibu', 'Persentase temuan BPK yang belum ditindaklanjuti']) {
      expect(data.indicators.find((i) => i.name.startsWith(name))?.polarity).toBe('lower');
    }
  });

  it('quarter targets agree with the annual target', () => {
    for (const i of data.indicators) {
      const qs = i.quarterTargets.filter((t) => t !== null);
      if (i.targetType === 'text' || i.targetType === 'range') continue;
      if (i.aggregation === 'sum') expect(qs.reduce<number>((s, t) => s + (t as number), 0), i.name).toBe(i.annualTarget);
      if (i.aggregation === 'flat') for (const t of qs) expect(t, i.name).toBe(i.annualTarget);
      if (i.aggregation === 'last' && i.quarterTargets[3] !== null) expect(i.quarterTargets[3], i.name).toBe(i.annualTarget);
      if (i.targetType === 'scale') for (const t of qs) expect(i.scaleLevels.map((l) => l.score)).toContain(t);
    }
  });

  it('realisations: past quarters only, of reporting units, valid values, verified then draft', () => {
    const past = pastQuarters(2026, now, 'Asia/Jakarta');
    expect(past).toEqual([1, 2, 3]);
    expect(data.realisations.length).toBeGreaterThan(0);
    const pemdaIku = pemdaIkuIds(data);
    for (const r of data.realisations) {
      expect(past).toContain(r.quarter);
      expect(r.year).toBe(2026);
      expect(r.value).not.toBeNull();
      // Bappeda's own IKU figures take no review (issue 19); the units' are verified but the last.
      expect(r.status).toBe(pemdaIku.has(r.indicatorId) || r.quarter === 3 ? 'draft' : 'verified');
      const indicator = data.indicators.find((i) => i.id === r.indicatorId);
      expect(indicator?.orgUnitId).toBe(r.orgUnitId);
      expect(indicator?.tenantId).toBe(r.tenantId);
      if (indicator) expect(checkRealisationValue(indicator, r.value)).toBeNull();
    }
    const keys = data.realisations.map((r) => `${r.indicatorId}/${r.quarter}`);
    expect(new Set(keys).size).toBe(keys.length);
    const reporting = new Set(data.realisations.map((r) => data.orgUnits.find((u) => u.id === r.orgUnitId)?.name));
    expect(reporting.has('Dinas Perhubungan')).toBe(true);
    expect(reporting.has('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu')).toBe(false);
    expect([...reporting].filter((n) => n?.startsWith('Kecamatan '))).toEqual(['Kecamatan Seruyan Hilir']);
    expect(data.realisations.some((r) => r.obstacles !== '' && r.followUp !== '' && r.drivers !== '')).toBe(true);
  });

  it('most reported quarters have a computable achievement', () => {
    const computable = data.realisations.filter((r) => {
      const indicator = data.indicators.find((i) => i.id === r.indicatorId);
      if (!indicator) return false;
      const values = [null, null, null, null] as [number | null, number | null, number | null, number | null];
      values[r.quarter - 1] = r.value;
      return quarterAchievement(indicator, values, r.quarter, 'A').computable;
    });
    expect(computable.length / data.realisations.length).toBeGreaterThan(0.9);
  });

  it('before any quarter has ended there are no realisations', () => {
    const early = buildDemoData({ now: new Date('2027-02-10T00:00:00Z'), newId: counterIds() });
    expect(periodOf(new Date('2027-02-10T00:00:00Z'), 'Asia/Jakarta').year).toBe(2027);
    expect(early.realisations).toEqual([]);
    expect(early.agreements.every((a) => a.year === 2027)).toBe(true);
  });

  it('gives Kalimantan Timur WITA and Seruyan WIB', () => {
    expect(data.tenants.map((t) => [t.name, t.settings.timeZone])).toEqual([
      ['Provinsi Kalimantan Timur', 'Asia/Makassar'], ['Kabupaten Seruyan', 'Asia/Jakarta'],
    ]);
  });

  it('reads the quarter in each tenant’s own zone: 31 March 16:30 UTC is TW II in WITA, still TW I in WIB', () => {
    const boundary = buildDemoData({ now: new Date('2026-03-31T16:30:00Z'), newId: counterIds() });
    const quartersOf = (tenantName: string) => {
      const tenant = boundary.tenants.find((t) => t.name === tenantName);
      return [...new Set(boundary.realisations.filter((r) => r.tenantId === tenant?.id).map((r) => r.quarter))];
    };
    expect(quartersOf('Provinsi Kalimantan Timur')).toEqual([1]);
    expect(quartersOf('Kabupaten Seruyan')).toEqual([]);
  });

  it("gives each pemda Bappeda's own figures of an IKU measured more than once a year, and Kaltim a planner", () => {
    for (const tenant of data.tenants) {
      const own = data.realisations.filter((r) => r.tenantId === tenant.id && pemdaIkuIds(data).has(r.indicatorId));
      expect(own.length, tenant.name).toBeGreaterThan(0);
    }
    expect(data.users.filter((u) => u.planner).map((u) => [u.username, u.role])).toEqual([['perencana.kaltim', 'evaluator']]);
  });

  it('in TW III, TW I is verified and TW II is draft', () => {
    const mid = buildDemoData({ now: new Date('2026-08-01T00:00:00Z'), newId: counterIds() });
    const units = mid.realisations.filter((r) => !pemdaIkuIds(mid).has(r.indicatorId));
    expect(new Set(units.map((r) => `${r.quarter}:${r.status}`))).toEqual(new Set(['1:verified', '2:draft']));
  });

  it('users: unique usernames, accounts per role and unit, NIPs of 18 digits', () => {
    const usernames = data.users.map((u) => u.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const name of ['operator.dishub', 'kadis.dishub', 'operator.dinkes', 'evaluator.kaltim', 'pimpinan.kaltim', 'admin.kaltim', 'operator.seruyanhilir', 'camat.seruyanhilir', 'evaluator.seruyan', 'admin.seruyan']) {
      expect(usernames).toContain(name);
    }
    for (const tenant of data.tenants) {
      const users = data.users.filter((u) => u.tenantId === tenant.id);
      const roleCount = (role: string) => users.filter((u) => u.role === role).length;
      expect(roleCount('operator')).toBeGreaterThanOrEqual(3);
      expect(roleCount('head')).toBeGreaterThanOrEqual(3);
      expect(users.filter((u) => u.role === 'evaluator' && !u.planner).length).toBe(1);
      expect(roleCount('leader')).toBe(1);
      expect(roleCount('admin')).toBe(1);
      const evaluator = users.find((u) => u.role === 'evaluator' && !u.planner);
      expect(data.orgUnits.find((u) => u.id === evaluator?.orgUnitId)?.name).toContain('Perencanaan');
      for (const u of users) {
        const unit = data.orgUnits.find((x) => x.id === u.orgUnitId);
        expect(unit?.tenantId).toBe(tenant.id);
      }
    }
    for (const head of data.users.filter((u) => u.role === 'head')) {
      const pk = data.agreements.find((a) => a.orgUnitId === head.orgUnitId);
      expect(pk?.firstParty).toMatchObject({ name: head.name, nip: head.nip });
    }
    const nipsByName = new Map<string, string | null>();
    for (const u of data.users) {
      expect(u.nip).toMatch(/^\d{18}$/);
      if (nipsByName.has(u.name)) expect(nipsByName.get(u.name)).toBe(u.nip);
      nipsByName.set(u.name, u.nip);
    }
    expect(new Set(nipsByName.values()).size).toBe(nipsByName.size);
  });

  it('references hold together', () => {
    const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    const units = ids(data.orgUnits);
    const agreements = ids(data.agreements);
    const goals = ids(data.goals);
    const tenants = ids(data.tenants);
    for (const row of [...data.orgUnits, ...data.agreements, ...data.goals, ...data.indicators, ...data.programs, ...data.realisations]) {
      expect(tenants.has(row.tenantId)).toBe(true);
    }
    for (const a of data.agreements) expect(units.has(a.orgUnitId)).toBe(true);
    for (const row of [...data.goals, ...data.indicators, ...data.programs]) {
      expect(agreements.has(row.agreementId)).toBe(true);
      expect(data.agreements.find((a) => a.id === row.agreementId)?.orgUnitId).toBe(row.orgUnitId);
    }
    for (const i of data.indicators) {
      expect(goals.has(i.goalId)).toBe(true);
      expect(data.goals.find((g) => g.id === i.goalId)?.agreementId).toBe(i.agreementId);
    }
    for (const p of data.programs.filter((x) => x.parentId !== null)) {
      const parent = data.programs.find((x) => x.id === p.parentId);
      expect(parent?.agreementId).toBe(p.agreementId);
      expect(p.code.startsWith(`${parent?.code}.`)).toBe(true);
    }
  });
});
