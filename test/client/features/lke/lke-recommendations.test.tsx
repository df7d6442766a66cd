// The LKE's recommendations over a real Dexie: the evaluator adds one (saved with its outbox
// entry), the unit keeps its follow-up and cannot call it done without saying what was done.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { lkeYearOf } from '../../../../src/domain/lke-evaluation';
import { periodOf } from '../../../../src/domain/period';
import { buildOrgUnit, buildSessionInfo, unitId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});
const year = lkeYearOf(periodOf(new Date(), 'Asia/Jakarta'));

describe('LKE recommendations', () => {
  it('the evaluator adds a recommendation', async () => {
    session = openTestSession(buildSessionInfo('evaluator'));
    await session.db.orgUnits.put(buildOrgUnit({ id: unitId, name: 'Dinas Kesehatan' }));
    const user = userEvent.setup();
    renderApp(session, [`/lke/${unitId}?year=${year}`], 'id');
    await user.click(await screen.findByRole('button', { name: 'Tambahkan rekomendasi' }, { timeout: 15_000 }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tulis isi rekomendasi.');
    await user.type(screen.getByLabelText('Rekomendasi baru'), 'Tetapkan pedoman teknis perencanaan kinerja.');
    await user.click(screen.getByRole('button', { name: 'Tambahkan rekomendasi' }));
    await screen.findByText('Tetapkan pedoman teknis perencanaan kinerja.');
    expect((await session.db.outbox.toArray()).map((o) => [o.entity, o.fields])).toEqual([
      ['lkeRecommendation', { orgUnitId: unitId, year, order: 0, text: 'Tetapkan pedoman teknis perencanaan kinerja.' }],
    ]);
    expect(screen.queryByLabelText('Tindak lanjut')).toBeNull();
  });

  it('the unit follows it up, and "selesai" needs what was done', async () => {
    session = openTestSession(buildSessionInfo('head'));
    await session.db.orgUnits.put(buildOrgUnit({ id: unitId, name: 'Dinas Kesehatan' }));
    const id = crypto.randomUUID();
    await session.db.lkeRecommendations.put({
      id, tenantId: session.actor.tenantId, rev: 4, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: false,
      orgUnitId: unitId, year, order: 0, text: 'Tetapkan pedoman teknis.', followUp: 'belum', followUpNote: '',
    });
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    await user.selectOptions(await screen.findByLabelText('Tindak lanjut', {}, { timeout: 15_000 }), 'Selesai');
    await user.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tulis apa yang sudah dilakukan sebelum menandai selesai.');
    await user.type(screen.getByLabelText('Keterangan tindak lanjut dan bukti'), 'Perkadis 3/2027');
    await user.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    await waitFor(async () => expect(await session!.db.lkeRecommendations.get(id)).toMatchObject({ followUp: 'selesai', followUpNote: 'Perkadis 3/2027' }));
    expect((await session.db.outbox.toArray()).map((o) => [o.entity, o.baseRev, o.fields])).toEqual([['lkeRecommendation', 4, { followUp: 'selesai', followUpNote: 'Perkadis 3/2027' }]]);
    expect(screen.queryByRole('button', { name: 'Tambahkan rekomendasi' })).toBeNull();
  });
});
