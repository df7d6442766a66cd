// The evaluator's review screen over the real Dexie database (fake-indexeddb), issue 15: the count
// on the menu, the filter by unit and quarter, "Verifikasi semua" for one unit's quarter after a
// confirmation, the decided list with undo while the quarter's window is open, and the decision on
// the entry page (read-only for typing: no hints, no "Batal").
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildRealisation, year } from '../../../support/factories';
import { buildSessionInfo, otherUnitId, sessionTenant } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { seedAgreement } from '../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

/** Two units: Dinas Kesehatan (seeded PK) and Dinas Pendidikan, with entries waiting in TW II and III. */
async function openEvaluator() {
  session = openTestSession(buildSessionInfo('evaluator'));
  const health = await seedAgreement(session.db);
  const school = buildOrgUnit(sessionTenant, { id: otherUnitId, code: '1.01', name: 'Dinas Pendidikan' });
  const agreement = buildAgreement(school);
  const goal = buildGoal(agreement);
  const enrolment = buildIndicator(goal, { name: 'Angka partisipasi sekolah', unit: '%', aggregation: 'last', targetType: 'percent', quarterTargets: [90, 90, 90, 90], annualTarget: 90 });
  await session.db.orgUnits.put(school);
  await session.db.agreements.put(agreement);
  await session.db.goals.put(goal);
  await session.db.indicators.put(enrolment);
  await session.db.realisations.bulkPut([
    buildRealisation(health.count, { quarter: 2, value: 300, rev: 50, status: 'submitted' }),
    buildRealisation(health.coverage, { quarter: 2, value: 84, rev: 51, status: 'submitted' }),
    buildRealisation(health.zeroTarget, { quarter: 3, value: 0, rev: 52, status: 'submitted' }),
    buildRealisation(enrolment, { quarter: 2, value: 92, rev: 53, status: 'submitted' }),
  ]);
  return { session, health, enrolment };
}

const groupHeadings = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent).filter((t) => t?.includes(' — TW '));
const badge = () => screen.getByRole('link', { name: /^Verifikasi/ }).querySelector('.count-badge');

describe('the review queue', () => {
  it('counts the waiting entries on the menu and filters them by unit and quarter', async () => {
    const { session } = await openEvaluator();
    const user = userEvent.setup();
    renderApp(session, ['/review']);
    expect(await screen.findByText('4 isian menunggu verifikasi.')).toBeTruthy();
    await expect.poll(() => badge()?.getAttribute('aria-label')).toBe('4 menunggu verifikasi');
    expect(groupHeadings()).toEqual([`Dinas Kesehatan — TW II ${year}`, `Dinas Pendidikan — TW II ${year}`, `Dinas Kesehatan — TW III ${year}`]);

    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'Dinas Pendidikan');
    expect(groupHeadings()).toEqual([`Dinas Pendidikan — TW II ${year}`]);
    expect(screen.getByRole('link', { name: 'Menunggu (1)' })).toBeTruthy();
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent)).toEqual(['Angka partisipasi sekolah']);

    await user.selectOptions(screen.getByLabelText('Triwulan'), `TW III ${year}`);
    expect(groupHeadings()).toEqual([]);
    expect(screen.getByText('Tidak ada isian yang cocok dengan saringan ini.')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'Semua unit');
    expect(groupHeadings()).toEqual([`Dinas Kesehatan — TW III ${year}`]);
    await user.click(screen.getByRole('button', { name: 'Tampilkan semua' }));
    expect(groupHeadings()).toHaveLength(3);
    // Filtering only shows: nothing was decided.
    expect(await session.db.outbox.count()).toBe(0);
  });

  it('shows each card’s quarter and to-date capaian and its evidence thumbnails', async () => {
    const { session, health } = await openEvaluator();
    // TW I 285 of 300 and TW II 300 of 300 (sum): to date 585 of 600 = 97,5%.
    const q2 = (await session.db.realisations.toArray()).find((r) => r.indicatorId === health.count.id && r.quarter === 2);
    if (!q2) throw new Error('seed');
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const sha256 = 'a'.repeat(64);
    await session.db.blobs.put({ sha256, bytes: bytes.buffer, mimeType: 'image/jpeg', size: bytes.length, uploadedAt: '2026-04-02T00:00:00.000Z', lastError: null });
    await session.db.evidence.put({
      id: crypto.randomUUID(), tenantId: q2.tenantId, rev: 60, updatedAt: q2.updatedAt, updatedBy: null, deviceId: null, deleted: false,
      orgUnitId: q2.orgUnitId, realisationId: q2.id, sha256, mimeType: 'image/jpeg', size: bytes.length, caption: 'Sertifikat akreditasi',
      takenAt: null, latitude: null, longitude: null, fileName: 'sertifikat.jpg',
    });
    renderApp(session, ['/review']);
    const card = await screen.findByRole('article', { name: health.count.name });
    const facts = within(card).getByText(`Capaian s.d. TW II`).closest('div');
    expect(facts?.textContent).toMatch(/97,5\s?%/);
    expect(within(card).getByText('Capaian TW II').closest('div')?.textContent).toMatch(/100\s?%/);
    const thumb = await within(card).findByRole('link', { name: 'Buka bukti dukung: Sertifikat akreditasi' });
    expect(thumb.querySelector('img')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: health.coverage.name })).getByText('Belum ada bukti dukung.')).toBeTruthy();
  });

  it('verifies all of one unit’s quarter only after a confirmation that says how many', async () => {
    const { session, health } = await openEvaluator();
    const user = userEvent.setup();
    renderApp(session, ['/review']);
    const verifyAll = await screen.findByRole('button', { name: `Verifikasi semua 2 isian Dinas Kesehatan TW II ${year}` });
    await user.click(verifyAll);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(`Verifikasi semua isian Dinas Kesehatan TW II ${year}?`);
    expect(dialog.textContent).toContain('2 isian akan diverifikasi sekaligus');
    await user.click(within(dialog).getByRole('button', { name: 'Tidak' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await session.db.outbox.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: `Verifikasi semua 2 isian Dinas Kesehatan TW II ${year}` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ya, verifikasi 2 isian' }));
    expect(await screen.findByText(`2 isian Dinas Kesehatan TW II ${year} diverifikasi.`)).toBeTruthy();
    // One workflow mutation per entry, each on the rev the evaluator saw; the others stay waiting.
    const entries = await session.db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.fields, e.baseRev])).toEqual([[{ status: 'verified', reviewNote: null }, 50], [{ status: 'verified', reviewNote: null }, 51]]);
    const rows = await session.db.realisations.where('indicatorId').anyOf(health.count.id, health.coverage.id).toArray();
    expect(rows.filter((r) => r.quarter === 2).map((r) => r.status)).toEqual(['verified', 'verified']);
    expect(groupHeadings()).toEqual([`Dinas Pendidikan — TW II ${year}`, `Dinas Kesehatan — TW III ${year}`]);
    await expect.poll(() => badge()?.textContent).toBe('2');
  });
});

describe('the decided list', () => {
  it('lists verified and returned entries and undoes one while its quarter is open; a locked quarter’s is final', async () => {
    const { session, health, enrolment } = await openEvaluator();
    const meta = { tenantId: session.actor.tenantId, rev: 3, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false };
    await session.db.periodWindows.put({ ...meta, id: crypto.randomUUID(), year, quarter: 4, locked: true, lockAt: null });
    // TW I's seeded drafts give way to decided entries (one row per indicator × quarter).
    await session.db.realisations.bulkDelete((await session.db.realisations.toArray()).filter((r) => r.quarter === 1).map((r) => r.id));
    const verified = buildRealisation(health.count, { quarter: 1, value: 285, rev: 40, status: 'verified', updatedAt: '2026-04-03T00:00:00.000Z' });
    await session.db.realisations.bulkPut([
      verified,
      buildRealisation(health.coverage, { quarter: 1, value: 70, rev: 41, status: 'returned', reviewNote: 'Lampirkan rekap puskesmas.', updatedAt: '2026-04-02T00:00:00.000Z' }),
      buildRealisation(enrolment, { quarter: 4, value: 91, rev: 42, status: 'verified', updatedAt: '2026-04-01T00:00:00.000Z' }),
    ]);
    const user = userEvent.setup();
    renderApp(session, ['/review']);
    await user.click(await screen.findByRole('link', { name: 'Sudah diputuskan (3)' }));
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([health.count.name, health.coverage.name, enrolment.name]);
    expect(within(cards[1] as HTMLElement).getByText('Catatan verifikator: Lampirkan rekap puskesmas.')).toBeTruthy();
    expect(within(cards[1] as HTMLElement).getByText(/Dikembalikan/)).toBeTruthy();
    // The locked quarter: no undo, and it says why.
    expect(within(cards[2] as HTMLElement).queryByRole('button', { name: /Batalkan keputusan/ })).toBeNull();
    expect(within(cards[2] as HTMLElement).getByText(/sudah dikunci: keputusan tidak dapat dibatalkan/)).toBeTruthy();

    // The filter applies here too.
    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'Dinas Pendidikan');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'Semua unit');

    await user.click(screen.getByRole('button', { name: `Batalkan keputusan: ${health.count.name}` }));
    await expect.poll(() => screen.queryAllByRole('article').length).toBe(2);
    const [undo] = await session.db.outbox.toArray();
    expect([undo?.fields, undo?.baseRev]).toEqual([{ status: 'submitted', undo: true }, 40]);
    expect((await session.db.realisations.get(verified.id))?.status).toBe('submitted');

    // Back in the queue, waiting for a decision again.
    await user.click(screen.getByRole('link', { name: 'Menunggu (5)' }));
    expect(await screen.findByRole('heading', { name: `Dinas Kesehatan — TW I ${year}` })).toBeTruthy();
  });
});

describe('the entry page for the evaluator', () => {
  it('decides there with the same rules, and shows no typing hints and no "Batal"', async () => {
    const { session, health } = await openEvaluator();
    const user = userEvent.setup();
    renderApp(session, ['/review', `/indicators/${health.count.id}/quarters/2`]);
    const decision = await screen.findByRole('region', { name: 'Keputusan verifikator' });
    expect(screen.queryByText(/Tulis cara Indonesia/)).toBeNull();
    expect(screen.queryByText(/saat Anda mengetik/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Batal' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Kembali' })).toBeTruthy();

    await user.click(within(decision).getByRole('button', { name: `Kembalikan: ${health.count.name}` }));
    expect(await within(decision).findByText('Tulis catatan: mengapa isian dikembalikan.')).toBeTruthy();
    expect(await session.db.outbox.count()).toBe(0);
    await user.click(within(decision).getByRole('button', { name: `Verifikasi: ${health.count.name}` }));
    // Decided: the page offers to take it back while the quarter is open.
    expect(await within(decision).findByRole('button', { name: `Batalkan keputusan: ${health.count.name}` })).toBeTruthy();
    const [entry] = await session.db.outbox.toArray();
    expect([entry?.fields, entry?.baseRev]).toEqual([{ status: 'verified', reviewNote: null }, 50]);
  });

  it('is not offered to other roles', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    const health = await seedAgreement(session.db);
    await session.db.realisations.put(buildRealisation(health.count, { quarter: 2, value: 300, rev: 50, status: 'submitted' }));
    renderApp(session, [`/indicators/${health.count.id}/quarters/2`]);
    expect(await screen.findByRole('button', { name: 'Kembali' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Keputusan verifikator' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Verifikasi/ })).toBeNull();
  });
});
