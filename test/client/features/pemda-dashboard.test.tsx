// The pemda dashboard from local data (real Dexie over fake-indexeddb): units ranked by average
// capaian, the spread of categories, and the early warning with the obstacles the unit reported.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildProgram, buildRealisation, buildSessionInfo, otherUnitId } from './support/fixtures';
import { closeTestSession, openTestSession, renderApp } from './support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

/** Two units, each a PK with one goal; Dinas B's first indicator runs far behind its plan. */
async function seedTwoUnits(db: ActiveSession['db']) {
  const unitA = buildOrgUnit({ name: 'Dinas A' });
  const unitB = buildOrgUnit({ id: otherUnitId, name: 'Dinas B' });
  const rows = [];
  for (const unit of [unitA, unitB]) {
    const agreement = buildAgreement({ orgUnitId: unit.id });
    const goal = buildGoal(agreement);
    const first = buildIndicator(goal, { name: `Layanan ${unit.name}`, annualTarget: 400, quarterTargets: [100, 100, 100, 100] });
    const second = buildIndicator(goal, { order: 1, name: `Kunjungan ${unit.name}`, annualTarget: 400, quarterTargets: [100, 100, 100, 100] });
    const behind = unit === unitB;
    await db.orgUnits.put(unit);
    await db.agreements.put(agreement);
    await db.goals.put(goal);
    await db.indicators.bulkPut([first, second]);
    rows.push(
      buildRealisation(first, { quarter: 1, value: behind ? 40 : 100, obstacles: behind ? 'Tenaga kesehatan dimutasi.' : '' }),
      buildRealisation(second, { quarter: 1, value: behind ? 95 : 110 }),
    );
  }
  await db.realisations.bulkPut(rows);
  // Dinas A spent Rp 400 juta of its Rp 1 miliar pagu by TW I; Dinas B has no pagu entered.
  const agreementA = (await db.agreements.toArray()).find((a) => a.orgUnitId === unitA.id);
  if (!agreementA) throw new Error('seed agreement missing');
  const program = buildProgram(agreementA, { budget: 1_000_000_000 });
  await db.programs.put(program);
  await db.programRealisations.put({
    id: crypto.randomUUID(), tenantId: program.tenantId, rev: 3, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null,
    deleted: false, orgUnitId: unitA.id, programId: program.id, year: agreementA.year, quarter: 1, budgetRealised: 400_000_000, physicalProgress: 35,
  });
}

describe('the pemda dashboard', () => {
  it('ranks units, spreads the categories and lists the early warning with its obstacles', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    await seedTwoUnits(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    const ranking = await screen.findByRole('region', { name: /Peringkat unit kerja/ });
    const rows = within(ranking).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows[0]).toMatch(/^1Dinas A105%Sangat Tinggi40%2 dari 20$/);
    expect(rows[1]).toMatch(/^2Dinas B67,5%Sedang–2 dari 21$/);

    const distribution = screen.getByRole('table', { name: 'Sebaran predikat capaian indikator' });
    expect(within(distribution).getByRole('row', { name: /Sangat Tinggi/ }).textContent).toMatch(/375%/);
    expect(within(distribution).getByRole('row', { name: /^Sangat Rendah/ }).textContent).toMatch(/125%/);

    const trend = screen.getByRole('region', { name: 'Tren rata-rata capaian per triwulan' });
    expect(within(trend).getByRole('row', { name: /^Dinas B/ }).textContent).toBe('Dinas B67,5%67,5%67,5%67,5%');

    const warning = screen.getByRole('region', { name: /Peringatan dini/ });
    const warned = within(warning).getAllByRole('row').slice(1);
    expect(warned).toHaveLength(1);
    expect(warned[0]?.textContent).toMatch(/Dinas B.*Layanan Dinas B.*160.*40%.*Tenaga kesehatan dimutasi\./);
  });

  it('is for the tenant-wide roles only', async () => {
    session = openTestSession(buildSessionInfo('operator'));
    renderApp(session, ['/dashboard']);
    expect(await screen.findByText(/untuk pimpinan, verifikator dan admin/)).toBeTruthy();
  });
});
