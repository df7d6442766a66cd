// The summary above a unit's PK, from local data: the average capaian to date with its category,
// the early warning, and what is missing in the quarter the year is in.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { ActiveSession } from '../../../../../src/client/session/active-session';
import type { Role } from '../../../../../src/domain/role';
import { buildSessionInfo } from '../../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../../support/render-app';
import { seedAgreement } from '../../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

async function summaryAs(role: Role) {
  session = openTestSession(buildSessionInfo(role));
  const seeded = await seedAgreement(session.db);
  renderApp(session, ['/']);
  return { seeded, summary: await screen.findByRole('region', { name: 'Ringkasan kinerja' }) };
}

describe('the unit summary', () => {
  it('averages the computable capaian, names the indicator at risk, and counts what is missing', async () => {
    const { seeded, summary } = await summaryAs('head');
    // TW I: 285 of 300 = 95% and 0 of 80 = 0%; the zero-target indicator is left out, not counted as 0 or 100.
    expect(summary.textContent).toMatch(/Rata-rata capaian s\.d\. TW I:\s*47,5%\s*Sangat Rendah/);
    expect(within(summary).getByText(/1 indikator diproyeksikan/)).toBeTruthy();
    const risky = within(summary).getAllByRole('listitem').map((li) => li.textContent);
    expect(risky).toEqual([`${seeded.coverage.name} — proyeksi capaian 0%`]);
    expect(summary.textContent).toMatch(/TW (I|II|III|IV): (\d+ indikator belum diisi|semua indikator)/);
    expect(within(summary).getByRole('link', { name: 'Periksa dan ajukan' })).toBeTruthy();
  });

  it('offers submitting only to the head', async () => {
    const { summary } = await summaryAs('operator');
    expect(within(summary).queryByRole('link', { name: 'Periksa dan ajukan' })).toBeNull();
  });
});
