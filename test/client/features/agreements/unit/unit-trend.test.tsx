// The unit page's trend and quarter picker (real Dexie over fake-indexeddb): a quarter the unit
// filled nothing in says so instead of repeating the quarter before; the early warning opens the
// indicator's entry; each entry's status is marked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../../src/client/session/active-session';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation } from '../../../../support/factories';
import { buildSessionInfo, sessionTenant, unitId } from '../../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../../support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

/** One unit: a count on plan (TW I 100, TW II 100) and one far behind (40, 30) with TW II returned. */
async function seed(db: ActiveSession['db']) {
  const unit = buildOrgUnit(sessionTenant, { id: unitId, name: 'Dinas A' });
  const agreement = buildAgreement(unit);
  const goal = buildGoal(agreement);
  const onPlan = buildIndicator(goal, { name: 'Layanan tepat waktu', annualTarget: 400, quarterTargets: [100, 100, 100, 100] });
  const behind = buildIndicator(goal, { order: 1, name: 'Kunjungan rumah', annualTarget: 400, quarterTargets: [100, 100, 100, 100] });
  await db.orgUnits.put(unit);
  await db.agreements.put(agreement);
  await db.goals.put(goal);
  await db.indicators.bulkPut([onPlan, behind]);
  await db.realisations.bulkPut([
    buildRealisation(onPlan, { quarter: 1, value: 100, status: 'verified' }),
    buildRealisation(onPlan, { quarter: 2, value: 100, status: 'submitted' }),
    buildRealisation(behind, { quarter: 1, value: 40, status: 'verified' }),
    buildRealisation(behind, { quarter: 2, value: 30, status: 'returned', reviewNote: 'Lampirkan daftar kunjungan.' }),
  ]);
  return { behind };
}

describe('the unit page trend and quarter picker', () => {
  it('a quarter with no data says so; picking a filled quarter shows its average, statuses and a warning that opens the indicator', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    const { behind } = await seed(session.db);
    const user = userEvent.setup();
    renderApp(session, [`/units/${unitId}?q=4`]);

    expect(await screen.findByText(/Belum ada realisasi TW IV di unit ini/)).toBeTruthy();
    const line = screen.getByRole('img', { name: /Tren rata-rata capaian unit/ });
    expect(line.getAttribute('aria-label')).toBe('Tren rata-rata capaian unit: s.d. TW I 70%, s.d. TW II 67,5%, s.d. TW III belum ada data, s.d. TW IV belum ada data');

    await user.selectOptions(screen.getByLabelText('Triwulan'), 'TW II');
    // Looked up afresh each try: on a busy machine the panel may render again after the address changes.
    const average = await waitFor(() => within(screen.getByRole('region', { name: 'Tren capaian per triwulan' })).getByText('Rata-rata capaian s.d. TW II:'), { timeout: 10_000 });
    expect(average.textContent).toMatch(/67,5%\s*Sedang/);
    expect(screen.queryByText(/Belum ada realisasi TW IV/)).toBeNull();

    const table = screen.getByRole('region', { name: 'Capaian tiap indikator per triwulan' });
    const row = within(table).getByRole('row', { name: /Kunjungan rumah/ });
    expect(row.textContent).toBe('Kunjungan rumah40%Status: ✓Terverifikasi30%Status: ↩Dikembalikan––35% Sangat Rendah');

    const link = screen.getByRole('link', { name: 'Buka Kunjungan rumah TW II' });
    expect(link.getAttribute('href')).toBe(`/indicators/${behind.id}/quarters/2`);
  });

  it('opens at the quarter the dashboard links with, else at the latest quarter with data', async () => {
    session = openTestSession(buildSessionInfo('evaluator'));
    await seed(session.db);
    renderApp(session, [`/units/${unitId}`]);
    const picker = await screen.findByLabelText('Triwulan');
    expect((picker as HTMLSelectElement).value).toBe('2');
  });

  it('opened from the dashboard (…?q=1#trend) it picks that quarter and goes to the panel below the PK', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    await seed(session.db);
    const scrolled: Element[] = [];
    const scroll = vi.fn(function (this: Element) { scrolled.push(this); });
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scroll, configurable: true, writable: true });
    try {
      renderApp(session, [`/units/${unitId}?q=1#trend`]);
      const picker = await screen.findByLabelText('Triwulan');
      expect((picker as HTMLSelectElement).value).toBe('1');
      await vi.waitFor(() => expect(scrolled.map((e) => e.id)).toContain('trend'));
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });
});
