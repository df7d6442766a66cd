// Bukti dukung on the LKE sheet over a real Dexie, offline (issue 20): the unit attaches a PDF to
// its own answer of a criterion (bytes, row and outbox entry saved on the device), sees it listed
// as waiting to be sent, and removes it only after confirming; the evaluator sees the unit's files
// under the unit's side, read-only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { lkeYearOf } from '../../../../src/domain/lke-evaluation';
import { listLkeCriteria, lkeTemplateOf } from '../../../../src/domain/lke-template';
import { periodOf } from '../../../../src/domain/period';
import { buildSessionInfo, sessionUnitRow, unitId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession | null = null;
beforeEach(() => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  // jsdom's File hands out buffers of its own realm, which Node's crypto.subtle refuses; hash a
  // Node copy of the same bytes (the real digest, only the container changes).
  const digest = crypto.subtle.digest.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) => digest(algorithm, Buffer.from(new Uint8Array(data as ArrayBuffer))));
});
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
  vi.restoreAllMocks();
});

const year = lkeYearOf(periodOf(new Date(), 'Asia/Jakarta'));
const criteria = listLkeCriteria(lkeTemplateOf(year));
const [first, second] = criteria;
if (!first || !second) throw new Error('the default LKE has criteria');

describe('bukti dukung on the LKE sheet', () => {
  it('the unit attaches a PDF to its own answer offline, sees it waiting, captions it and removes it after confirming', async () => {
    session = openTestSession(buildSessionInfo('head'));
    await session.db.orgUnits.put(sessionUnitRow({ id: unitId, name: 'Kecamatan Seruyan Hilir' }));
    const user = userEvent.setup();
    renderApp(session, ['/lke'], 'id');
    const item = await screen.findByRole('listitem', { name: `Kriteria ${first.id}` }, { timeout: 15_000 });
    // The files load with the sheet's other reads: the field comes a moment after the criterion.
    const input = await within(item).findByLabelText(`Lampirkan bukti kriteria ${first.id}`);
    expect(input.getAttribute('accept')).toBe('image/*,application/pdf');
    // Each criterion has its own: the label names which.
    const other = screen.getByRole('listitem', { name: `Kriteria ${second.id}` });
    expect(within(other).getByLabelText(`Lampirkan bukti kriteria ${second.id}`)).not.toBe(input);

    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Title (Renstra) >>\n');
    await user.upload(input, new File([bytes], 'renstra-2025.pdf', { type: 'application/pdf' }));
    const files = within(item).getByRole('group', { name: `Bukti dukung kriteria ${first.id}` });
    expect(await within(files).findByText('renstra-2025.pdf')).toBeTruthy();
    expect(within(files).getByText('Menunggu dikirim')).toBeTruthy();
    expect(within(files).getByText('PDF')).toBeTruthy();

    const [row] = await session.db.lkeEvidence.toArray();
    expect(row).toMatchObject({ orgUnitId: unitId, year, criterionId: first.id, mimeType: 'application/pdf', fileName: 'renstra-2025.pdf', size: bytes.byteLength, rev: 0 });
    expect((await session.db.outbox.toArray()).map((o) => [o.entity, o.recordId, o.fields.criterionId, o.fields.sha256])).toEqual([['lkeEvidence', row?.id, first.id, row?.sha256]]);
    expect([...new Uint8Array((await session.db.blobs.get(row?.sha256 ?? ''))?.bytes ?? new ArrayBuffer(0))]).toEqual([...bytes]);
    // Another criterion's list is untouched.
    expect(within(other).queryByText('renstra-2025.pdf')).toBeNull();

    // A caption, saved on the device when the field is left: shown as the file's name, sent with the file.
    await user.type(within(files).getByLabelText('Keterangan renstra-2025.pdf'), 'Renstra 2025–2029');
    await user.tab();
    const { db } = session;
    await waitFor(async () => expect((await db.lkeEvidence.get(row?.id ?? ''))?.caption).toBe('Renstra 2025–2029'));
    expect(await within(files).findByText('Renstra 2025–2029')).toBeTruthy();
    expect((await session.db.outbox.toArray()).map((o) => o.fields.caption)).toEqual(['', 'Renstra 2025–2029']);
    // Removing it, named by its caption now.

    await user.click(within(files).getByRole('button', { name: `Hapus bukti Renstra 2025–2029 dari kriteria ${first.id}` }));
    const dialog = within(item).getByRole('alertdialog');
    expect(dialog.textContent).toContain(`Hapus “Renstra 2025–2029” dari bukti dukung kriteria ${first.id}?`);
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(await session.db.lkeEvidence.count()).toBe(1);
    await user.click(within(files).getByRole('button', { name: `Hapus bukti Renstra 2025–2029 dari kriteria ${first.id}` }));
    await user.click(within(within(item).getByRole('alertdialog')).getByRole('button', { name: 'Ya, lanjutkan' }));
    await waitFor(() => expect(within(item).queryByText('Renstra 2025–2029')).toBeNull());
    // Never sent: nothing of it is left to send or keep.
    expect({ rows: await session.db.lkeEvidence.count(), blobs: await session.db.blobs.count(), outbox: await session.db.outbox.count() }).toEqual({ rows: 0, blobs: 0, outbox: 0 });
  });

  it('refuses a file that is neither a photo nor a PDF, saving nothing', async () => {
    session = openTestSession(buildSessionInfo('operator'));
    await session.db.orgUnits.put(sessionUnitRow({ id: unitId, name: 'Kecamatan Seruyan Hilir' }));
    const user = userEvent.setup({ applyAccept: false });
    renderApp(session, ['/lke'], 'id');
    const item = await screen.findByRole('listitem', { name: `Kriteria ${first.id}` }, { timeout: 15_000 });
    const input = await within(item).findByLabelText(`Lampirkan bukti kriteria ${first.id}`);
    await user.upload(input, new File(['MZ not a pdf'], 'laporan.pdf', { type: 'application/pdf' }));
    expect((await within(item).findByRole('alert')).textContent).toMatch(/^Jenis berkas tidak didukung/);
    expect(await session.db.lkeEvidence.count()).toBe(0);
    expect(await session.db.outbox.count()).toBe(0);
  });

  it('the evaluator sees the unit\'s files under the unit\'s side, read-only', async () => {
    session = openTestSession(buildSessionInfo('evaluator'));
    const unit = sessionUnitRow({ id: crypto.randomUUID(), name: 'Dinas Kesehatan' });
    await session.db.orgUnits.put(unit);
    const sha256 = 'c'.repeat(64);
    await session.db.lkeEvidence.put({
      id: crypto.randomUUID(), tenantId: unit.tenantId, rev: 3, updatedAt: new Date().toISOString(), updatedBy: null, deviceId: null, deleted: false,
      orgUnitId: unit.id, year, criterionId: first.id, sha256, mimeType: 'application/pdf', size: 2048, caption: 'Renstra 2025–2029', fileName: 'renstra.pdf',
    });
    await session.db.blobs.put({ sha256, bytes: new TextEncoder().encode('%PDF-1.7\n').buffer, mimeType: 'application/pdf', size: 9, uploadedAt: new Date().toISOString(), lastError: null });
    renderApp(session, [`/lke/${unit.id}?year=${year}`], 'id');
    const item = await screen.findByRole('listitem', { name: `Kriteria ${first.id}` }, { timeout: 15_000 });
    const files = await within(item).findByRole('group', { name: `Bukti dukung kriteria ${first.id}` });
    const link = await within(files).findByRole('link', { name: 'Renstra 2025–2029' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(within(files).getByText('2 kB')).toBeTruthy();
    expect(within(files).queryByText('Menunggu dikirim')).toBeNull();
    expect(within(item).queryByLabelText(`Lampirkan bukti kriteria ${first.id}`)).toBeNull();
    expect(within(item).queryByRole('button', { name: /^Hapus bukti/ })).toBeNull();
    // A criterion without files shows no list to whoever only reads.
    expect(within(screen.getByRole('listitem', { name: `Kriteria ${second.id}` })).queryByRole('group', { name: `Bukti dukung kriteria ${second.id}` })).toBeNull();
  });
});
