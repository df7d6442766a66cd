// Demo data: two pemda with signed PKs, budget lines, users and the realisations of the quarters
// already past. Pure and deterministic given `now` and `newId`; the seeder does the I/O and assigns
// revs. Content lives in demo-content*.ts.
import type { Tenant } from '../../domain/tenant';
import type { OrgUnit } from '../../domain/org-unit';
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { RpjmdPlan } from '../../domain/rpjmd-plan';
import type { PlanIku, PlanSasaran } from '../../domain/rpjmd-plan-sasaran';
import type { Role } from '../../domain/role';
import { defaultTenantSettings, permendagri86Bands } from '../../domain/default-settings';
import { pastQuarters, periodOf } from '../../domain/period';
import {
  bappedaUnit,
  inspektoratUnit,
  kecamatanUnit,
  setdaUnit,
  type PersonSpec,
  type ProgramSpec,
  type RegionContext,
  type UnitSpec,
} from './demo-content';
import { demoPlanPeriod, kaltimPemdaPk, seruyanPemdaPk, type IkuSpec, type PemdaPkSpec } from './demo-cascade';
import { dinkesUnit, dishubUnit, disdikbudUnit, dpmptspUnit, puprUnit, rsjdUnit } from './demo-content-opd';

export const demoPassword = 'Kinerja2026!';

export interface DemoUser {
  id: string;
  tenantId: string;
  orgUnitId: string;
  username: string;
  password: string;
  name: string;
  role: Role;
  position: string;
  nip: string | null;
  /** The planner right (domain/permissions.ts canEditPlan). */
  planner: boolean;
}

export interface DemoData {
  tenants: Tenant[];
  orgUnits: OrgUnit[];
  users: DemoUser[];
  agreements: Agreement[];
  goals: Goal[];
  indicators: Indicator[];
  programs: Program[];
  realisations: Realisation[];
  /** Each pemda's RPJMD (visi, misi, tujuan) holding the demo year. */
  rpjmdPlans: RpjmdPlan[];
}

/** An account of the pemda that is not a unit's head or operator. */
interface StaffAccount {
  username: string;
  role: Role;
  unitSlug: string;
  person: PersonSpec;
  /** The planner right (domain/permissions.ts canEditPlan). */
  planner?: boolean;
}

interface TenantSpec {
  name: string;
  kind: Tenant['kind'];
  regionalHeadName: string;
  regionalHeadTitle: string;
  tenantSlug: string;
  place: string;
  settings: Tenant['settings'];
  units: UnitSpec[];
  staff: StaffAccount[];
  pemdaPk: PemdaPkSpec;
}

const person = (name: string, position: string, rank: string, born: number, female = false): PersonSpec => ({
  name,
  position,
  rank,
  born,
  female,
});

function kaltim(year: number): TenantSpec {
  const ctx: RegionContext = { year, region: 'Provinsi Kalimantan Timur', level: 'PROVINSI', budgetScale: 4 };
  const opd = { ...ctx, budgetScale: 1 };
  const op = (name: string, born: number, female = false) =>
    person(name, 'Analis Perencanaan, Evaluasi dan Pelaporan', 'Penata Muda Tingkat I (III/b)', born, female);
  const kepala = (name: string, unit: string, born: number, female = false) =>
    person(name, `Kepala ${unit} Provinsi Kalimantan Timur`, 'Pembina Utama Muda (IV/c)', born, female);
  return {
    name: 'Provinsi Kalimantan Timur',
    kind: 'provinsi',
    regionalHeadName: 'Dr. H. Ahmad Syaifuddin Noor, M.Si.',
    regionalHeadTitle: 'Gubernur Kalimantan Timur',
    tenantSlug: 'kaltim',
    place: 'Samarinda',
    settings: { ...defaultTenantSettings, categoryBands: [...permendagri86Bands] },
    units: [
      setdaUnit(ctx, person('Dr. Hj. Nurul Fitriani, S.H., M.Si.', 'Sekretaris Daerah Provinsi Kalimantan Timur', 'Pembina Utama Madya (IV/d)', 1969, true), true),
      bappedaUnit(ctx, kepala('Dr. Ir. Yusuf Hidayatullah, M.T.', 'Badan Perencanaan Pembangunan Daerah', 1971), op('Arief Budiman, S.T., M.PWK.', 1986), true),
      inspektoratUnit(ctx, person('Drs. Agus Setiawan Pranoto, M.Ak.', 'Inspektur Provinsi Kalimantan Timur', 'Pembina Utama Muda (IV/c)', 1970), op('Wulan Safitri, S.Ak.', 1991, true), true),
      dishubUnit(opd, { head: kepala('Ir. Bambang Sutrisno, M.T.', 'Dinas Perhubungan', 1972), operator: op('Rina Marlina, S.E.', 1990, true) }),
      dinkesUnit(opd, { head: kepala('dr. Siti Aisyah Ramadhani, M.Kes.', 'Dinas Kesehatan', 1974, true), operator: op('Dewi Kartika Sari, S.K.M.', 1992, true) }),
      disdikbudUnit(opd, { head: kepala('Dr. H. Muhammad Taufik Hidayat, M.Pd.', 'Dinas Pendidikan dan Kebudayaan', 1968), operator: op('Rahmat Hidayat, S.Pd.', 1988) }),
      puprUnit(opd, { head: kepala('Ir. Andi Baso Makkawaru, M.T.', 'Dinas PUPR dan Perumahan Rakyat', 1970), operator: op('Nur Aini, S.T.', 1993, true) }),
      rsjdUnit(opd, {
        head: person('dr. Indah Puspitasari, Sp.KJ., M.Kes.', 'Direktur RSJD Atma Husada Mahakam', 'Pembina Utama Muda (IV/c)', 1975, true),
        operator: op('Yogi Pratama, S.Kep., Ns.', 1994),
      }),
      dpmptspUnit(opd, { head: kepala('Drs. Hendra Wijaya Kusuma, M.Si.', 'Dinas Penanaman Modal dan PTSP', 1971), operator: op('Lestari Wulandari, S.AP.', 1995, true) }),
    ],
    staff: [
      { username: 'evaluator.kaltim', role: 'evaluator', unitSlug: 'bappeda', person: person('Fitri Handayani, S.E., M.Ec.Dev.', 'Perencana Ahli Muda', 'Penata Tingkat I (III/d)', 1985, true) },
      { username: 'perencana.kaltim', role: 'evaluator', planner: true, unitSlug: 'bappeda', person: person('Bayu Setiawan, S.T., M.T.', 'Perencana Ahli Madya', 'Pembina (IV/a)', 1980) },
      { username: 'pimpinan.kaltim', role: 'leader', unitSlug: 'setda', person: person('Dr. Hj. Nurul Fitriani, S.H., M.Si.', 'Sekretaris Daerah Provinsi Kalimantan Timur', 'Pembina Utama Madya (IV/d)', 1969, true) },
      { username: 'admin.kaltim', role: 'admin', unitSlug: 'setda', person: person('Maya Anggraini, S.Sos., M.AP.', 'Analis Kebijakan Ahli Muda Biro Organisasi', 'Penata (III/c)', 1987, true) },
    ],
    pemdaPk: kaltimPemdaPk(year),
  };
}

function seruyan(year: number): TenantSpec {
  const ctx: RegionContext = { year, region: 'Kabupaten Seruyan', level: 'KABUPATEN/KOTA', budgetScale: 1 };
  const op = (name: string, born: number, female = false) => person(name, 'Pengelola Data Kinerja', 'Penata Muda (III/a)', born, female);
  const camat = (name: string, kecamatan: string, born: number, female = false) =>
    person(name, `Camat ${kecamatan}`, 'Pembina (IV/a)', born, female);
  const kecamatan = [
    { slug: 'seruyanhilir', name: 'Seruyan Hilir', villages: 9, head: camat('Muhammad Arsyad, S.STP., M.Si.', 'Seruyan Hilir', 1980), operator: op('Ahmad Fauzan, S.Kom.', 1993), reports: true },
    { slug: 'danausembuluh', name: 'Danau Sembuluh', villages: 6, head: camat('Yohanes Ardi, S.Sos.', 'Danau Sembuluh', 1976), operator: op('Sri Wahyuni, A.Md.', 1995, true), reports: false },
    { slug: 'seruyantengah', name: 'Seruyan Tengah', villages: 11, head: camat('Hardiansyah, S.IP.', 'Seruyan Tengah', 1978), operator: op('Budi Santoso, S.E.', 1990), reports: false },
    { slug: 'hanau', name: 'Hanau', villages: 10, head: camat('Siti Rahmawati, S.Sos., M.AP.', 'Hanau', 1979, true), operator: op('Erlina Susanti, S.AP.', 1994, true), reports: false },
  ];
  return {
    name: 'Kabupaten Seruyan',
    kind: 'kabupaten',
    regionalHeadName: 'H. Darmawan Saputra, S.H., M.H.',
    regionalHeadTitle: 'Bupati Seruyan',
    tenantSlug: 'seruyan',
    place: 'Kuala Pembuang',
    settings: { ...defaultTenantSettings, achievementCap: 120, categoryBands: [...permendagri86Bands] },
    units: [
      setdaUnit(ctx, person('Ir. Ruslan Effendi, M.Si.', 'Sekretaris Daerah Kabupaten Seruyan', 'Pembina Utama Muda (IV/c)', 1970), false),
      bappedaUnit(ctx, person('Dwi Haryanto, S.T., M.T.', 'Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Seruyan', 'Pembina Tingkat I (IV/b)', 1975), op('Yuliani Pratiwi, S.E.', 1993, true), false),
      inspektoratUnit(ctx, person('Hj. Normiliyani, S.E., M.M.', 'Inspektur Kabupaten Seruyan', 'Pembina Tingkat I (IV/b)', 1973, true), op('Hendri Kurniawan, S.H.', 1991), false),
      ...kecamatan.map((k, i) => kecamatanUnit(ctx, k, i)),
    ],
    staff: [
      { username: 'evaluator.seruyan', role: 'evaluator', unitSlug: 'bappeda', person: person('Rizki Aditya Putra, S.E.', 'Perencana Ahli Pertama', 'Penata Muda (III/a)', 1992) },
      { username: 'pimpinan.seruyan', role: 'leader', unitSlug: 'setda', person: person('Ir. Ruslan Effendi, M.Si.', 'Sekretaris Daerah Kabupaten Seruyan', 'Pembina Utama Muda (IV/c)', 1970) },
      { username: 'admin.seruyan', role: 'admin', unitSlug: 'setda', person: person('Novita Sari, S.Kom.', 'Pranata Komputer Ahli Pertama Bagian Organisasi', 'Penata Muda Tingkat I (III/b)', 1994, true) },
    ],
    pemdaPk: seruyanPemdaPk(year),
  };
}

/**
 * A plausible NIP: birth date (8), CPNS appointment year and month (6), gender (1: 1 male,
 * 2 female), serial (3). The serial comes from a counter so that every NIP is distinct.
 */
function nipOf(p: PersonSpec, serial: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const month = 1 + ((serial * 5) % 12);
  const day = 1 + ((serial * 11) % 28);
  const appointed = p.born + 24 + (serial % 4);
  return `${p.born}${pad(month, 2)}${pad(day, 2)}${appointed}${pad(serial % 2 === 0 ? 3 : 1, 2)}${p.female ? 2 : 1}${pad(serial % 1000, 3)}`;
}

export function buildDemoData(options: { now: Date; newId?: () => string }): DemoData {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const meta = (tenantId: string) => ({
    id: newId(),
    tenantId,
    rev: 0,
    updatedAt: options.now.toISOString(),
    updatedBy: null,
    deviceId: null,
    deleted: false,
  });
  const data: DemoData = { tenants: [], orgUnits: [], users: [], agreements: [], goals: [], indicators: [], programs: [], realisations: [], rpjmdPlans: [] };
  const pemdaFirst: PemdaPkRows[] = [];
  const nips = new Map<string, string>();
  const nipFor = (p: PersonSpec): string => {
    let nip = nips.get(p.name);
    if (nip === undefined) {
      nip = nipOf(p, nips.size + 1);
      nips.set(p.name, nip);
    }
    return nip;
  };

  // Kalimantan Timur keeps WITA (UTC+8), Seruyan in Kalimantan Tengah WIB (UTC+7).
  for (const [build, timeZone] of [[kaltim, 'Asia/Makassar'], [seruyan, 'Asia/Jakarta']] as const) {
    // The year and the quarters already reported are each tenant's own, read in its zone.
    const { year } = periodOf(options.now, timeZone);
    const past = pastQuarters(year, options.now, timeZone);
    const latestPast = past[past.length - 1];
    const spec = build(year);
    const tenantId = newId();
    data.tenants.push({
      id: tenantId,
      name: spec.name,
      kind: spec.kind,
      regionalHeadName: spec.regionalHeadName,
      regionalHeadTitle: spec.regionalHeadTitle,
      settings: { ...spec.settings, timeZone },
    });
    const unitIds = new Map<string, string>();
    const unitIndicators = new Map<string, Indicator>();
    const addUser = (unitId: string, username: string, role: Role, p: PersonSpec, planner = false) =>
      data.users.push({ id: newId(), tenantId, orgUnitId: unitId, username, password: demoPassword, name: p.name, role, position: p.position, nip: nipFor(p), planner });

    spec.units.forEach((unit, unitIndex) => {
      const unitRow: OrgUnit = { ...meta(tenantId), parentId: null, code: unit.code, name: unit.name, type: unit.type, active: true };
      data.orgUnits.push(unitRow);
      unitIds.set(unit.slug, unitRow.id);
      const suffix = spec.tenantSlug === 'kaltim' ? '' : `.${spec.tenantSlug}`;
      const login = unit.type === 'kecamatan' ? unit.slug : `${unit.slug}${suffix}`;
      if (unit.operator) addUser(unitRow.id, `operator.${login}`, 'operator', unit.operator);
      if (unit.headLogin) addUser(unitRow.id, `${unit.headLogin}.${login}`, 'head', unit.head);

      const agreement: Agreement = {
        ...meta(tenantId),
        orgUnitId: unitRow.id,
        year,
        version: 0,
        parentId: null,
        kind: unit.type === 'kecamatan' ? 'camat' : 'jpt',
        status: 'signed',
        number: `000.8.3/${String(unitIndex + 1).padStart(3, '0')}/PK-${unit.slug.toUpperCase()}/${year}`,
        firstParty: { name: unit.head.name, position: unit.head.position, rank: unit.head.rank, nip: nipFor(unit.head) },
        secondParty: { name: spec.regionalHeadName, position: spec.regionalHeadTitle },
        signedOn: `${year}-01-${String(15 + unitIndex).padStart(2, '0')}`,
        signedPlace: spec.place,
        signedScan: null,
      };
      data.agreements.push(agreement);
      const scoped = { orgUnitId: unitRow.id, agreementId: agreement.id };

      let indicatorOrder = 0;
      unit.goals.forEach((goalSpec, goalIndex) => {
        const goal: Goal = { ...meta(tenantId), ...scoped, order: goalIndex, name: goalSpec.name };
        data.goals.push(goal);
        for (const s of goalSpec.indicators) {
          const indicator: Indicator = {
            ...meta(tenantId),
            ...scoped,
            goalId: goal.id,
            order: indicatorOrder++,
            name: s.name,
            unit: s.unit,
            polarity: s.polarity,
            aggregation: s.aggregation,
            targetType: s.targetType,
            annualTarget: s.annual,
            quarterTargets: s.quarters,
            lowerIsBetterFormula: s.formula ?? null,
            scaleLevels: s.scale ?? [],
            definition: s.definition,
            dataSource: s.dataSource,
            responsible: s.responsible,
            previousId: null,
            supportsId: null,
            minValue: s.bounds?.min ?? null,
            maxValue: s.bounds?.max ?? null,
            evidenceRequired: s.evidenceRequired ?? false,
          };
          data.indicators.push(indicator);
          unitIndicators.set(`${unit.slug}|${s.name}`, indicator);
          if (!unit.reports) continue;
          const reported = past.filter((q) => s.realised[q - 1] !== null);
          const lastReported = reported[reported.length - 1];
          for (const q of reported) {
            const notes = q === lastReported && s.notes ? s.notes : { drivers: '', obstacles: '', followUp: '' };
            data.realisations.push({
              ...meta(tenantId),
              orgUnitId: unitRow.id,
              indicatorId: indicator.id,
              year,
              quarter: q,
              value: s.realised[q - 1] ?? null,
              ...notes,
              status: q === latestPast ? 'draft' : 'verified',
              reviewNote: null,
            });
          }
        }
      });

      const addPrograms = (specs: ProgramSpec[], parentId: string | null, depth: number): number =>
        specs.reduce((total, p, order) => {
          const row: Program = {
            ...meta(tenantId),
            ...scoped,
            parentId,
            level: depth === 0 ? 'program' : depth === 1 ? 'kegiatan' : 'subkegiatan',
            order,
            code: p.code,
            name: p.name,
            budget: 0,
          };
          data.programs.push(row);
          row.budget = p.children ? addPrograms(p.children, row.id, depth + 1) : (p.budget ?? 0);
          return total + row.budget;
        }, 0);
      addPrograms(unit.programs, null, 0);
    });

    const pemdaPk = pemdaPkOf(spec, { tenantId, year, setdaId: unitIds.get('setda'), meta, unitIndicators });
    pemdaFirst.push(pemdaPk);
    // The pemda's own IKU figures Bappeda has entered (the quarters past; not submitted: no unit workflow).
    for (const iku of spec.pemdaPk.sasaran.flatMap((s) => s.ikus)) {
      const indicator = pemdaPk.indicators.find((i) => i.name === iku.name);
      for (const q of past.filter((q) => (iku.realised?.[q - 1] ?? null) !== null)) {
        if (!indicator) break;
        data.realisations.push({
          ...meta(tenantId), orgUnitId: indicator.orgUnitId, indicatorId: indicator.id, year, quarter: q, value: iku.realised?.[q - 1] ?? null,
          drivers: '', obstacles: '', followUp: '', status: 'draft', reviewNote: null,
        });
      }
    }
    data.rpjmdPlans.push(planOf(spec, pemdaPk.goals, { tenantId, year, newId, at: options.now.toISOString() }));

    for (const staff of spec.staff) {
      const unitId = unitIds.get(staff.unitSlug);
      if (unitId === undefined) throw new Error(`demo staff ${staff.username}: no unit ${staff.unitSlug}`);
      addUser(unitId, staff.username, staff.role, staff.person, staff.planner);
    }
  }
  // The pemda's PK before the units' (the seeder writes in this order): a device never pulls a
  // link before the IKU it points at.
  data.agreements.unshift(...pemdaFirst.map((p) => p.agreement));
  data.goals.unshift(...pemdaFirst.flatMap((p) => p.goals));
  data.indicators.unshift(...pemdaFirst.flatMap((p) => p.indicators));
  return data;
}

/**
 * The pemda's RPJMD holding `year`, and each sasaran daerah of its PK linked to the tujuan it
 * serves. The plan holds those sasaran too, with the same names and the same IKU, each with a
 * target for every year of the period (the PK's year: the PK's own target) and an end-of-period one.
 */
function planOf(spec: TenantSpec, goals: Goal[], ctx: { tenantId: string; year: number; newId: () => string; at: string }): RpjmdPlan {
  const { plan } = spec.pemdaPk;
  const period = demoPlanPeriod(ctx.year);
  const sasaran: PlanSasaran[] = [];
  const misi = plan.misi.map((m) => ({
    id: ctx.newId(), text: m.text,
    tujuan: m.tujuan.map((tj) => {
      const id = ctx.newId();
      for (const name of tj.sasaran) {
        const goal = goals.find((g) => g.name === name);
        const own = spec.pemdaPk.sasaran.find((s) => s.name === name);
        if (!goal || !own) throw new Error(`demo ${spec.tenantSlug}: no sasaran daerah "${name}" for tujuan "${tj.text}"`);
        goal.tujuanId = id;
        sasaran.push({ id: ctx.newId(), tujuanId: id, text: name, iku: own.ikus.map((iku) => planIkuOf(iku, period, ctx)) });
      }
      return { id, text: tj.text };
    }),
  }));
  return {
    id: ctx.newId(), tenantId: ctx.tenantId, rev: 0, updatedAt: ctx.at, updatedBy: null, deviceId: null, deleted: false,
    ...period, visi: plan.visi, misi, sasaran,
  };
}

/** An IKU of the plan: its PK's target in the PK's year, 2 % better each year after (less before), a percentage never past 100. */
function planIkuOf(iku: IkuSpec, period: { periodStart: number; periodEnd: number }, ctx: { year: number; newId: () => string }): PlanIku {
  const step = iku.polarity === 'higher' ? 0.02 : -0.02;
  const valueOf = (y: number): number => {
    const value = Math.round(iku.annual * (1 + step * (y - ctx.year)) * 100) / 100;
    return iku.unit === '%' ? Math.min(100, value) : value;
  };
  const targets = Array.from({ length: period.periodEnd - period.periodStart + 1 }, (_, i) => ({ year: period.periodStart + i, value: valueOf(period.periodStart + i) }));
  return { id: ctx.newId(), name: iku.name, satuan: iku.unit, polarity: iku.polarity, targets, endTarget: valueOf(period.periodEnd) };
}

interface PemdaPkRows {
  agreement: Agreement;
  goals: Goal[];
  indicators: Indicator[];
}

interface PemdaPkContext {
  tenantId: string;
  year: number;
  setdaId: string | undefined;
  meta: (tenantId: string) => Pick<Indicator, 'id' | 'tenantId' | 'rev' | 'updatedAt' | 'updatedBy' | 'deviceId' | 'deleted'>;
  unitIndicators: ReadonlyMap<string, Indicator>;
}

/** The gubernur's or bupati's signed PK, kept in the setda's unit, and the units' links to its IKU. */
function pemdaPkOf(spec: TenantSpec, ctx: PemdaPkContext): PemdaPkRows {
  if (ctx.setdaId === undefined) throw new Error(`demo ${spec.tenantSlug}: the pemda PK needs a setda unit`);
  const agreement: Agreement = {
    ...ctx.meta(ctx.tenantId), orgUnitId: ctx.setdaId, year: ctx.year, version: 0, parentId: null, kind: 'pemda', status: 'signed',
    number: `000.8.3/001/PK-${spec.tenantSlug.toUpperCase()}/${ctx.year}`,
    firstParty: { name: spec.regionalHeadName, position: spec.regionalHeadTitle, rank: '', nip: null },
    secondParty: spec.pemdaPk.secondParty,
    signedOn: `${ctx.year}-01-10`, signedPlace: spec.place, signedScan: null,
  };
  const scoped = { orgUnitId: ctx.setdaId, agreementId: agreement.id };
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  spec.pemdaPk.sasaran.forEach((sasaran, goalIndex) => {
    const goal: Goal = { ...ctx.meta(ctx.tenantId), ...scoped, order: goalIndex, name: sasaran.name, tujuanId: null };
    goals.push(goal);
    for (const iku of sasaran.ikus) {
      const row: Indicator = {
        ...ctx.meta(ctx.tenantId), ...scoped, goalId: goal.id, order: indicators.length, name: iku.name, unit: iku.unit,
        polarity: iku.polarity, aggregation: 'last', targetType: 'number', annualTarget: iku.annual,
        quarterTargets: iku.quarters ?? [null, null, null, iku.annual], lowerIsBetterFormula: null, scaleLevels: [], definition: iku.definition,
        dataSource: iku.dataSource, responsible: 'Badan Perencanaan Pembangunan Daerah', previousId: null, supportsId: null,
        minValue: null, maxValue: null, evidenceRequired: false,
      };
      indicators.push(row);
      for (const [slug, name] of iku.supporters) {
        const supporter = ctx.unitIndicators.get(`${slug}|${name}`);
        if (!supporter) throw new Error(`demo ${spec.tenantSlug}: no indicator "${name}" in ${slug} to support ${iku.key}`);
        supporter.supportsId = row.id;
      }
    }
  });
  return { agreement, goals, indicators };
}
