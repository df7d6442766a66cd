// The test factories (test/support/factories.ts, and the server's world built on them) make rows
// the domain schemas accept unchanged, each linked to its parent row, so that no test starts from
// data the app would refuse: a schema that gains a required field fails here first.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { agreementSchema, goalSchema, programSchema } from '../../src/domain/agreement';
import { indicatorSchema } from '../../src/domain/indicator';
import { orgUnitSchema } from '../../src/domain/org-unit';
import { realisationSchema } from '../../src/domain/realisation';
import { rpjmdPlanSchema } from '../../src/domain/rpjmd-plan';
import { tenantSchema } from '../../src/domain/tenant';
import {
  buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildPlanIku, buildPlanSasaran, buildProgram, buildRealisation, buildRpjmdPlan, buildTenant,
} from '../support/factories';
import { buildWorld } from '../support/server-factories';

const schemaOf = {
  tenants: tenantSchema, orgUnits: orgUnitSchema, agreements: agreementSchema, goals: goalSchema,
  indicators: indicatorSchema, programs: programSchema, realisations: realisationSchema, rpjmdPlans: rpjmdPlanSchema,
} satisfies Record<string, ZodType>;

/** What the schemas refuse or change, per kind of row; none when every row parses to itself. */
function problemsOf(rows: { [K in keyof typeof schemaOf]: readonly object[] }): string[] {
  return Object.entries(schemaOf).flatMap(([kind, schema]) => rows[kind as keyof typeof schemaOf].flatMap((row) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) return [`${kind}: ${parsed.error.message}`];
    return isDeepStrictEqual(parsed.data, row) ? [] : [`${kind}: changed by parsing`];
  }));
}

describe('the test factories', () => {
  const tenant = buildTenant();
  const unit = buildOrgUnit(tenant);
  const agreement = buildAgreement(unit);
  const goal = buildGoal(agreement);
  const indicator = buildIndicator(goal);
  const program = buildProgram(agreement);
  const realisation = buildRealisation(indicator);
  const bare = buildRpjmdPlan(tenant);
  const tujuan = bare.misi[0]?.tujuan[0]?.id ?? '';
  const plan = { ...bare, sasaran: [buildPlanSasaran(tujuan, { iku: [buildPlanIku([bare.periodStart, bare.periodStart + 1])] })] };

  it('build rows the domain schemas accept unchanged', () => {
    expect(problemsOf({
      tenants: [tenant], orgUnits: [unit], agreements: [agreement], goals: [goal], indicators: [indicator], programs: [program], realisations: [realisation], rpjmdPlans: [plan],
    })).toEqual([]);
  });

  it('link each row to its parent', () => {
    expect(new Set([unit, agreement, goal, indicator, program, realisation].map((row) => row.tenantId))).toEqual(new Set([tenant.id]));
    expect(new Set([agreement, goal, indicator, program, realisation].map((row) => row.orgUnitId))).toEqual(new Set([unit.id]));
    expect([goal.agreementId, program.agreementId, indicator.agreementId, indicator.goalId, realisation.indicatorId])
      .toEqual([agreement.id, agreement.id, agreement.id, goal.id, indicator.id]);
  });

  it('date a PK of another year in that year', () => {
    expect(buildAgreement(unit, { year: 2024 })).toMatchObject({ year: 2024, signedOn: '2024-01-31' });
  });

  it('build the server world from rows the schemas accept unchanged', () => {
    const { data } = buildWorld();
    expect(problemsOf({ ...data, rpjmdPlans: data.rpjmdPlans ?? [] })).toEqual([]);
  });
});
