// The home screen's card on the LKE recommendations' follow-up, over a real Dexie: the unit's own
// recommendations of last year and this year counted by status, the open ones linking to the LKE
// screen of their year, another unit's left out, and no card at all without recommendations.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../../src/client/session/active-session';
import type { LkeRecommendation } from '../../../../../src/domain/lke-recommendation';
import { rowMeta } from '../../../../support/rows';
import { buildSessionInfo, otherUnitId, tenantId, unitId } from '../../support/fixtures';
import { year } from '../../../../support/factories';
import { closeTestSession, openTestSession, renderApp } from '../../support/render-app';
import { seedAgreement } from '../../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

function recommendation(values: Partial<LkeRecommendation> & Pick<LkeRecommendation, 'text'>): LkeRecommendation {
  return { ...rowMeta(tenantId, 1), orgUnitId: unitId, year: year - 1, order: 0, followUp: 'belum', followUpNote: '', ...values };
}

async function home(rows: LkeRecommendation[]) {
  session = openTestSession(buildSessionInfo('operator'));
  await seedAgreement(session.db);
  await session.db.lkeRecommendations.bulkPut(rows);
  renderApp(session, ['/'], 'id');
  await screen.findByRole('region', { name: 'Ringkasan kinerja' }, { timeout: 15_000 });
  return session;
}

describe('the LKE follow-up card on the home screen', () => {
  it('counts the unit\'s recommendations and lists the open ones, each linking to the LKE screen', async () => {
    await home([
      recommendation({ text: 'Tetapkan pedoman teknis perencanaan kinerja.', order: 0, followUp: 'belum' }),
      recommendation({ text: 'Perbaiki IKU agar berorientasi hasil.', order: 1, followUp: 'proses', followUpNote: 'Rapat 12 Mei' }),
      recommendation({ text: 'Susun pohon kinerja sampai eselon IV.', year, followUp: 'selesai', followUpNote: 'Perkadis 3/2026' }),
      recommendation({ text: 'Rekomendasi unit lain.', orgUnitId: otherUnitId }),
    ]);
    const card = await screen.findByRole('region', { name: 'Tindak lanjut rekomendasi LKE' });
    expect(card.textContent).toContain('3 rekomendasi: 1 belum, 1 proses, 1 selesai');
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `LKE ${year - 1} · Tetapkan pedoman teknis perencanaan kinerja.BelumTindak lanjuti`,
      `LKE ${year - 1} · Perbaiki IKU agar berorientasi hasil.ProsesTindak lanjuti`,
    ]);
    const link = within(card).getByRole('link', { name: `Tindak lanjuti rekomendasi LKE ${year - 1}: Perbaiki IKU agar berorientasi hasil.` });
    expect(link.getAttribute('href')).toBe(`/lke?year=${year - 1}`);
    expect(within(card).queryByText(/Susun pohon kinerja/)).toBeNull();
    expect(within(card).queryByText(/unit lain/)).toBeNull();
    // The link opens the LKE screen of that year, where the follow-up is kept.
    await userEvent.setup().click(link);
    expect((await screen.findByLabelText<HTMLSelectElement>('Tahun yang dievaluasi', {}, { timeout: 15_000 })).value).toBe(String(year - 1));
    expect(await screen.findByText('Tetapkan pedoman teknis perencanaan kinerja.')).toBeTruthy();
  });

  it('shows no card without recommendations of the unit, and one as soon as there is one', async () => {
    const { db } = await home([
      recommendation({ text: 'Rekomendasi unit lain.', orgUnitId: otherUnitId }),
      recommendation({ text: 'Dihapus evaluator.', deleted: true }),
    ]);
    // Let the card's part load and read the (empty) follow-up first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('region', { name: 'Tindak lanjut rekomendasi LKE' })).toBeNull();
    await db.lkeRecommendations.put(recommendation({ text: 'Tetapkan pedoman teknis.', year, followUp: 'selesai', followUpNote: 'Perkadis 3/2026' }));
    const card = await screen.findByRole('region', { name: 'Tindak lanjut rekomendasi LKE' });
    expect(card.textContent).toContain('1 rekomendasi: 0 belum, 0 proses, 1 selesai');
    expect(card.textContent).toContain('Semua rekomendasi sudah selesai ditindaklanjuti.');
    expect(within(card).queryAllByRole('listitem')).toEqual([]);
  });
});
