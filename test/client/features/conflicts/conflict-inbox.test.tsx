// The conflict inbox page: open conflicts with both sides, the user's choice saved atomically
// (row + outbox), refusals with the server's reason, and the export of unsynced data.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import type { Conflict } from '../../../../src/domain/conflict';
import type { Realisation } from '../../../../src/domain/realisation';
import type { UnsyncedExport } from '../../../../src/client/db/unsynced-export';
import { saveRealisation } from '../../../../src/client/db/realisation-repository';
import { putPulledConflict } from '../../../../src/client/db/conflict-repository';
import { resolveConflict } from '../../../../src/client/db/conflict-choice';
import { ensureDeviceId } from '../../../../src/client/db/meta';
import { recordDownloads } from '../support/download-stubs';
import { buildSessionInfo, tenantId, unitId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { seedAgreement } from '../support/seed';

let session: ActiveSession;
let seeded: Awaited<ReturnType<typeof seedAgreement>>;
let entry: Realisation;

function buildConflict(row: Realisation, overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: crypto.randomUUID(), tenantId, rev: 40, updatedAt: '2026-04-02T03:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
    orgUnitId: unitId, entity: 'realisation', recordId: row.id, indicatorId: row.indicatorId, year: row.year, quarter: row.quarter,
    field: 'obstacles', serverValue: 'Jalan rusak', yourValue: 'Banjir di kecamatan', serverRev: 38,
    server: { userId: null, userName: 'Budi Santoso', deviceId: 'd1', at: '2026-04-01T02:00:00.000Z', savedAt: null },
    yours: { userId: null, userName: 'Ani Wijaya', deviceId: 'd2', at: '2026-04-02T03:00:00.000Z', savedAt: '2026-03-30T08:00:00.000Z' },
    mutationId: crypto.randomUUID(), status: 'open', resolution: null, resolvedValue: null,
    resolvedBy: null, resolvedByName: null, resolvedAt: null, ...overrides,
  };
}

async function seedConflict(overrides: Partial<Conflict> = {}): Promise<Conflict> {
  const conflict = buildConflict(entry, overrides);
  await session.db.transaction('rw', session.db.conflicts, () => putPulledConflict(session.db, conflict));
  return conflict;
}

function start(role: 'operator' | 'evaluator' = 'operator') {
  session = openTestSession(buildSessionInfo(role));
}

beforeEach(async () => {
  start();
  seeded = await seedAgreement(session.db);
  const [row] = await session.db.realisations.where('indicatorId').equals(seeded.count.id).toArray();
  if (!row) throw new Error('seed missing');
  entry = { ...row, obstacles: 'Jalan rusak' };
  await session.db.realisations.put(entry);
});
let restoreUrl: (() => void) | null = null;
afterEach(async () => {
  restoreUrl?.();
  restoreUrl = null;
  vi.restoreAllMocks();
  await closeTestSession(session);
});

/** The same unit's conflict, seen by an evaluator (who may read the entry but not edit it). */
async function reopenAsEvaluatorWithConflict() {
  await closeTestSession(session);
  start('evaluator');
  seeded = await seedAgreement(session.db);
  const [row] = await session.db.realisations.where('indicatorId').equals(seeded.count.id).toArray();
  if (!row) throw new Error('seed missing');
  entry = row;
  await seedConflict();
}

describe('conflict inbox', () => {
  it('shows both values side by side with who and when, and the conflict badge on the entry', async () => {
    await seedConflict();
    renderApp(session, ['/conflicts']);
    const card = await screen.findByRole('article', { name: /· TW I / });
    // The quarter as Indonesian writes it: "TW I", not "TW 1" (the walk of 7 December saw "TW 4").
    expect(card.getAttribute('aria-label')).toBe(`${seeded.count.name} · TW I ${entry.year}`);
    expect(within(card).getByText('Jalan rusak')).toBeTruthy();
    expect(within(card).getByText('Banjir di kecamatan')).toBeTruthy();
    expect(within(card).getByText(/oleh Budi Santoso/)).toBeTruthy();
    expect(within(card).getByText(/oleh Ani Wijaya/)).toBeTruthy();
    expect(within(card).getByText(/Diubah bersamaan: Faktor penghambat/)).toBeTruthy();
    expect(within(card).getByText(/disimpan di perangkat/)).toBeTruthy();
    for (const name of ['Pertahankan Jalan rusak (nilai di server, dari Budi Santoso, perangkat lain)', 'Pakai Banjir di kecamatan (dari Ani Wijaya, perangkat lain)', 'Gabungkan']) {
      expect(within(card).getByRole('button', { name })).toBeTruthy();
    }
    // The navigation shows how many need action.
    expect(screen.getByLabelText('1 perlu tindakan')).toBeTruthy();
  });

  it('the entry shows its conflict badge until a choice is made, then waits to be sent', async () => {
    const conflict = await seedConflict();
    const { unmount } = renderApp(session, ['/', { pathname: `/indicators/${seeded.count.id}/quarters/1`, state: { from: '/' } }]);
    expect(await screen.findAllByText('Konflik')).not.toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Lihat di kotak konflik dan penolakan' }).getAttribute('href')).toBe('/conflicts');
    unmount();
    await resolveConflict(session.db, session.actor, conflict.id, { resolution: 'server', value: 'Jalan rusak' });
    renderApp(session, ['/', { pathname: `/indicators/${seeded.count.id}/quarters/1`, state: { from: '/' } }]);
    expect(await screen.findAllByText('Menunggu sinkronisasi')).not.toHaveLength(0);
    expect(screen.queryByText('Konflik')).toBeNull();
  });

  it('taking the other value saves the choice on the conflict row and the outbox together', async () => {
    const conflict = await seedConflict();
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    await user.click(await screen.findByRole('button', { name: /^Pakai Banjir di kecamatan/ }));
    expect(await screen.findByText('Tidak ada konflik.')).toBeTruthy();
    const outbox = await session.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      entity: 'conflict', recordId: conflict.id, op: 'upsert', fields: { resolution: 'yours', value: 'Banjir di kecamatan' }, state: 'pending',
    });
    expect(await session.db.conflicts.get(conflict.id)).toMatchObject({ resolution: 'yours', value: 'Banjir di kecamatan' });
    expect((await session.db.realisations.get(entry.id))?.obstacles).toBe('Banjir di kecamatan');
  });

  it('a full disk saves neither the choice nor the outbox entry, and says so', async () => {
    const conflict = await seedConflict();
    const quotaExceeded = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    session.db.outbox.hook('creating', quotaExceeded);
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    await user.click(await screen.findByRole('button', { name: /^Pertahankan Jalan rusak/ }));
    expect(await screen.findByText(/Penyimpanan perangkat penuh; pilihan belum disimpan/)).toBeTruthy();
    expect(await session.db.outbox.count()).toBe(0);
    const stored = await session.db.conflicts.get(conflict.id);
    expect(stored?.resolution).toBeUndefined();
    expect((await session.db.realisations.get(entry.id))?.obstacles).toBe('Jalan rusak');
    session.db.outbox.hook('creating').unsubscribe(quotaExceeded);
  });

  it('"Gabungkan" lets the user write a combined text and sends it', async () => {
    const conflict = await seedConflict();
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    await user.click(await screen.findByRole('button', { name: 'Gabungkan' }));
    const field = screen.getByLabelText('Nilai gabungan') as HTMLTextAreaElement;
    expect(field.value).toBe('Jalan rusak\nBanjir di kecamatan');
    await user.clear(field);
    await user.type(field, 'Jalan rusak karena banjir');
    await user.click(screen.getByRole('button', { name: 'Simpan nilai gabungan' }));
    await waitFor(async () => expect(await session.db.outbox.count()).toBe(1));
    const [sent] = await session.db.outbox.toArray();
    expect(sent).toMatchObject({ recordId: conflict.id, fields: { resolution: 'combined', value: 'Jalan rusak karena banjir' } });
  });

  it('a combined realisation value is typed the Indonesian way and sent as a number', async () => {
    await seedConflict({ field: 'value', serverValue: 285, yourValue: 290 });
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    await user.click(await screen.findByRole('button', { name: 'Gabungkan' }));
    const field = screen.getByLabelText('Nilai gabungan');
    await user.clear(field);
    await user.type(field, '1.287,5');
    await user.click(screen.getByRole('button', { name: 'Simpan nilai gabungan' }));
    await waitFor(async () => expect(await session.db.outbox.count()).toBe(1));
    expect((await session.db.outbox.toArray())[0]?.fields).toEqual({ resolution: 'combined', value: 1287.5 });
  });

  it('a role that may not edit the entry sees the conflict but cannot choose', async () => {
    await reopenAsEvaluatorWithConflict();
    renderApp(session, ['/conflicts']);
    expect(await screen.findByText('Banjir di kecamatan')).toBeTruthy();
    expect(screen.getByText(/Hanya operator atau kepala unit kerja ini/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Pakai / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Pertahankan / })).toBeNull();
  });

  it('a conflict the server resolved is no longer listed', async () => {
    await seedConflict({ status: 'resolved', resolution: 'server', resolvedValue: 'Jalan rusak' });
    renderApp(session, ['/conflicts']);
    expect(await screen.findByText('Tidak ada konflik.')).toBeTruthy();
  });
});

describe('the choice names what it keeps, from the tablet that presses it', () => {
  // Issue: tablet A's 83,1 won on the server, tablet B's 85,5 lost. On A, "Pakai nilai saya" sent
  // { resolution: 'yours', value: 85.5 }: B's value, because the server's "yours" is the value
  // that lost, whoever looks at it.
  async function valueConflict(winner: 'this' | 'other'): Promise<Conflict> {
    const me = await ensureDeviceId(session.db);
    const mine = { userId: session.actor.id, userName: 'Siti Rahma', deviceId: me, deviceName: 'Tablet ruang rapat' };
    const other = { userId: crypto.randomUUID(), userName: 'Budi Santoso', deviceId: crypto.randomUUID(), deviceName: 'Tablet Budi' };
    const server = winner === 'this' ? mine : other;
    const yours = winner === 'this' ? other : mine;
    return seedConflict({
      field: 'value', serverValue: 83.1, yourValue: 85.5,
      server: { ...server, at: '2026-04-01T02:00:00.000Z', savedAt: null },
      yours: { ...yours, at: '2026-04-02T03:00:00.000Z', savedAt: '2026-04-02T02:59:00.000Z' },
    });
  }

  it('on the winning tablet, keeping this tablet\'s value keeps 83,1 (not the other tablet\'s 85,5)', async () => {
    const conflict = await valueConflict('this');
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    const card = await screen.findByRole('article', { name: /· TW I / });
    expect(within(card).queryByRole('button', { name: /nilai saya/ })).toBeNull();
    expect(within(card).getByRole('button', { name: 'Pakai 85,5 (dari Budi Santoso, Tablet Budi)' })).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Pertahankan 83,1 (nilai di server, dari Anda, perangkat ini)' }));
    await waitFor(async () => expect(await session.db.outbox.count()).toBe(1));
    expect((await session.db.outbox.toArray())[0]).toMatchObject({ entity: 'conflict', recordId: conflict.id, fields: { resolution: 'server', value: 83.1 } });
  });

  it('on the losing tablet of the same user, taking this tablet\'s value takes 85,5', async () => {
    const conflict = await valueConflict('other');
    // The same user on two tablets: the other one is told apart by its device name.
    await session.db.conflicts.update(conflict.id, {
      record: { ...conflict, server: { ...conflict.server, userId: session.actor.id, userName: 'Siti Rahma' } },
    });
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    const card = await screen.findByRole('article', { name: /· TW I / });
    expect(within(card).getByRole('button', { name: 'Pertahankan 83,1 (nilai di server, dari Anda, Tablet Budi)' })).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Pakai 85,5 (dari Anda, perangkat ini)' }));
    await waitFor(async () => expect(await session.db.outbox.count()).toBe(1));
    expect((await session.db.outbox.toArray())[0]).toMatchObject({ recordId: conflict.id, fields: { resolution: 'yours', value: 85.5 } });
    expect((await session.db.realisations.get(entry.id))?.value).toBe(85.5);
  });

  it('a side from another tablet with no name yet is still another tablet', async () => {
    const conflict = await valueConflict('this');
    const { deviceName: _dropped, ...yours } = conflict.yours as typeof conflict.yours & { deviceName?: string };
    await session.db.conflicts.update(conflict.id, { record: { ...conflict, yours } });
    renderApp(session, ['/conflicts']);
    const card = await screen.findByRole('article', { name: /· TW I / });
    expect(await within(card).findByRole('button', { name: 'Pakai 85,5 (dari Budi Santoso, perangkat lain)' })).toBeTruthy();
  });
});

describe('the sync status in the header', () => {
  it('says "Tersinkron · 1 konflik perlu dipilih", linking to the inbox, never "Semua data tersinkron"', async () => {
    await seedConflict();
    renderApp(session, ['/']);
    const status = await screen.findByRole('region', { name: 'Status sinkronisasi' });
    const link = await within(status).findByRole('link', { name: '1 konflik perlu dipilih' });
    expect(link.getAttribute('href')).toBe('/conflicts');
    expect(within(status).getByText('Tersinkron')).toBeTruthy();
    expect(within(status).queryByText('Semua data tersinkron')).toBeNull();
  });

  it('counts refusals too, and says "Semua data tersinkron" once nothing waits', async () => {
    await session.db.rejections.put({
      mutationId: crypto.randomUUID(), seq: 7, entity: 'realisation', recordId: entry.id, fields: { value: -1 },
      code: 'negative_value', message: 'Realisasi jumlah tidak boleh negatif.', rejectedAt: '2026-04-02T03:00:00.000Z',
    });
    renderApp(session, ['/']);
    const status = await screen.findByRole('region', { name: 'Status sinkronisasi' });
    expect(await within(status).findByRole('link', { name: '1 ditolak perlu ditinjau' })).toBeTruthy();
    await session.db.rejections.clear();
    expect(await within(status).findByText('Semua data tersinkron')).toBeTruthy();
    expect(within(status).queryByRole('link')).toBeNull();
  });

  it('an evaluator, who cannot choose, is not told a conflict waits for them', async () => {
    await reopenAsEvaluatorWithConflict();
    renderApp(session, ['/']);
    const status = await screen.findByRole('region', { name: 'Status sinkronisasi' });
    expect(await within(status).findByText('Semua data tersinkron')).toBeTruthy();
  });
});

describe('refused entries', () => {
  it('lists each refusal with the reason, the refused value and a link; "Buang" lets it go', async () => {
    const mutationId = crypto.randomUUID();
    await session.db.rejections.put({
      mutationId, seq: 3, entity: 'realisation', recordId: entry.id, fields: { value: 300, obstacles: 'Hujan deras' },
      code: 'quarter_locked', message: 'Jadwal input triwulan ini sudah dikunci.', rejectedAt: '2026-04-16T01:00:00.000Z',
    });
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    const item = (await screen.findByText(/Alasan dari server: Jadwal input triwulan ini sudah dikunci/)).closest('li');
    if (!item) throw new Error('no list item');
    expect(within(item).getByText(`${seeded.count.name} · TW I ${entry.year}`)).toBeTruthy();
    expect(within(item).getByText('300')).toBeTruthy();
    expect(within(item).getByText('Hujan deras')).toBeTruthy();
    expect(within(item).getByRole('link', { name: /Buka entri/ }).getAttribute('href')).toBe(`/indicators/${seeded.count.id}/quarters/1`);
    await user.click(within(item).getByRole('button', { name: 'Buang' }));
    expect(await screen.findByText('Tidak ada data yang ditolak server.')).toBeTruthy();
    expect(await session.db.rejections.count()).toBe(0);
  });
});

describe('refused LKE entries', () => {
  it('name the unit, the year and the criterion, open the LKE, and can be let go', async () => {
    // An answer the device made and the server refused (the LKE was final meanwhile), and a file's create.
    const answerId = crypto.randomUUID();
    await session.db.lkeResponses.put({
      id: answerId, tenantId, rev: 0, updatedAt: '2026-04-16T01:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
      orgUnitId: unitId, year: 2025, criterionId: 'perencanaan.keberadaan.1', side: 'self', answer: 'ya', note: '',
    });
    await session.db.rejections.bulkPut([
      {
        mutationId: crypto.randomUUID(), seq: 4, entity: 'lkeResponse', recordId: answerId, fields: { answer: 'ya' },
        code: 'lke_final', message: 'LKE ini sudah final.', rejectedAt: '2026-04-16T01:00:00.000Z',
      },
      {
        mutationId: crypto.randomUUID(), seq: 5, entity: 'lkeEvidence', recordId: crypto.randomUUID(),
        fields: { orgUnitId: unitId, year: 2025, criterionId: 'pelaporan.kualitas.2', caption: '' },
        code: 'attachment_missing', message: 'Berkas belum diterima server.', rejectedAt: '2026-04-16T01:01:00.000Z',
      },
    ]);
    const user = userEvent.setup();
    renderApp(session, ['/conflicts']);
    const answer = (await screen.findByRole('heading', { name: 'LKE 2025 Dinas Kesehatan · kriteria perencanaan.keberadaan.1' })).closest('li') as HTMLElement;
    expect(within(answer).getByRole('link', { name: 'Buka LKE' }).getAttribute('href')).toBe('/lke?year=2025');
    expect(screen.getByRole('heading', { name: 'LKE 2025 Dinas Kesehatan · kriteria pelaporan.kualitas.2' })).toBeTruthy();
    expect(screen.queryByText('Entri belum ada di perangkat ini')).toBeNull();
    // Letting it go refetches the server's row: the transaction reaches the LKE's tables.
    await user.click(within(answer).getByRole('button', { name: 'Buang' }));
    await waitFor(async () => expect(await session.db.rejections.count()).toBe(1));
  });
});

describe('returned entries', () => {
  it('are listed with the evaluator\'s note and a link to fix them, not as "nothing refused"', async () => {
    await session.db.realisations.put({ ...entry, rev: 41, status: 'returned', reviewNote: 'Lampirkan rekap puskesmas.' });
    renderApp(session, ['/conflicts']);
    const section = await screen.findByRole('region', { name: 'Dikembalikan verifikator' });
    const item = within(section).getByText(`${seeded.count.name} · TW I ${entry.year}`).closest('li') as HTMLElement;
    expect(within(item).getByText('Catatan verifikator: Lampirkan rekap puskesmas.')).toBeTruthy();
    expect(item.querySelector('.status-mark--returned')).not.toBeNull();
    expect(within(item).getByRole('link', { name: `Perbaiki isian yang dikembalikan: ${seeded.count.name}, TW I ${entry.year}` }).getAttribute('href'))
      .toBe(`/indicators/${seeded.count.id}/quarters/1`);
    // Only a head sends it back unchanged with a reply.
    expect(within(item).queryByRole('link', { name: /Ajukan lagi tanpa perubahan/ })).toBeNull();
  });

  it('once changed (draft again) it leaves the list', async () => {
    await session.db.realisations.put({ ...entry, rev: 41, status: 'returned', reviewNote: 'Lampirkan rekap puskesmas.' });
    await saveRealisation(session.db, session.actor, { indicatorId: seeded.count.id, quarter: 1, value: 290, drivers: '', obstacles: 'Jalan rusak', followUp: '' });
    renderApp(session, ['/conflicts']);
    const section = await screen.findByRole('region', { name: 'Dikembalikan verifikator' });
    expect(within(section).getByText('Tidak ada isian yang dikembalikan verifikator.')).toBeTruthy();
  });
});

describe('export of unsynced data', () => {
  it('writes one JSON file with pending entries, refusals and open conflicts, named for people', async () => {
    await saveRealisation(session.db, session.actor, {
      indicatorId: seeded.coverage.id, quarter: 2, value: 83.5, drivers: '', obstacles: 'Vaksin terlambat', followUp: '',
    });
    await session.db.rejections.put({
      mutationId: crypto.randomUUID(), seq: 1, entity: 'realisation', recordId: entry.id, fields: { value: -1 },
      code: 'negative_value', message: 'Realisasi jumlah tidak boleh negatif.', rejectedAt: '2026-04-16T01:00:00.000Z',
    });
    const conflict = await seedConflict();
    // jsdom has no object URLs: the download is recorded, and put back after the test.
    const saved = recordDownloads();
    restoreUrl = saved.restore;
    const user = userEvent.setup();
    renderApp(session, ['/settings']);
    await user.click(await screen.findByRole('button', { name: 'Ekspor data belum tersinkron' }));
    const link = await screen.findByRole('link', { name: /Berkas dibuat: pantau-kinerja-belum-tersinkron-siti-/ });
    const [exported] = saved.downloads;
    if (!exported) throw new Error('no file');
    expect(link.getAttribute('href')).toBe(exported.href);
    const data = JSON.parse(await exported.blob.text()) as UnsyncedExport;
    expect(data).toMatchObject({ format: 'pantau-kinerja.unsynced', user: { username: 'siti', name: 'Siti Rahma' } });
    expect(data.deviceId).toBe((await session.db.meta.get('deviceId'))?.value);
    expect(data.pending).toHaveLength(1);
    expect(data.pending[0]).toMatchObject({
      entity: 'realisation', fields: { value: 83.5, obstacles: 'Vaksin terlambat' },
      context: { indicatorName: 'Cakupan imunisasi dasar lengkap', quarter: 2, orgUnitName: 'Dinas Kesehatan' },
    });
    expect(data.refusals[0]).toMatchObject({ code: 'negative_value', fields: { value: -1 }, context: { indicatorName: seeded.count.name, quarter: 1 } });
    expect(data.conflicts[0]).toMatchObject({ id: conflict.id, serverValue: 'Jalan rusak', yourValue: 'Banjir di kecamatan' });
    expect(data.evidence).toEqual([]);
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
  });
});
