import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { saveRealisation } from '../../../../src/client/db/realisation-repository';
import { buildSessionInfo } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { seedAgreement } from '../support/seed';

let session: ActiveSession;
let seeded: Awaited<ReturnType<typeof seedAgreement>>;

beforeEach(async () => {
  // jsdom's File hands out buffers of its own realm, which Node's crypto.subtle refuses; hash a
  // Node copy of the same bytes (the real digest, only the container changes).
  const digest = crypto.subtle.digest.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) =>
    digest(algorithm, Buffer.from(new Uint8Array(data as ArrayBuffer)))); // the app hashes whole ArrayBuffers
  session = openTestSession(buildSessionInfo('operator'));
  seeded = await seedAgreement(session.db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeTestSession(session);
});

const open = (indicatorId: string, quarter: number) => renderApp(session, [`/indicators/${indicatorId}/quarters/${quarter}`]);

async function fileInputs() {
  const section = (await screen.findByRole('heading', { name: 'Bukti dukung' })).closest('section');
  if (!section) throw new Error('no evidence section');
  const photo = within(section).getByText('Tambah foto').querySelector('input');
  const file = within(section).getByText('Tambah berkas').querySelector('input');
  if (!photo || !file) throw new Error('no file inputs');
  return { section, photo, file };
}

describe('the evidence section of a realisation', () => {
  it('offers the camera before the first save too, saying the files are attached with it', async () => {
    open(seeded.count.id, 3);
    expect(await screen.findByText('Foto dan berkas yang dipilih sekarang dilampirkan saat realisasi disimpan.')).toBeTruthy();
    expect(screen.getByText('Tambah foto')).toBeTruthy();
  });

  it('offers the camera and files, and stores a PDF with its caption offline, removable', async () => {
    const user = userEvent.setup();
    await saveRealisation(session.db, session.actor, { indicatorId: seeded.count.id, quarter: 2, value: 5, drivers: '', obstacles: '', followUp: '' });
    open(seeded.count.id, 2);
    const { photo, file } = await fileInputs();
    expect(photo.getAttribute('accept')).toBe('image/*');
    expect(photo.getAttribute('capture')).toBe('environment');
    expect(file.getAttribute('accept')).toBe('image/*,application/pdf');

    await user.type(screen.getByLabelText('Keterangan foto/berkas'), 'Notulen rapat');
    const pdf = new File([new TextEncoder().encode('%PDF-1.7\n1 0 obj\n')], 'notulen.pdf', { type: 'application/pdf' });
    await user.upload(file, pdf);
    expect(await screen.findByText('Notulen rapat')).toBeTruthy();
    expect(screen.getByText('Menunggu dikirim')).toBeTruthy();
    const [row] = await session.db.evidence.toArray();
    expect(row).toMatchObject({ caption: 'Notulen rapat', mimeType: 'application/pdf', fileName: 'notulen.pdf', latitude: null });
    expect((await session.db.outbox.toArray()).filter((e) => e.entity === 'evidence')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Hapus bukti dukung Notulen rapat' }));
    await waitFor(() => expect(screen.queryByText('Notulen rapat')).toBeNull());
    expect(await session.db.evidence.count()).toBe(0);
    expect(await session.db.blobs.count()).toBe(0);
  });

  it('refuses a file that is neither a photo nor a PDF, in Indonesian', async () => {
    await saveRealisation(session.db, session.actor, { indicatorId: seeded.count.id, quarter: 2, value: 5, drivers: '', obstacles: '', followUp: '' });
    open(seeded.count.id, 2);
    const { file } = await fileInputs();
    // user.upload filters by accept; a renamed file still arrives with the bytes that betray it.
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(file, new File(['MZ not a pdf'], 'laporan.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/Jenis berkas tidak didukung/)).toBeTruthy();
    expect(await session.db.evidence.count()).toBe(0);
  });
});
