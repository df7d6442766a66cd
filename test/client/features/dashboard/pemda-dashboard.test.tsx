// The pemda dashboard from local data (real Dexie over fake-indexeddb): units ranked by average
// capaian, the spread of categories, and the early warning with the obstacles the unit reported.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import type { Realisation } from '../../../../src/domain/realisation';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildProgram, buildRealisation, year } from '../../../support/factories';
import { buildSessionInfo, otherUnitId, sessionTenant, tenantId, unitId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

type Status = Realisation['status'];

/**
 * Two units, each a PK with one goal; Dinas B's first indicator runs far behind its plan. Only
 * TW I is filled. `statuses` gives the TW I entries' statuses: Dinas A's two, then Dinas B's two.
 */
async function seedTwoUnits(db: ActiveSession['db'], statuses: [Status, Status, Status, Status] = ['draft', 'draft', 'draft', 'draft']) {
  const unitA = buildOrgUnit(sessionTenant, { id: unitId, name: 'Dinas A' });
  const unitB = buildOrgUnit(sessionTenant, { id: otherUnitId, name: 'Dinas B' });
  const rows = [];
  for (const unit of [unitA, unitB]) {
    const agreement = buildAgreement(unit);
    const goal = buildGoal(agreement);
    const first = buildIndicator(goal, { name: `Layanan ${unit.name}`, annualTarget: 400, quarterTargets: [100, 100, 100, 100] });
    const second = buildIndicator(goal, { order: 1, name: `Kunjungan ${unit.name}`, annualTarget: 400, quarterTargets: [100, 100, 100, 100] });
    const behind = unit === unitB;
    const [firstStatus, secondStatus] = behind ? [statuses[2], statuses[3]] : [statuses[0], statuses[1]];
    await db.orgUnits.put(unit);
    await db.agreements.put(agreement);
    await db.goals.put(goal);
    await db.indicators.bulkPut([first, second]);
    rows.push(
      buildRealisation(first, { quarter: 1, value: behind ? 40 : 100, obstacles: behind ? 'Tenaga kesehatan dimutasi.' : '', status: firstStatus }),
      buildRealisation(second, { quarter: 1, value: behind ? 95 : 110, status: secondStatus }),
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

/** The rows of a table region after the header, as text, once the live query shows `ready`. */
async function rowsOf(name: RegExp | string, ready: RegExp): Promise<string[]> {
  const region = await screen.findByRole('region', { name });
  await waitFor(() => expect(within(region).getAllByRole('row').map((r) => r.textContent).join('|')).toMatch(ready));
  return within(region).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
}

/** TW I's window closed yesterday: whatever was not submitted by then is late (unless the unit was given more time). */
async function seedDeadlinePassed(db: ActiveSession['db'], extensions: Array<{ orgUnitId: string; until: string }> = []) {
  await db.periodWindows.put({
    id: crypto.randomUUID(), tenantId, rev: 4, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: false,
    year, quarter: 1, locked: false, lockAt: new Date(Date.now() - 86_400_000).toISOString(), extensions,
  });
}

describe('the pemda dashboard', () => {
  it('ranks units, spreads the categories and lists the early warning with its obstacles', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    await seedTwoUnits(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    const rows = await rowsOf(/Peringkat unit kerja/, /1Dinas A105%/);
    expect(rows[0]).toMatch(/^1Dinas A105%memuat 2 realisasi belum terverifikasiSangat Tinggi40%2 dari 20$/);
    expect(rows[1]).toMatch(/^2Dinas B67,5%memuat 2 realisasi belum terverifikasiSedang–2 dari 21$/);

    const distribution = screen.getByRole('table', { name: 'Sebaran predikat capaian indikator' });
    expect(within(distribution).getByRole('row', { name: /Sangat Tinggi/ }).textContent).toMatch(/375%/);
    expect(within(distribution).getByRole('row', { name: /^Sangat Rendah/ }).textContent).toMatch(/125%/);

    // Only TW I is filled: s.d. TW II–IV say so, not TW I's figure again (it used to repeat it).
    const trend = screen.getByRole('region', { name: 'Tren rata-rata capaian per triwulan' });
    expect(within(trend).getByRole('row', { name: /^Dinas B/ }).textContent).toBe('Dinas B67,5%belum ada databelum ada databelum ada data');

    const warning = screen.getByRole('region', { name: /Peringatan dini/ });
    const warned = within(warning).getAllByRole('row').slice(1);
    expect(warned).toHaveLength(1);
    expect(warned[0]?.textContent).toMatch(/Dinas B.*Layanan Dinas B.*Draf.*160.*40%.*Tenaga kesehatan dimutasi\./);
    // The warning's indicator opens its entry of the latest filled quarter.
    expect(within(warned[0] as HTMLElement).getByRole('link', { name: 'Buka indikator Layanan Dinas B TW I' }).getAttribute('href')).toMatch(/^\/indicators\/[0-9a-f-]+\/quarters\/1$/);
  });

  it('choosing a quarter nobody filled says so, and the ranking does not repeat the quarter before', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    await seedTwoUnits(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW IV');

    expect(await screen.findByText(/Belum ada realisasi TW IV yang diisi unit mana pun/)).toBeTruthy();
    const rows = await rowsOf(/Peringkat unit kerja/, /belum ada data TW IV/);
    expect(rows).toEqual([
      expect.stringMatching(/^–Dinas Abelum ada data TW IV/),
      expect.stringMatching(/^–Dinas Bbelum ada data TW IV/),
    ]);
    expect(screen.getByText('Tidak ada indikator yang diproyeksikan di bawah ambang.')).toBeTruthy();
  });

  it('shows reporting compliance of the quarter: statuses, late units against the deadline, the summary, and a drill-down', async () => {
    session = openTestSession(buildSessionInfo('evaluator'));
    // Dinas A: both with the evaluator (one verified); Dinas B: one draft, one returned.
    await seedTwoUnits(session.db, ['verified', 'submitted', 'draft', 'returned']);
    await seedDeadlinePassed(session.db);
    // A photo on one of Dinas A's two entries, and one removed from the other (it counts no more).
    const [withPhoto, removed] = (await session.db.realisations.toArray()).filter((r) => r.orgUnitId !== otherUnitId);
    if (!withPhoto || !removed) throw new Error('seed realisations missing');
    await session.db.evidence.bulkPut([withPhoto, removed].map((r, i) => ({
      id: crypto.randomUUID(), tenantId: r.tenantId, rev: 9, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: i === 1,
      orgUnitId: r.orgUnitId, realisationId: r.id, sha256: 'a'.repeat(64), mimeType: 'image/jpeg' as const, size: 1000, caption: '', takenAt: null,
      latitude: null, longitude: null, fileName: 'foto.jpg',
    })));
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    const rows = await rowsOf(/Kepatuhan pelaporan TW I/, /Terlambat/);
    // Late units first. Columns: due, entered, submitted, verified, returned, not submitted, state,
    // without check flags (Dinas B's 40% has its obstacles but no follow-up), with evidence, on time
    // (Dinas B has neither of its two due entries with the evaluator after the deadline).
    expect(rows).toEqual(['Dinas B220012Terlambat50%0%0%', 'Dinas A221100Lengkap100%50%100%']);
    const summary = screen.getByRole('group', { name: 'Ringkasan kepatuhan' });
    expect(summary.textContent).toMatch(/Rata-rata capaian pemda s.d. TW I86,25%/);
    expect(summary.textContent).toMatch(/Realisasi TW I terverifikasi25%/);
    expect(summary.textContent).toMatch(/Unit terlambat1 dari 2/);
    expect(screen.getByText(/Tenggat TW I:/)).toBeTruthy();
    const open = screen.getByRole('link', { name: 'Buka entri Dinas B TW I' });
    expect(open.getAttribute('href')).toBe(`/units/${otherUnitId}?q=1#trend`);
    // The documents of the table: kepatuhan, and the hasil pemeriksaan data of its one flagged entry.
    const section = screen.getByRole('heading', { name: 'Kepatuhan pelaporan TW I' }).closest('section');
    if (!section) throw new Error('compliance section missing');
    expect(within(section).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Unduh kepatuhan (PDF)', 'Unduh kepatuhan (XLSX)', 'Hasil pemeriksaan data (PDF, 1 bertanda)', 'Hasil pemeriksaan data (XLSX, 1 bertanda)',
    ]);
  });

  it('a unit whose deadline the admin extended is not late until its own deadline, and says so', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    await seedTwoUnits(session.db, ['verified', 'submitted', 'draft', 'returned']);
    await seedDeadlinePassed(session.db, [{ orgUnitId: otherUnitId, until: new Date(Date.now() + 86_400_000).toISOString() }]);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    const rows = await rowsOf(/Kepatuhan pelaporan TW I/, /diperpanjang/);
    expect(rows).toEqual([
      'Dinas A221100Lengkap100%0%100%',
      // Its own deadline has not passed: not judged on time or late yet.
      expect.stringMatching(/^Dinas B220012Berjalantenggat unit ini diperpanjang s\.d\. .*50%0%belum ada$/),
    ]);
    expect(screen.getByRole('group', { name: 'Ringkasan kepatuhan' }).textContent).toMatch(/Unit terlambat0 dari 2/);
  });

  it('switches to verified figures only, and marks unverified figures when they are included', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    // Dinas A: 100 verified (100%), 110 submitted (110%); Dinas B: nothing verified.
    await seedTwoUnits(session.db, ['verified', 'submitted', 'submitted', 'draft']);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    let rows = await rowsOf(/Peringkat unit kerja/, /105%/);
    expect(rows[0]).toMatch(/^1Dinas A105%memuat 1 realisasi belum terverifikasi/);

    await user.click(screen.getByRole('checkbox', { name: 'Hanya angka terverifikasi' }));
    rows = await rowsOf(/Peringkat unit kerja/, /tidak dihitung/);
    expect(rows[0]).toMatch(/^1Dinas A100%1 realisasi belum terverifikasi tidak dihitungSangat Tinggi/);
    expect(rows[1]).toMatch(/^–Dinas Bbelum ada data TW I2 realisasi belum terverifikasi tidak dihitung/);
    expect(screen.queryByText(/memuat \d+ realisasi belum terverifikasi/)).toBeNull();
  });

  it('in English writes quarters as Q1…Q4, not QI…QIV', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    await seedTwoUnits(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard'], 'en');
    await user.selectOptions(await screen.findByLabelText('Achievement up to'), 'Q1');
    expect(await screen.findByRole('heading', { name: 'Reporting compliance Q1' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Units ranked by average achievement up to Q1' })).toBeTruthy();
    const trend = screen.getByRole('region', { name: 'Trend of the average achievement by quarter' });
    expect(within(trend).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Unit', 'to Q1', 'to Q2', 'to Q3', 'to Q4']);
    expect(document.body.textContent).not.toMatch(/Q(I|II|III|IV)\b/);
  });

  it('is for the tenant-wide roles only', async () => {
    session = openTestSession(buildSessionInfo('operator'));
    renderApp(session, ['/dashboard']);
    expect(await screen.findByText(/untuk pimpinan, verifikator dan admin/)).toBeTruthy();
  });
});
