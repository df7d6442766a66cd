// The evaluator's queue puts entries the plausibility checks flag first, with the reason in the
// words the unit saw while typing (issue 21): 8,5 for a target of 85 % is a likely separator slip.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildRealisation } from '../../../support/factories';
import { renderApp } from '../support/render-app';
import { useTestSessions } from '../support/seeded-session';
import { seedAgreement } from '../support/seed';

const openSession = useTestSessions();

describe('the review queue', () => {
  it('shows a flagged entry first, saying why, and the others after it in the PK’s order', async () => {
    const session = openSession('evaluator');
    const health = await seedAgreement(session.db);
    await session.db.realisations.bulkPut([
      buildRealisation(health.count, { quarter: 2, value: 300, rev: 50, status: 'submitted' }),
      buildRealisation(health.coverage, { quarter: 2, value: 8.5, rev: 51, status: 'submitted' }),
    ]);
    renderApp(session, ['/review']);
    await screen.findByText('2 isian menunggu verifikasi.');
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Cakupan imunisasi dasar lengkap', 'Jumlah puskesmas terakreditasi']);
    expect(cards[0]?.textContent).toMatch(/Perlu diperiksa lebih dulu.*Apakah 8,5% benar\? Target triwulan ini 85%; mungkin maksudnya 85%\./);
    expect(cards[1]?.textContent).not.toMatch(/Perlu diperiksa/);
    // "Verifikasi semua" says that a flagged entry is among those it verifies.
    await userEvent.setup().click(screen.getByRole('button', { name: /^Verifikasi semua 2 isian/ }));
    expect((await screen.findByRole('alertdialog')).textContent).toContain('Di antaranya 1 isian bertanda pemeriksaan data (di atas daftar): lihat dulu alasannya.');
  });
});
