// Suggested answers on the LKE sheet over a real Dexie (issue 20): the unit's head sees, under its
// own side of the PK criterion, the answer the app's data suggests with the evidence in words;
// nothing is saved until "Pakai saran" is pressed, which saves the answer and the evidence as the
// note on the device. The evaluator is offered none.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import type { PantauDatabase } from '../../../../src/client/db/database';
import { lkeYearOf } from '../../../../src/domain/lke-evaluation';
import { periodOf, quarters } from '../../../../src/domain/period';
import { buildSessionInfo, sessionAgreement, sessionUnitRow, unitId } from '../support/fixtures';
import { buildGoal, buildIndicator, buildRealisation } from '../../../support/factories';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

const year = lkeYearOf(periodOf(new Date(), 'Asia/Jakarta'));
const pkCriterion = 'Kriteria perencanaan.keberadaan.4';
const evidence = `Perjanjian Kinerja tahun ${year} telah ditandatangani pada 31 Januari ${year} (tercatat di aplikasi Pantau Kinerja).`;

/** The unit with its PK of the LKE's year, signed on 31 January, one sasaran and one indicator. */
async function seedSignedPk(db: PantauDatabase): Promise<void> {
  const agreement = sessionAgreement({ year, status: 'signed', signedOn: `${year}-01-31` });
  const goal = buildGoal(agreement);
  await db.orgUnits.put(sessionUnitRow({ id: unitId, name: 'Dinas Kesehatan' }));
  await db.agreements.put(agreement);
  await db.goals.put(goal);
  await db.indicators.put(buildIndicator(goal));
}

describe('suggested answers on the LKE sheet', () => {
  it('the unit sees the PK suggestion with its evidence and saves it only when it presses "Pakai saran"', async () => {
    session = openTestSession(buildSessionInfo('head'));
    await seedSignedPk(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    const item = await screen.findByRole('listitem', { name: pkCriterion }, { timeout: 15_000 });
    await within(item).findByText('Saran dari data aplikasi untuk jawaban unit: Ya', {}, { timeout: 15_000 });
    expect(within(item).getByText(evidence)).toBeTruthy();
    // Shown, not saved: nothing on the device until the person takes it.
    expect(await session.db.lkeResponses.count()).toBe(0);
    expect(within(item).getByLabelText<HTMLSelectElement>('Jawaban').value).toBe('');
    // A criterion the app has no data for offers nothing.
    expect(within(screen.getByRole('listitem', { name: 'Kriteria perencanaan.keberadaan.1' })).queryByRole('button', { name: 'Pakai saran' })).toBeNull();

    await user.click(within(item).getByRole('button', { name: 'Pakai saran' }));
    await waitFor(async () => {
      const rows = await session!.db.lkeResponses.toArray();
      expect(rows.map((r) => [r.orgUnitId, r.year, r.criterionId, r.side, r.answer, r.note])).toEqual([[unitId, year, 'perencanaan.keberadaan.4', 'self', 'ya', evidence]]);
    });
    expect((await session.db.outbox.toArray()).map((o) => [o.entity, o.fields])).toEqual([
      ['lkeResponse', { orgUnitId: unitId, year, criterionId: 'perencanaan.keberadaan.4', side: 'self', answer: 'ya', note: evidence }],
    ]);
    await within(item).findByText('Saran ini sudah dipakai.');
    expect(within(item).getByLabelText<HTMLSelectElement>('Jawaban').value).toBe('ya');
    expect(within(item).getByLabelText<HTMLTextAreaElement>('Penjelasan dan bukti').value).toBe(evidence);
    expect(within(item).queryByRole('button', { name: 'Pakai saran' })).toBeNull();
  });

  it('text typed into the note and not yet saved is kept when the suggestion is taken at once', async () => {
    session = openTestSession(buildSessionInfo('head'));
    await seedSignedPk(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    const item = await screen.findByRole('listitem', { name: pkCriterion }, { timeout: 15_000 });
    await within(item).findByText(evidence, {}, { timeout: 15_000 });
    // Typing, then straight to the button: leaving the field saves the note, and the suggestion
    // must add to that text, not to the empty note stored before.
    await user.type(within(item).getByLabelText('Penjelasan dan bukti'), 'Renja 2026 ditetapkan');
    await user.click(within(item).getByRole('button', { name: 'Pakai saran' }));
    await waitFor(async () => {
      const rows = await session!.db.lkeResponses.toArray();
      expect(rows.map((r) => [r.answer, r.note])).toEqual([['ya', `Renja 2026 ditetapkan\n\n${evidence}`]]);
    });
  });

  it('an answer the unit gave stays until it takes the suggestion, and its own note is kept', async () => {
    session = openTestSession(buildSessionInfo('operator'));
    await seedSignedPk(session.db);
    const base = { tenantId: session.info.tenant.id, rev: 1, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: false };
    await session.db.lkeResponses.put({ ...base, id: crypto.randomUUID(), orgUnitId: unitId, year, criterionId: 'perencanaan.keberadaan.4', side: 'self', answer: 'tidak', note: 'Renja belum ditetapkan.' });
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    const item = await screen.findByRole('listitem', { name: pkCriterion }, { timeout: 15_000 });
    await within(item).findByText(evidence, {}, { timeout: 15_000 });
    expect(within(item).getByLabelText<HTMLSelectElement>('Jawaban').value).toBe('tidak');

    await user.click(within(item).getByRole('button', { name: 'Pakai saran' }));
    await waitFor(async () => {
      const [row] = await session!.db.lkeResponses.toArray();
      expect([row?.answer, row?.note]).toEqual(['ya', `Renja belum ditetapkan.\n\n${evidence}`]);
    });
  });

  it('the evaluator is offered no suggestion', async () => {
    session = openTestSession(buildSessionInfo('evaluator'));
    await seedSignedPk(session.db);
    renderApp(session, [`/lke/${unitId}?year=${year}`], 'id');
    const item = await screen.findByRole('listitem', { name: pkCriterion }, { timeout: 15_000 });
    expect(within(item).getByText('Penilaian evaluator')).toBeTruthy();
    // The unit's suggestion shows within a moment of its sheet (first test); give the evaluator's as long.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByRole('button', { name: 'Pakai saran' })).toBeNull();
    expect(screen.queryByText(/^Saran dari data aplikasi/)).toBeNull();
  });

  it('draws the other suggestions from a finished year\'s entries, evidence, links and follow-ups', async () => {
    const lastYear = periodOf(new Date(), 'Asia/Jakarta').year - 1;
    session = openTestSession(buildSessionInfo('head'));
    const { db } = session;
    const agreement = sessionAgreement({ year: lastYear, status: 'signed', signedOn: `${lastYear}-02-03` });
    const goal = buildGoal(agreement);
    // A on target in every quarter, verified, with bukti dukung, linked to an IKU; B far below
    // target (an early warning), TW IV never sent, not linked, a follow-up written in TW III.
    const a = buildIndicator(goal, { supportsId: crypto.randomUUID() });
    const b = buildIndicator(goal, { order: 1, name: 'Jumlah posyandu aktif', supportsId: null });
    const entriesA = quarters.map((quarter) => buildRealisation(a, { year: lastYear, quarter, status: 'verified', value: 300 }));
    const entriesB = quarters.slice(0, 3).map((quarter) => buildRealisation(b, { year: lastYear, quarter, status: 'submitted', value: 30, followUp: quarter === 3 ? 'Jemput bola ke posyandu' : '' }));
    const meta = { tenantId: agreement.tenantId, rev: 3, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: false };
    await db.orgUnits.put(sessionUnitRow({ id: unitId, name: 'Dinas Kesehatan' }));
    await db.agreements.put(agreement);
    await db.goals.put(goal);
    await db.indicators.bulkPut([a, b]);
    await db.realisations.bulkPut([...entriesA, ...entriesB]);
    await db.evidence.bulkPut(entriesA.map((r) => ({
      ...meta, id: crypto.randomUUID(), orgUnitId: unitId, realisationId: r.id, sha256: 'a'.repeat(64), mimeType: 'image/jpeg' as const, size: 1000,
      caption: '', takenAt: null, latitude: null, longitude: null, fileName: 'foto.jpg',
    })));
    await db.periodWindows.bulkPut(quarters.map((quarter) => ({ ...meta, id: crypto.randomUUID(), year: lastYear, quarter, locked: false, lockAt: new Date(Date.now() - 86_400_000).toISOString() })));
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    await user.selectOptions(await screen.findByLabelText('Tahun yang dievaluasi', {}, { timeout: 15_000 }), String(lastYear));

    const expected: Array<[string, string, string]> = [
      ['perencanaan.keberadaan.4', 'Ya', `Perjanjian Kinerja tahun ${lastYear} telah ditandatangani pada 3 Februari ${lastYear} (tercatat di aplikasi Pantau Kinerja).`],
      ['perencanaan.kualitas.8', 'C (50%)', `1 dari 2 indikator Perjanjian Kinerja tahun ${lastYear} (50%) telah diselaraskan dengan sasaran atau indikator kinerja di atasnya dalam pohon kinerja.`],
      ['perencanaan.pemanfaatan.4', 'A (100%)', `Capaian kinerja dipantau setiap triwulan: dari 1 indikator yang diperkirakan tidak mencapai target (peringatan dini s.d. TW IV ${lastYear}), 1 (100%) telah diisi rencana tindak lanjut.`],
      ['pengukuran.kualitas.3', 'C (50%)', `4 dari 7 realisasi indikator tahun ${lastYear} (57,14%) dilengkapi bukti dukung.`],
      ['pengukuran.kualitas.4', 'B (75%)', `Pengukuran kinerja dilakukan setiap triwulan: dari 8 indikator yang wajib dilaporkan pada TW I, TW II, TW III dan TW IV ${lastYear}, 7 (87,5%) sampai ke evaluator tepat waktu menurut jadwal input.`],
      ['pengukuran.kualitas.6', 'A (100%)', `Data kinerja dikumpulkan melalui aplikasi Pantau Kinerja: 7 realisasi indikator tahun ${lastYear} diisi di aplikasi.`],
      ['pelaporan.keberadaan.2', 'Tidak', `Realisasi kinerja telah dikirim ke evaluator untuk 3 dari 4 triwulan tahun ${lastYear} yang telah berakhir; belum lengkap: TW IV (1 indikator).`],
    ];
    for (const [id, answer, evidence] of expected) {
      const item = screen.getByRole('listitem', { name: `Kriteria ${id}` });
      await within(item).findByText(`Saran dari data aplikasi untuk jawaban unit: ${answer}`, {}, { timeout: 15_000 });
      expect(within(item).getByText(evidence)).toBeTruthy();
    }
    expect(screen.getAllByRole('button', { name: 'Pakai saran' })).toHaveLength(expected.length);
  });
});
