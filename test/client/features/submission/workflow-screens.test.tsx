// The workflow screens over the real Dexie database (fake-indexeddb): the head's checklist and
// submission, the evaluator's queue with verify and return (a note required).
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildRealisation, year } from '../../../support/factories';
import { renderApp } from '../support/render-app';
import { useSeededSessions } from '../support/seeded-session';
import { defaultDataChecks } from '../../../../src/domain/data-checks';

const open = useSeededSessions();

describe('the head submits a quarter', () => {
  it('shows the checklist, blocks a quarter with missing values, and submits a complete one', async () => {
    const { session } = await open('head');
    const user = userEvent.setup();
    renderApp(session, ['/submit']);
    await user.selectOptions(await screen.findByLabelText('Triwulan'), 'TW II');
    expect(await screen.findByText(/0 isian siap diajukan; 4 indikator belum diisi/)).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Ajukan 0 isian TW II/ }) as HTMLButtonElement).disabled).toBe(true);

    await user.selectOptions(screen.getByLabelText('Triwulan'), 'TW I');
    expect(await screen.findByText(/3 isian siap diajukan; 0 indikator belum diisi/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Daftar periksa TW I' });
    expect(within(list).getAllByText(/Belum ada keterangan/)).toHaveLength(3);
    // Ready, yet without narrative: the summary says so, not only the cards' amber.
    expect(screen.getByText('3 di antaranya belum ada keterangan (pendorong, penghambat, tindak lanjut). Isian itu boleh diajukan, tetapi keterangan membantu verifikator menilai capaiannya.')).toBeTruthy();
    // A percent carries its sign once: "0%", not "0% %" (satuan "%"); a count its satuan.
    expect(list.textContent).toContain('0%');
    expect(list.textContent).not.toMatch(/%\s*%/);
    expect(list.textContent).toContain('285 puskesmas');
    await user.click(screen.getByRole('button', { name: 'Ajukan 3 isian TW I' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/tidak dapat diubah/);
    await user.click(screen.getByRole('button', { name: 'Ya, ajukan' }));
    // Online (jsdom's navigator.onLine), the sync starts at once: not "when online".
    expect((await screen.findByText(/3 isian TW I diajukan/)).textContent).toBe('3 isian TW I diajukan. Pengajuan sedang dikirim ke server.');
    // Nothing is left in TW I: no disabled "Ajukan 0 isian TW I", a plain line instead.
    expect(await screen.findByText('Semua isian TW I sudah diajukan.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Ajukan \d+ isian TW I/ })).toBeNull();

    const entries = await session.db.outbox.toArray();
    expect(entries.map((e) => e.fields)).toEqual([{ status: 'submitted' }, { status: 'submitted' }, { status: 'submitted' }]);
    const rows = (await session.db.realisations.toArray()).filter((r) => r.quarter === 1);
    expect(rows.every((r) => r.status === 'submitted')).toBe(true);
    expect(await within(list).findAllByText('Sudah diajukan atau diverifikasi')).toHaveLength(3);
  });

  it('when the pemda requires bukti dukung, the quarter waits until every entry has it, and says how many lack it', async () => {
    const opened = await open('head');
    const { info } = opened.session;
    const dataChecks = { ...defaultDataChecks, severity: { ...defaultDataChecks.severity, evidenceMissing: 'refuse' as const } };
    const session = { ...opened.session, info: { ...info, tenant: { ...info.tenant, settings: { ...info.tenant.settings, dataChecks } } } };
    // A photo on one of TW I's three entries (and a removed one on another: it counts no more).
    const [withPhoto, removed] = (await session.db.realisations.toArray()).filter((r) => r.quarter === 1);
    if (!withPhoto || !removed) throw new Error('seed realisations missing');
    await session.db.evidence.bulkPut([withPhoto, removed].map((r, i) => ({
      id: crypto.randomUUID(), tenantId: r.tenantId, rev: 9, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: i === 1,
      orgUnitId: r.orgUnitId, realisationId: r.id, sha256: 'b'.repeat(64), mimeType: 'image/jpeg' as const, size: 1000, caption: '', takenAt: null,
      latitude: null, longitude: null, fileName: 'foto.jpg',
    })));
    const user = userEvent.setup();
    renderApp(session, ['/submit']);
    await user.selectOptions(await screen.findByLabelText('Triwulan'), 'TW I');
    const list = await screen.findByRole('list', { name: 'Daftar periksa TW I' });
    expect(await within(list).findAllByText('Belum ada bukti dukung (diminta pemda)')).toHaveLength(2);
    expect(screen.getByText('Pemda Anda mewajibkan bukti dukung: lampirkan dulu pada 2 realisasi yang belum ada buktinya.')).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Ajukan 1 isian TW I/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens on the earliest quarter not yet submitted, not on the current one', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${year}-11-15T03:00:00Z`) }); // TW IV
    try {
      const { session } = await open('head');
      const view = renderApp(session, ['/submit']);
      // TW I holds three filled drafts, never submitted: that is where the head has work left.
      expect(await screen.findByRole('heading', { name: `Ajukan realisasi TW I ${year}` })).toBeTruthy();
      expect((screen.getByLabelText('Triwulan') as HTMLSelectElement).value).toBe('1');
      view.unmount();

      const rows = await session.db.realisations.toArray();
      await session.db.realisations.bulkPut(rows.map((r) => ({ ...r, status: 'submitted' as const })));
      renderApp(session, ['/submit']);
      expect(await screen.findByRole('heading', { name: `Ajukan realisasi TW II ${year}` })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not offered to an operator', async () => {
    const { session } = await open('operator');
    renderApp(session, ['/submit']);
    expect(await screen.findByText(/Hanya kepala unit kerja/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ajukan' })).toBeNull();
  });
});

describe('the evaluator reviews', () => {
  it('returns an entry only with a note, verifies another, and the queue empties', async () => {
    const { session, seeded } = await open('evaluator');
    await session.db.realisations.bulkPut([
      buildRealisation(seeded.count, { quarter: 2, value: 300, rev: 50, status: 'submitted', obstacles: 'Hujan deras' }),
      buildRealisation(seeded.coverage, { quarter: 2, value: 84, rev: 51, status: 'submitted' }),
    ]);
    const user = userEvent.setup();
    renderApp(session, ['/review']);
    expect(await screen.findByText('2 isian menunggu verifikasi.')).toBeTruthy();
    const card = screen.getByRole('article', { name: seeded.count.name });
    expect(within(card).getByText('Hujan deras')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: `Kembalikan: ${seeded.count.name}` }));
    expect(await within(card).findByText('Tulis catatan: mengapa isian dikembalikan.')).toBeTruthy();
    expect(await session.db.outbox.count()).toBe(0);
    await user.type(within(card).getByLabelText(/Catatan verifikator/), 'Lampirkan rekap puskesmas.');
    await user.click(within(card).getByRole('button', { name: `Kembalikan: ${seeded.count.name}` }));
    await expect.poll(() => session.db.outbox.count()).toBe(1);

    const other = await screen.findByRole('article', { name: seeded.coverage.name });
    await user.click(within(other).getByRole('button', { name: `Verifikasi: ${seeded.coverage.name}` }));
    expect(await screen.findByText('Tidak ada isian yang menunggu verifikasi.')).toBeTruthy();
    const entries = await session.db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.fields, e.baseRev])).toEqual([
      [{ status: 'returned', reviewNote: 'Lampirkan rekap puskesmas.' }, 50],
      [{ status: 'verified', reviewNote: null }, 51],
    ]);
  });
});

describe('the evaluator sees the jadwal input beside the queue', () => {
  it('lists each quarter as open, open until a deadline, or locked', async () => {
    const { session } = await open('evaluator');
    const year = new Date().getFullYear();
    const now = new Date();
    const meta = { tenantId: session.actor.tenantId, rev: 3, updatedAt: now.toISOString(), updatedBy: null, deviceId: null, deleted: false };
    await session.db.periodWindows.bulkPut([
      { ...meta, id: crypto.randomUUID(), year, quarter: 1, locked: true, lockAt: null },
      { ...meta, id: crypto.randomUUID(), year, quarter: 2, locked: false, lockAt: new Date(now.getTime() + 86_400_000 * 30).toISOString() },
    ]);
    renderApp(session, ['/review']);
    const schedule = await screen.findByRole('region', { name: `Jadwal input ${year}` });
    expect(await within(schedule).findByText(/^TW I: dikunci/)).toBeTruthy();
    expect(within(schedule).getByText(/^TW II: dibuka sampai \d{1,2} \w+ \d{4}/)).toBeTruthy();
    expect(within(schedule).getByText('TW III: dibuka')).toBeTruthy();
  });
});
