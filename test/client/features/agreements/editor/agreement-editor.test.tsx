// The PK editor over the real app routes and the real Dexie (fake-indexeddb), offline: creating a
// PK with its checks as the user types, signing (blocked until complete), a revision whose target
// change over an entered realisation asks first, and the side-by-side diff of two versions.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { year } from '../../../../support/factories';
import { unitId } from '../../support/fixtures';
import { renderApp } from '../../support/render-app';
import { useSeededSessions } from '../../support/seeded-session';

const open = useSeededSessions();

describe('creating a PK', () => {
  it('checks the parties as they are typed, then creates a draft with one outbox entry', async () => {
    const { session } = await open('head');
    const user = userEvent.setup();
    const { router } = renderApp(session, [`/units/${unitId}`]);
    await user.click(await screen.findByRole('link', { name: `Buat PK ${year + 1}` }, { timeout: 8000 }));
    expect(await screen.findByRole('heading', { name: /Buat Perjanjian Kinerja/ })).toBeTruthy();
    expect((screen.getByLabelText('Tingkat PK') as HTMLSelectElement).value).toBe('jpt'); // an OPD: its kepala (JPT)
    // This year's PK is on the device: it can be copied.
    expect(screen.getByRole('button', { name: 'Salin dari tahun lalu' })).toBeTruthy();

    // An empty new form shows no errors; a field's error shows once the user leaves it.
    expect(screen.queryByText('Wajib diisi.')).toBeNull();
    await user.type(screen.getByLabelText('NIP'), '1970 0101 1995');
    expect(screen.queryByText('NIP harus 18 angka.')).toBeNull();
    await user.tab();
    expect(screen.getByText('NIP harus 18 angka.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Buat draf PK' }));
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(2);
    expect(await session.db.outbox.count()).toBe(0);

    await user.type(screen.getByLabelText('NIP'), '03 1 001');
    expect(screen.queryByText('NIP harus 18 angka.')).toBeNull();
    await user.type(screen.getByLabelText('Nama PIHAK PERTAMA'), 'dr. Budi Santoso');
    await user.type(screen.getByLabelText('Jabatan PIHAK PERTAMA'), 'Kepala Dinas Kesehatan');
    await user.click(screen.getByRole('button', { name: 'Buat draf PK' }));

    expect(await screen.findByRole('heading', { name: new RegExp(`Ubah draf PK ${year + 1}`) })).toBeTruthy();
    const [entry] = await session.db.outbox.toArray();
    expect(entry).toMatchObject({
      entity: 'agreement', op: 'upsert', baseRev: null,
      fields: {
        orgUnitId: unitId, year: year + 1, version: 0, parentId: null, kind: 'jpt', number: null,
        firstParty: { name: 'dr. Budi Santoso', position: 'Kepala Dinas Kesehatan', rank: '', nip: '197001011995031001' },
        secondParty: { name: 'Bupati Sleman', position: 'Bupati' },
      },
    });
    expect(router.state.location.pathname).toBe(`/agreements/${entry?.recordId}/edit`);
  });

  it('copies last year into a draft for the next year', async () => {
    const { session, seeded } = await open('head');
    const user = userEvent.setup();
    renderApp(session, [`/units/${unitId}/agreements/new?year=${year + 1}`]);
    await user.click(await screen.findByRole('button', { name: 'Salin dari tahun lalu' }));
    expect(await screen.findByRole('heading', { name: new RegExp(`Ubah draf PK ${year + 1}`) })).toBeTruthy();
    expect(await screen.findByDisplayValue(seeded.goal.name)).toBeTruthy();
    const copy = (await session.db.agreements.toArray()).find((a) => a.year === year + 1);
    expect(copy).toMatchObject({ version: 0, parentId: null, status: 'draft' });
    expect(await session.db.indicators.where('agreementId').equals(copy?.id ?? '').count()).toBe(6);
    await user.click(screen.getByRole('link', { name: 'Lihat PK ini' }));
    const importLink = await screen.findByRole('link', { name: 'Impor dari Excel' }, { timeout: 8000 });
    expect(importLink.getAttribute('href')).toBe(`/agreements/${copy?.id}/import`);
  });
});

describe('editing and signing a draft', () => {
  async function newDraft() {
    const { session } = await open('head');
    const user = userEvent.setup();
    const view = renderApp(session, [`/units/${unitId}/agreements/new?year=${year + 1}`]);
    await user.type(await screen.findByLabelText('Nama PIHAK PERTAMA'), 'dr. Budi Santoso');
    await user.type(screen.getByLabelText('Jabatan PIHAK PERTAMA'), 'Kepala Dinas Kesehatan');
    await user.click(screen.getByRole('button', { name: 'Buat draf PK' }));
    await screen.findByRole('heading', { name: new RegExp(`Ubah draf PK ${year + 1}`) });
    return { session, user, ...view };
  }

  it('validates an indicator as it is typed, fills quarter targets, and blocks signing until complete', async () => {
    const { session, user, router } = await newDraft();
    const sign = () => screen.getByRole('button', { name: 'Tanda tangani' });
    expect((sign() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('PK belum memiliki indikator.')).toBeTruthy();

    await user.type(screen.getByLabelText('Nama sasaran baru'), 'Meningkatnya derajat kesehatan');
    await user.click(screen.getByRole('button', { name: 'Tambah sasaran' }));
    await user.click(await screen.findByRole('button', { name: 'Tambah indikator pada sasaran 1' }));
    const form = screen.getByRole('form', { name: 'Indikator baru' });
    await user.type(within(form).getByLabelText('Nama indikator'), 'Jumlah balita ditimbang');
    expect(within(form).getByText('Satuan wajib diisi (kecuali jenis target teks).')).toBeTruthy();
    expect(within(form).getByText('Target tahunan wajib diisi (kecuali jenis target teks).')).toBeTruthy();
    await user.type(within(form).getByLabelText('Target tahunan'), '1.2x');
    expect(within(form).getByText('Bukan angka. Tulis seperti 1.234,5.')).toBeTruthy();
    await user.clear(within(form).getByLabelText('Target tahunan'));
    await user.type(within(form).getByLabelText('Target tahunan'), '1.200');
    await user.click(within(form).getByRole('button', { name: 'Isi target triwulan dari target tahunan' }));
    expect((within(form).getByLabelText('Target TW I') as HTMLInputElement).value).toBe('300');
    expect((within(form).getByLabelText('Target TW IV') as HTMLInputElement).value).toBe('300');
    await user.clear(within(form).getByLabelText('Target TW I'));
    await user.type(within(form).getByLabelText('Target TW I'), '100');
    expect(within(form).getByText('Jumlah target triwulan (1.000) tidak sama dengan target tahunan (1.200).')).toBeTruthy();
    // An incomplete indicator may be saved in a draft.
    await user.click(within(form).getByRole('button', { name: 'Simpan indikator' }));

    expect(await screen.findByText('Indikator «Jumlah balita ditimbang»: Satuan wajib diisi (kecuali jenis target teks).')).toBeTruthy();
    expect((sign() as HTMLButtonElement).disabled).toBe(true);
    const saved = (await session.db.indicators.toArray()).find((i) => i.name === 'Jumlah balita ditimbang');
    expect(saved).toMatchObject({ unit: '', annualTarget: 1200, quarterTargets: [100, 300, 300, 300] });

    await user.click(screen.getByRole('button', { name: 'Ubah indikator: Jumlah balita ditimbang' }));
    const edit = screen.getByRole('form', { name: 'Ubah indikator: Jumlah balita ditimbang' });
    // The open form keeps its indicator's number above it (it read as the indicator above's form).
    expect(edit.closest('li')?.querySelector('.indicator-card__head')?.textContent).toMatch(/^Indikator \d+\.\d+: Jumlah balita ditimbang$/);
    await user.type(within(edit).getByLabelText('Satuan'), 'balita');
    await user.click(within(edit).getByRole('button', { name: 'Simpan indikator' }));
    const outbox = await session.db.outbox.orderBy('seq').toArray();
    await waitFor(async () => expect((await session.db.outbox.orderBy('seq').last())?.fields).toEqual({ unit: 'balita' }));
    expect(outbox.length).toBeGreaterThan(0);

    // The checks on its realisations: bounds typed the Indonesian way, in order, and bukti dukung wajib.
    await user.click(screen.getByRole('button', { name: 'Ubah indikator: Jumlah balita ditimbang' }));
    const checks = screen.getByRole('form', { name: 'Ubah indikator: Jumlah balita ditimbang' });
    await user.type(within(checks).getByLabelText('Batas bawah nilai'), '1.000');
    await user.type(within(checks).getByLabelText('Batas atas nilai'), '10');
    expect(await within(checks).findByText('Batas bawah nilai tidak boleh melebihi batas atasnya.')).toBeTruthy();
    await user.clear(within(checks).getByLabelText('Batas atas nilai'));
    await user.type(within(checks).getByLabelText('Batas atas nilai'), '5.000');
    expect(within(checks).queryByText('Batas bawah nilai tidak boleh melebihi batas atasnya.')).toBeNull();
    await user.click(within(checks).getByLabelText('Bukti dukung wajib untuk setiap realisasi'));
    await user.click(within(checks).getByRole('button', { name: 'Simpan indikator' }));
    await waitFor(async () => expect((await session.db.outbox.orderBy('seq').last())?.fields).toEqual({ minValue: 1000, maxValue: 5000, evidenceRequired: true }), { timeout: 5_000 });

    await waitFor(() => expect((sign() as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByText('PK lengkap dan siap ditandatangani.')).toBeTruthy();
    // The quarter sum stays a warning, listed but not blocking.
    expect(screen.getByText(/Indikator «Jumlah balita ditimbang»: Jumlah target triwulan/)).toBeTruthy();
    await user.type(screen.getByLabelText('Tempat'), 'Sleman');
    await user.click(sign());
    // Signing cannot be undone: the consequence is said first, and nothing is written before "yes".
    const question = screen.getByRole('alertdialog', { name: 'Tanda tangani PK ini?' });
    expect(question.textContent).toContain('PK tidak dapat diubah lagi');
    expect(document.activeElement).toBe(question);
    expect(await session.db.outbox.filter((m) => m.fields.status === 'signed').count()).toBe(0);
    await user.click(within(question).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(sign());
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ya, tanda tangani' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/agreements\/[^/]+$/));
    expect(await screen.findByText('Ditandatangani')).toBeTruthy();
    const last = await session.db.outbox.orderBy('seq').last();
    expect(last?.fields).toMatchObject({ status: 'signed', signedPlace: 'Sleman' });
    expect(Object.keys(last?.fields ?? {}).sort()).toEqual(['signedOn', 'signedPlace', 'status']);
    expect(screen.queryByRole('link', { name: 'Ubah draf' })).toBeNull();
  });

  it('reaches the import from the editor, and after an import "Kembali ke PK" leads back to where the user came from', async () => {
    const { session, user, router, unmount } = await newDraft();
    const editorPath = router.state.location.pathname;
    const draftId = editorPath.split('/')[2] ?? '';
    await user.click(screen.getByRole('link', { name: 'Impor dari Excel' }));
    const csv = [
      'No;Sasaran;Indikator Kinerja;Satuan;Polaritas;Agregasi;Jenis Target;Target Tahunan;TW I;TW II;TW III;TW IV',
      '1;Meningkatnya pelayanan;Jumlah inovasi pelayanan;inovasi;naik;kumulatif;angka;1.200;300;300;300;300',
      '', '[Anggaran]', 'Kode;Program/Kegiatan/Sub-kegiatan;Tingkat;Anggaran (Rp)', '1.02.02;Program Pelayanan Publik;program;250.000.000',
    ].join('\n');
    await user.upload(await screen.findByLabelText('Pilih berkas (satu XLSX, atau satu atau dua CSV)'), new File([csv], 'pk.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Impor ke draf PK' }));
    const done = (await screen.findByText(/Berhasil diimpor: 1 sasaran, 1 indikator, 1 baris anggaran/)).closest('p') as HTMLElement;
    await user.click(within(done).getByRole('link', { name: 'Kembali ke PK' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(editorPath));
    expect(await screen.findByDisplayValue('Meningkatnya pelayanan')).toBeTruthy();

    // From the PK's own page, the way back is to that page, not to the editor.
    unmount();
    const page = renderApp(session, [`/agreements/${draftId}`]);
    await user.click(await screen.findByRole('link', { name: 'Impor dari Excel' }, { timeout: 8000 }));
    await user.click(await screen.findByRole('link', { name: 'Kembali ke PK' }));
    await waitFor(() => expect(page.router.state.location.pathname).toBe(`/agreements/${draftId}`));
  });

  it('starts a kecamatan\'s PK at the camat level', async () => {
    const { session } = await open('head');
    await session.db.orgUnits.update(unitId, { type: 'kecamatan' });
    renderApp(session, [`/units/${unitId}/agreements/new?year=${year + 1}`]);
    const level = (await screen.findByLabelText('Tingkat PK')) as HTMLSelectElement;
    expect(level.value).toBe('camat');
    await userEvent.setup().selectOptions(level, 'pengawas'); // the user's choice wins
    expect(level.value).toBe('pengawas');
  });

  it('flags a budget line that is not whole Rupiah and duplicate codes', async () => {
    const { session, user } = await newDraft();
    await user.click(screen.getByRole('button', { name: 'Tambah program' }));
    const budget = await screen.findByLabelText('Anggaran (Rp): Program baru');
    // A line just added is not yet wrong: its problems show once the user has left one of its fields.
    expect(screen.queryByText('Anggaran harus Rupiah utuh lebih dari 0.')).toBeNull();
    await user.click(budget);
    await user.tab();
    expect(await screen.findByText('Anggaran harus Rupiah utuh lebih dari 0.')).toBeTruthy();
    await user.clear(budget);
    await user.type(budget, '1.500.000,5');
    expect(screen.getByText('Anggaran harus Rupiah utuh tanpa desimal, misalnya 1.500.000.')).toBeTruthy();
    await user.clear(budget);
    await user.type(budget, '1.500.000');
    await user.type(screen.getByLabelText('Kode: Program baru'), '1.02.02');
    await user.tab();
    const draftId = (await session.db.agreements.toArray()).find((a) => a.year === year + 1)?.id ?? '';
    await waitFor(async () => expect(await session.db.programs.where('agreementId').equals(draftId).toArray()).toMatchObject([{ code: '1.02.02', budget: 1_500_000 }]), { timeout: 5_000 });
    await user.click(screen.getByRole('button', { name: 'Tambah program' }));
    await waitFor(() => expect(screen.getAllByLabelText(/^Kode: /)).toHaveLength(2));
    const second = screen.getAllByLabelText(/^Kode: /)[1] as HTMLInputElement;
    await user.type(second, '1.02.02');
    await user.tab();
    await waitFor(() => expect(screen.getAllByText('Kode 1.02.02 dipakai lebih dari sekali.')).toHaveLength(2));
    expect(screen.getByText(/^Rp\s1\.500\.000$/, { selector: 'tfoot td' })).toBeTruthy();
  });
});

describe('refusals', () => {
  it('shows the reason a server refused a change of the PK next to it, with what was missing', async () => {
    const { session, seeded } = await open('head');
    const draft = await session.db.agreements.put({ ...seeded.agreement, id: crypto.randomUUID(), year: year + 1, status: 'draft', signedOn: null, signedPlace: null });
    await session.db.rejections.bulkPut([
      {
        mutationId: crypto.randomUUID(), seq: 3, entity: 'agreement', recordId: draft, fields: { status: 'signed' }, code: 'invalid',
        message: 'Isian tidak valid.', details: { issues: [{ severity: 'error', code: 'noIndicators', entity: 'agreement', recordId: draft }] },
        rejectedAt: '2026-12-01T00:00:00.000Z',
      },
    ]);
    renderApp(session, [`/agreements/${draft}/edit`]);
    expect(await screen.findByText('Identitas/tanda tangan PK: Isian tidak valid.', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.getAllByText('PK belum memiliki indikator.').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Buka kotak masuk sinkronisasi' })).toBeTruthy();
    expect(screen.getByText('Ditolak server', { selector: '.sync-badge' })).toBeTruthy();
  });

  it('points to a refused version from the unit page', async () => {
    const { session, seeded } = await open('head');
    await session.db.rejections.put({
      mutationId: crypto.randomUUID(), seq: 4, entity: 'indicator', recordId: seeded.count.id, fields: { annualTarget: 5 }, code: 'forbidden',
      message: 'Peran Anda tidak berhak mengubah data ini.', rejectedAt: '2026-12-01T00:00:00.000Z',
    });
    const user = userEvent.setup();
    const { router } = renderApp(session, [`/units/${unitId}`]);
    await user.click(await screen.findByRole('link', { name: 'Server menolak perubahan PK murni. Lihat alasannya' }, { timeout: 8000 }));
    expect(router.state.location.pathname).toBe(`/agreements/${seeded.agreement.id}`);
    expect(await screen.findByText('Indikator: Peran Anda tidak berhak mengubah data ini.')).toBeTruthy();
  });
});

describe('a revision (PK perubahan)', () => {
  it('asks before changing a quarter target that already has a realisation, and the diff shows the change', async () => {
    const { session, seeded } = await open('head');
    const user = userEvent.setup();
    const { router } = renderApp(session, [`/units/${unitId}`]);
    await user.click(await screen.findByRole('button', { name: 'Buat PK perubahan' }, { timeout: 8000 }));
    const question = screen.getByRole('alertdialog', { name: 'Buat PK perubahan?' });
    expect(question.textContent).toContain('PK yang berlaku tetap berlaku');
    await user.click(within(question).getByRole('button', { name: 'Ya, buat PK perubahan' }));
    expect(await screen.findByText('PK perubahan 1 dari PK yang ditandatangani')).toBeTruthy();
    const revisionId = router.state.location.pathname.split('/')[2] ?? '';

    await user.click(screen.getByRole('button', { name: `Ubah indikator: ${seeded.count.name}` }));
    const form = screen.getByRole('form', { name: `Ubah indikator: ${seeded.count.name}` });
    await user.clear(within(form).getByLabelText('Target TW I'));
    await user.type(within(form).getByLabelText('Target TW I'), '250');
    const queued = await session.db.outbox.count();
    await user.click(within(form).getByRole('button', { name: 'Simpan indikator' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Target triwulan yang sudah memiliki realisasi' });
    expect(within(dialog).getByText(/Realisasi sudah diisi untuk TW I pada PK sebelumnya/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(await session.db.outbox.count()).toBe(queued);

    await user.click(within(form).getByRole('button', { name: 'Simpan indikator' }));
    await user.click(await screen.findByRole('button', { name: 'Ya, ubah target' }));
    await waitFor(async () => expect((await session.db.outbox.orderBy('seq').last())?.fields).toEqual({ quarterTargets: [250, 300, 300, 300] }));

    // Changing TW II (nothing realised there) does not ask.
    await user.click(await screen.findByRole('button', { name: `Ubah indikator: ${seeded.count.name}` }));
    const again = screen.getByRole('form', { name: `Ubah indikator: ${seeded.count.name}` });
    await user.clear(within(again).getByLabelText('Target TW II'));
    await user.type(within(again).getByLabelText('Target TW II'), '350');
    await user.click(within(again).getByRole('button', { name: 'Simpan indikator' }));
    await waitFor(async () => expect((await session.db.outbox.orderBy('seq').last())?.fields).toEqual({ quarterTargets: [250, 350, 300, 300] }));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    // The unit page still shows the signed PK, with the draft revision announced.
    await router.navigate(`/units/${unitId}`);
    expect(await screen.findByText(/Draf PK perubahan 1 sedang disusun/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Bandingkan versi' }));
    const table = await screen.findByRole('table', { name: 'Perubahan dari PK murni ke PK perubahan 1' });
    const row = within(table).getByRole('row', { name: new RegExp(`${seeded.count.name}: target TW I–IV`) });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'I: 300 · II: 300 · III: 300 · IV: 300',
      'I: 250 · II: 350 · III: 300 · IV: 300',
    ]);
    expect(router.state.location.pathname).toBe(`/agreements/${seeded.agreement.id}/compare/${revisionId}`);
  });

  it('keeps a signed PK read-only and offers no editing to an operator', async () => {
    const { session, seeded } = await open('operator');
    renderApp(session, [`/agreements/${seeded.agreement.id}`]);
    expect(await screen.findByRole('heading', { name: /Perjanjian Kinerja Tahun/ })).toBeTruthy();
    expect(screen.getByRole('row', { name: new RegExp(seeded.count.name) })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Buat PK perubahan' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ubah draf' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Cetak PDF' }, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ekspor XLSX' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Impor dari Excel' })).toBeNull();
  });
});
