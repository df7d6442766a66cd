// The LKE screens over a real Dexie (issue 20): the unit answers its penilaian mandiri (each answer
// and note saved on the device with its outbox entry), the evaluator sees each unit's progress,
// agrees with the unit on every unreviewed criterion, cannot finalise before all are reviewed, and
// finalises after a confirmation that says what it fixes.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { lkeYearOf } from '../../../../src/domain/lke-evaluation';
import { listLkeCriteria, lkeTemplateOf } from '../../../../src/domain/lke-template';
import { periodOf } from '../../../../src/domain/period';
import { buildSessionInfo, sessionUnitRow, unitId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

const year = lkeYearOf(periodOf(new Date(), 'Asia/Jakarta'));
const criteria = listLkeCriteria(lkeTemplateOf(year));

describe('the LKE screens', () => {
  it('the unit answers its own side, saved on the device with what the server needs', async () => {
    session = openTestSession(buildSessionInfo('head'));
    await session.db.orgUnits.put(sessionUnitRow({ id: unitId, name: 'Kecamatan Seruyan Hilir' }));
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    const first = await screen.findByRole('listitem', { name: `Kriteria ${criteria[0]?.id}` }, { timeout: 15_000 });
    // The evaluator's side is shown, read-only, beside the unit's own.
    expect(within(first).getByText('Penilaian evaluator:')).toBeTruthy();
    await user.selectOptions(within(first).getByLabelText('Jawaban'), 'Ya');
    const note = within(first).getByLabelText('Penjelasan dan bukti');
    await user.type(note, 'Pedoman ditetapkan Perbup 5/2025');
    await user.tab();
    await waitFor(async () => {
      const rows = await session!.db.lkeResponses.toArray();
      expect(rows.map((r) => [r.criterionId, r.side, r.answer, r.note])).toEqual([[criteria[0]?.id, 'self', 'ya', 'Pedoman ditetapkan Perbup 5/2025']]);
    });
    const outbox = await session.db.outbox.toArray();
    expect(outbox.map((o) => [o.entity, o.fields])).toEqual([
      ['lkeResponse', { orgUnitId: unitId, year, criterionId: criteria[0]?.id, side: 'self', answer: 'ya', note: '' }],
      ['lkeResponse', { note: 'Pedoman ditetapkan Perbup 5/2025' }],
    ]);
    expect(screen.getByText(/^Menurut penilaian mandiri saja: /).textContent).not.toBe('Menurut penilaian mandiri saja: 0 (D)');
    expect(screen.queryByRole('button', { name: 'Finalkan LKE' })).toBeNull();
  });

  it('the evaluator agrees with the unit on every unreviewed criterion, then finalises after confirming', async () => {
    session = openTestSession(buildSessionInfo('evaluator'));
    const unit = sessionUnitRow({ id: crypto.randomUUID(), name: 'Dinas Kesehatan' });
    await session.db.orgUnits.put(unit);
    const base = { tenantId: unit.tenantId, rev: 1, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: false, orgUnitId: unit.id, year, side: 'self' as const, note: '' };
    await session.db.lkeResponses.bulkPut(criteria.map((c) => ({ ...base, id: crypto.randomUUID(), criterionId: c.id, answer: c.scale === 'yesNo' ? 'ya' as const : 'B' as const })));
    const user = userEvent.setup();
    renderApp(session, [`/lke?year=${year}`], 'id');
    const link = await screen.findByRole('link', { name: 'Buka LKE Dinas Kesehatan' }, { timeout: 15_000 });
    expect(link.closest('tr')?.textContent).toContain(`${criteria.length} dari ${criteria.length}0 dari ${criteria.length}Belum final`);
    await user.click(link);

    const finalise = await screen.findByRole('button', { name: 'Finalkan LKE' });
    expect((finalise as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: `Setujui ${criteria.length} jawaban unit yang belum dinilai` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ya, lanjutkan' }));
    await waitFor(async () => expect((await session!.db.lkeResponses.toArray()).filter((r) => r.side === 'review' && r.answer !== null).length).toBe(criteria.length), { timeout: 15_000 });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Finalkan LKE' }) as HTMLButtonElement).disabled).toBe(false), { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Finalkan LKE' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(`Finalkan LKE Dinas Kesehatan tahun ${year}? Nilai dan predikat ditetapkan`);
    await user.click(within(dialog).getByRole('button', { name: 'Ya, lanjutkan' }));
    await screen.findByText('LKE ini sudah final: jawaban tidak dapat diubah.');
    const [evaluation] = await session.db.lkeEvaluations.toArray();
    expect(evaluation).toMatchObject({ orgUnitId: unit.id, year, status: 'final', score: null });
    expect((await session.db.outbox.toArray()).at(-1)).toMatchObject({ entity: 'lkeEvaluation', fields: { orgUnitId: unit.id, year, status: 'final' } });
    // Until the server's score arrives, the screen says the final score comes with the next sync.
    expect(screen.getByText(/nilai akhir dihitung server/)).toBeTruthy();
    expect(screen.queryByLabelText('Jawaban')).toBeNull();
  });
});
