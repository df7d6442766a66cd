// Admin → RPJMD (real app, real Dexie; the admin endpoints faked in memory, support/fake-plan-server.ts;
// the server's own rules are in its service tests): a plan entered by hand and saved, edits that keep the ids sasaran
// daerah link to, period problems that hold Simpan back, removing after asking, the server's
// refusals in words, the template, and the import from Excel (real XLSX files, written with
// write-excel-file and read by the app's own reader) into the draft, or its row errors.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import writeXlsxFile from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import type { ImportCell } from '../../../../src/domain/pk-import-types';
import { periodOf } from '../../../../src/domain/period';
import { importRpjmdPlan } from '../../../../src/domain/rpjmd-plan-import';
import type { RpjmdPlan, RpjmdPlanContent } from '../../../../src/domain/rpjmd-plan';
import { tenantId } from '../support/fixtures';
import { renderApp } from '../support/render-app';
import { useFakePlanAdmin } from '../support/fake-plan-server';
import { buildRpjmdPlan } from '../../../support/factories';

const thisYear = periodOf(new Date(), 'Asia/Jakarta').year;
// A plan holding this year (the one the tab opens), and the one before it.
const start = thisYear - 1;
const end = start + 4;
const period = `${start}–${end}`;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const fake = useFakePlanAdmin();

function buildPlan(content: Partial<RpjmdPlanContent> = {}): RpjmdPlan {
  return buildRpjmdPlan({ id: tenantId }, { periodStart: start, rev: 4, ...content });
}


async function openPlanTab(formName: string) {
  const user = userEvent.setup();
  renderApp(fake.session, ['/admin'], 'id');
  await user.click(await screen.findByRole('tab', { name: 'RPJMD' }));
  const form = await screen.findByRole('form', { name: formName });
  return { user, form };
}

const field = (form: HTMLElement, label: string) => within(form).getByLabelText(label) as HTMLInputElement;
const saveButton = (form: HTMLElement) => within(form).getByRole('button', { name: 'Simpan' }) as HTMLButtonElement;
const problems = (form: HTMLElement) => within(form).queryByRole('list', { name: 'Yang perlu diperbaiki' });
const problemTexts = (form: HTMLElement) => within(problems(form) ?? form).queryAllByRole('listitem').map((li) => li.textContent);

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text !== '') await user.type(input, text);
}

/** An XLSX of one "RPJMD" sheet with these rows, as a picked file. */
async function xlsxFile(rows: ImportCell[][]): Promise<File> {
  const data = rows.map((row) => row.map((value) => (value === null || value === undefined ? null : { value: value as string | number })));
  const bytes = await writeXlsxFile([{ sheet: 'RPJMD', data }]).toBuffer();
  return new File([new Uint8Array(bytes)], 'rpjmd.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
const importInput = () => screen.getByLabelText('Impor dari Excel (berkas .xlsx)');

describe('Admin → RPJMD', () => {
  it('a new plan entered by hand is checked as typed, and Simpan sends its period, visi, misi and tujuan with new ids', async () => {
    const { user, form } = await openPlanTab('Rencana baru');
    expect(screen.getByText('Pemda belum memiliki rencana. Isi rencana baru di bawah, atau impor dari Excel.')).toBeTruthy();
    expect(field(form, 'Periode awal (tahun)').value).toBe(String(thisYear));
    expect(field(form, 'Periode akhir (tahun)').value).toBe(String(thisYear + 4));
    expect(problemTexts(form)).toEqual(['Visi belum diisi.', 'Rencana belum memiliki misi: tambahkan paling sedikit satu.']);
    expect(saveButton(form).disabled).toBe(true);

    await retype(user, field(form, 'Periode awal (tahun)'), String(start));
    await retype(user, field(form, 'Periode akhir (tahun)'), String(end));
    await user.type(field(form, 'Visi'), 'Sleman maju');
    await user.click(within(form).getByRole('button', { name: 'Tambah misi' }));
    expect(problemTexts(form)).toEqual(['Teks misi 1 belum diisi.']);
    await user.type(field(form, 'Teks misi 1'), 'Meningkatkan kualitas SDM');
    await user.click(within(form).getByRole('button', { name: 'Tambah tujuan ke misi 1' }));
    await user.type(field(form, 'Teks tujuan 1.1'), 'Meningkatnya derajat kesehatan');
    await user.click(within(form).getByRole('button', { name: 'Tambah tujuan ke misi 1' }));
    await user.type(field(form, 'Teks tujuan 1.2'), 'Meningkatnya mutu pendidikan');
    await user.click(within(form).getByRole('button', { name: 'Tambah misi' }));
    await user.type(field(form, 'Teks misi 2'), 'Memperkuat tata kelola');
    expect(within(form).getByText('Semua isian lengkap dan periodenya sah: rencana siap disimpan.')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Naikkan misi 1' })).toHaveProperty('disabled', true);
    expect(within(form).getByRole('button', { name: 'Turunkan tujuan 1.1' })).toHaveProperty('disabled', false);

    await user.click(saveButton(form));
    await waitFor(() => expect(fake.server.puts).toHaveLength(1));
    const { path, body } = fake.server.puts[0] ?? { path: '', body: null };
    expect(path).toBe(`/api/admin/rpjmd-plans/${start}`);
    expect(Object.keys(body ?? {}).sort()).toEqual(['misi', 'periodEnd', 'sasaran', 'visi']);
    expect(body).toMatchObject({
      periodEnd: end, visi: 'Sleman maju',
      misi: [
        { text: 'Meningkatkan kualitas SDM', tujuan: [{ text: 'Meningkatnya derajat kesehatan' }, { text: 'Meningkatnya mutu pendidikan' }] },
        { text: 'Memperkuat tata kelola', tujuan: [] },
      ],
    });
    const ids = body?.misi.flatMap((m) => [m.id, ...m.tujuan.map((t) => t.id)]) ?? [];
    expect(ids.every((id) => uuid.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(4);

    const saved = await screen.findByRole('form', { name: `Rencana ${period}` });
    expect(within(saved).getByText(`Rencana ${period} disimpan.`)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Rencana pemda' });
    expect(within(list).getByText(`Periode ${period}`)).toBeTruthy();
    expect(within(list).getByText('2 misi · 2 tujuan')).toBeTruthy();
    expect(field(saved, 'Teks tujuan 1.2').value).toBe('Meningkatnya mutu pendidikan');
  });

  it('rewording a misi and reordering tujuan keep their ids; a tujuan added gets a new one', async () => {
    const plan = buildPlan();
    fake.server.plans = [plan];
    const { user, form } = await openPlanTab(`Rencana ${period}`);
    expect(within(form).getByText(`Periode awal: ${start}. Untuk periode yang dimulai tahun lain, buat rencana baru.`)).toBeTruthy();
    await retype(user, field(form, 'Teks misi 2'), 'Mewujudkan tata kelola yang bersih');
    await user.click(within(form).getByRole('button', { name: 'Turunkan tujuan 1.1' }));
    expect(field(form, 'Teks tujuan 1.1').value).toBe('Meningkatnya mutu pendidikan');
    await user.click(within(form).getByRole('button', { name: 'Tambah tujuan ke misi 2' }));
    await user.type(field(form, 'Teks tujuan 2.2'), 'Pelayanan publik yang prima');
    await user.click(saveButton(form));
    await waitFor(() => expect(fake.server.puts).toHaveLength(1));
    const body = fake.server.puts[0]?.body;
    const [m1, m2] = plan.misi;
    expect(body?.misi.map((m) => m.id)).toEqual([m1?.id, m2?.id]);
    expect(body?.misi[0]?.tujuan.map((t) => t.id)).toEqual([m1?.tujuan[1]?.id, m1?.tujuan[0]?.id]);
    expect(body?.misi[1]).toMatchObject({ text: 'Mewujudkan tata kelola yang bersih', tujuan: [m2?.tujuan[0], { text: 'Pelayanan publik yang prima' }] });
    expect(body?.misi[1]?.tujuan[1]?.id).toMatch(uuid);
    expect(await within(form).findByText(`Rencana ${period} disimpan.`)).toBeTruthy();
  });

  it('a period too long, overlapping another plan, reversed or already taken is named, and Simpan waits', async () => {
    fake.server.plans = [buildPlan(), buildPlan({ periodStart: start - 5, periodEnd: start - 1 })];
    const { user, form } = await openPlanTab(`Rencana ${period}`);
    expect(saveButton(form).disabled).toBe(false);
    await retype(user, field(form, 'Periode akhir (tahun)'), String(start + 5));
    expect(problemTexts(form)).toEqual(['Periode 6 tahun terlalu panjang: paling lama 5 tahun.']);
    expect(within(form).getByText('Simpan belum dapat dipakai: perbaiki 1 hal di atas.')).toBeTruthy();
    expect(saveButton(form).disabled).toBe(true);
    await retype(user, field(form, 'Periode akhir (tahun)'), '20');
    expect(problemTexts(form)).toEqual(['Periode akhir (tahun): isi tahun empat angka antara 2000 dan 2100.']);

    await user.click(screen.getByRole('button', { name: 'Rencana baru' }));
    const added = await screen.findByRole('form', { name: 'Rencana baru' });
    expect(field(added, 'Periode awal (tahun)').value).toBe(String(end + 1)); // after the latest plan
    await retype(user, field(added, 'Periode awal (tahun)'), String(start + 2));
    await retype(user, field(added, 'Periode akhir (tahun)'), String(start + 6));
    await user.type(field(added, 'Visi'), 'V');
    await user.click(within(added).getByRole('button', { name: 'Tambah misi' }));
    await user.type(field(added, 'Teks misi 1'), 'M');
    expect(problemTexts(added)).toEqual([`Periode bertumpang tindih dengan rencana ${period}.`]);
    await retype(user, field(added, 'Periode awal (tahun)'), String(start));
    await retype(user, field(added, 'Periode akhir (tahun)'), String(end));
    expect(problemTexts(added)).toEqual([`Sudah ada rencana yang dimulai ${start} (${period}): buka rencana itu dari daftar untuk mengubahnya.`]);
    await retype(user, field(added, 'Periode awal (tahun)'), String(end + 1));
    await retype(user, field(added, 'Periode akhir (tahun)'), String(end));
    expect(problemTexts(added)).toEqual([`Periode akhir (${end}) lebih awal dari periode awal (${end + 1}).`]);
    expect(saveButton(added).disabled).toBe(true);
    expect(fake.server.puts).toEqual([]);
  });

  it('removing a tujuan or a misi asks first; the rest is numbered again', async () => {
    fake.server.plans = [buildPlan()];
    const { user, form } = await openPlanTab(`Rencana ${period}`);
    await user.click(within(form).getByRole('button', { name: 'Hapus tujuan 1.1' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Hapus tujuan 1.1?' });
    expect(within(ask).getByText(/server menolak Simpan sampai sasaran itu dihubungkan ke tujuan lain/)).toBeTruthy();
    await user.click(within(ask).getByRole('button', { name: 'Batal' }));
    expect(field(form, 'Teks tujuan 1.1').value).toBe('Meningkatnya derajat kesehatan');
    await user.click(within(form).getByRole('button', { name: 'Hapus tujuan 1.1' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ya, hapus' }));
    expect(field(form, 'Teks tujuan 1.1').value).toBe('Meningkatnya mutu pendidikan');
    expect(within(form).queryByLabelText('Teks tujuan 1.2')).toBeNull();

    await user.click(within(form).getByRole('button', { name: 'Hapus misi 2' }));
    const askMisi = await screen.findByRole('alertdialog', { name: 'Hapus misi 2?' });
    expect(within(askMisi).getByText(/Misi ini dan 1 tujuannya hilang dari rencana setelah Simpan/)).toBeTruthy();
    await user.click(within(askMisi).getByRole('button', { name: 'Ya, hapus' }));
    expect(within(form).queryByLabelText('Teks misi 2')).toBeNull();
    // An empty row just added goes at once.
    await user.click(within(form).getByRole('button', { name: 'Tambah tujuan ke misi 1' }));
    await user.click(within(form).getByRole('button', { name: 'Hapus tujuan 1.2' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(form).queryByLabelText('Teks tujuan 1.2')).toBeNull();
  });

  it('a tujuan still served by sasaran daerah is refused naming them, in Indonesian, and the draft stays', async () => {
    fake.server.plans = [buildPlan()];
    fake.server.refuse = { reason: 'plan_tujuan_in_use', sasaran: ['Meningkatnya angka harapan hidup', 'Menurunnya angka stunting'] };
    const { user, form } = await openPlanTab(`Rencana ${period}`);
    await user.click(within(form).getByRole('button', { name: 'Hapus tujuan 1.1' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ya, hapus' }));
    await user.click(saveButton(form));
    expect(await within(form).findByText('Tidak disimpan: tujuan yang dihapus masih didukung sasaran daerah “Meningkatnya angka harapan hidup” dan “Menurunnya angka stunting” pada PK pemda. Hubungkan sasaran itu ke tujuan lain dulu, atau jangan hapus tujuannya.')).toBeTruthy();
    expect(field(form, 'Teks tujuan 1.1').value).toBe('Meningkatnya mutu pendidikan');

    fake.server.refuse = { reason: 'plan_invalid', problems: [{ code: 'overlaps', periodStart: end, periodEnd: end + 4 }] };
    await user.click(saveButton(form));
    expect(await within(form).findByText(`Tidak disimpan: Periode bertumpang tindih dengan rencana ${end}–${end + 4}.`)).toBeTruthy();
    fake.server.refuse = { reason: 'plan_tujuan_in_use' }; // details that do not say which: the generic sentence
    await user.click(saveButton(form));
    expect(await within(form).findByText(/^Server menolak rencana ini: tujuan yang dihapus masih didukung sasaran daerah/)).toBeTruthy();
    expect(fake.server.puts).toHaveLength(3);
  });

  it('imports a sheet into the open plan\'s draft, keeping the ids of its misi and tujuan by number; Simpan sends it', async () => {
    const plan = buildPlan();
    fake.server.plans = [plan];
    const { user, form } = await openPlanTab(`Rencana ${period}`);
    await user.type(field(form, 'Visi'), ' (diketik)');
    await user.upload(importInput(), await xlsxFile([
      ['Periode awal', start], ['Periode akhir', end], ['Visi', 'Sleman yang maju dan berbudaya'], [],
      ['No misi', 'Misi', 'No tujuan', 'Tujuan'],
      [1, 'Meningkatkan kualitas SDM yang unggul', '1.2', 'Meningkatnya mutu pendidikan dasar'],
      [2, 'Memperkuat tata kelola pemerintahan', '2.1', 'Birokrasi yang akuntabel'],
      [null, null, '2.2', 'Pelayanan publik yang prima'],
      [3, 'Menjaga lingkungan hidup', '3.1', 'Kualitas lingkungan yang baik'],
    ]));
    // Unsaved changes are replaced only after asking.
    const ask = await screen.findByRole('alertdialog', { name: 'Ganti perubahan yang belum disimpan?' });
    await user.click(within(ask).getByRole('button', { name: 'Ya, ganti' }));
    expect(await screen.findByText('Isi berkas dimuat ke draf: 3 misi, 4 tujuan. Periksa, lalu Simpan; belum ada yang tersimpan.')).toBeTruthy();
    expect(field(form, 'Visi').value).toBe('Sleman yang maju dan berbudaya');
    expect(field(form, 'Teks misi 1').value).toBe('Meningkatkan kualitas SDM yang unggul');
    expect(field(form, 'Teks tujuan 1.1').value).toBe('Meningkatnya mutu pendidikan dasar');
    expect(field(form, 'Teks tujuan 3.1').value).toBe('Kualitas lingkungan yang baik');
    expect(fake.server.puts).toEqual([]);

    await user.click(saveButton(form));
    await waitFor(() => expect(fake.server.puts).toHaveLength(1));
    const body = fake.server.puts[0]?.body;
    const [m1, m2] = plan.misi;
    expect(body?.misi.map((m) => m.id).slice(0, 2)).toEqual([m1?.id, m2?.id]);
    expect(body?.misi[0]?.tujuan.map((t) => t.id)).toEqual([m1?.tujuan[1]?.id]); // Tujuan 1.2 kept; 1.1 left out
    expect(body?.misi[1]?.tujuan[0]?.id).toBe(m2?.tujuan[0]?.id);
    const added = [body?.misi[1]?.tujuan[1]?.id, body?.misi[2]?.id, body?.misi[2]?.tujuan[0]?.id];
    expect(added.every((id) => uuid.test(id ?? ''))).toBe(true);
    expect(added.some((id) => plan.misi.some((m) => m.id === id || m.tujuan.some((t) => t.id === id)))).toBe(false);
  });

  it('imports a sheet into a new plan, with its period; a sheet of a plan that exists is sent to that plan', async () => {
    const { user, form } = await openPlanTab('Rencana baru');
    const rows = (first: number): ImportCell[][] => [
      ['Periode awal', first], ['Periode akhir', first + 4], ['Visi', 'Visi baru'], ['No misi', 'Misi', 'No tujuan', 'Tujuan'], [1, 'Misi baru', '1.1', 'Tujuan baru'],
    ];
    await user.upload(importInput(), await xlsxFile(rows(start)));
    expect(await screen.findByText('Isi berkas dimuat ke draf: 1 misi, 1 tujuan. Periksa, lalu Simpan; belum ada yang tersimpan.')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull(); // nothing typed yet: nothing to lose
    expect(field(form, 'Periode awal (tahun)').value).toBe(String(start));
    expect(field(form, 'Periode akhir (tahun)').value).toBe(String(end));
    expect(field(form, 'Teks tujuan 1.1').value).toBe('Tujuan baru');
    await user.click(saveButton(form));
    await waitFor(() => expect(fake.server.puts.map((p) => p.path)).toEqual([`/api/admin/rpjmd-plans/${start}`]));

    await user.click(await screen.findByRole('button', { name: 'Rencana baru' }));
    await screen.findByRole('form', { name: 'Rencana baru' });
    await user.upload(importInput(), await xlsxFile(rows(start)));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Sudah ada rencana yang dimulai ${start} (${period}). Buka rencana itu dari daftar, lalu impor lagi agar misi dan tujuannya tetap terhubung.`,
    );
  });

  it('a sheet with row errors lists them all and leaves the draft; a sheet of another plan or a PDF is refused', async () => {
    const plan = buildPlan();
    fake.server.plans = [plan];
    const { user, form } = await openPlanTab(`Rencana ${period}`);
    await user.upload(importInput(), await xlsxFile([
      ['Periode awal', start], ['Periode akhir', 'lima tahun'], ['Visi', ''], [],
      ['No misi', 'Misi', 'No tujuan', 'Tujuan'],
      [1, 'Misi satu', '1.1', 'Tujuan satu'],
      [2, null, '2.1', 'Tujuan dua'],
      [null, null, '1.3', 'Salah tempat'],
    ]));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Berkas belum dapat dimuat: 4 kesalahan. Draf tidak berubah. Perbaiki berkasnya, lalu pilih lagi.')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Baris 2, kolom Periode akhir: Periode akhir bukan tahun antara 2000 dan 2100 ("lima tahun").',
      'Baris 3, kolom Visi: visi kosong.',
      'Baris 7, kolom Misi: misi 2 tanpa teks misi.',
      'Baris 8, kolom No tujuan: tujuan 1.3 berada di bawah misi 2; pindahkan barisnya ke bawah misinya atau perbaiki nomornya.',
    ]);
    expect(field(form, 'Visi').value).toBe(plan.visi);
    expect(field(form, 'Teks misi 1').value).toBe(plan.misi[0]?.text);

    await user.upload(importInput(), await xlsxFile([['Periode awal', end + 1], ['Periode akhir', end + 5], ['Visi', 'V'], ['No misi', 'Misi', 'No tujuan', 'Tujuan'], [1, 'M', null, null]]));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Berkas ini untuk rencana yang dimulai ${end + 1}, bukan rencana ${period} yang sedang dibuka. Buka rencana itu (atau Rencana baru), lalu impor lagi.`,
    );
    await user.upload(importInput(), new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], 'rpjmd.xlsx'));
    expect(within(await screen.findByRole('alert')).getByRole('listitem').textContent).toBe('Berkas ini bukan buku kerja Excel (.xlsx).');
    expect(field(form, 'Visi').value).toBe(plan.visi);
  });

  it('"Unduh template (XLSX)" gives the saved plan numbered as the import reads it back', async () => {
    const plan = buildPlan();
    fake.server.plans = [plan];
    const blobs: Array<{ name: string; blob: Blob }> = [];
    let last: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { last = blob as Blob; return 'blob:test/1'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { if (last) blobs.push({ name: this.download, blob: last }); });
    const { user } = await openPlanTab(`Rencana ${period}`);
    await user.click(screen.getByRole('button', { name: 'Unduh template (XLSX)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]?.name).toBe(`Template-RPJMD-${start}-${end}.xlsx`);
    const sheets = (await readXlsxFile(Buffer.from(await (blobs[0]?.blob as Blob).arrayBuffer()))) as unknown as Array<{ sheet: string; data: ImportCell[][] }>;
    expect(sheets.map((s) => s.sheet)).toEqual(['RPJMD', 'Sasaran dan IKU', 'Petunjuk']);
    const rows = sheets[0]?.data ?? [];
    expect(rows[6]?.slice(0, 4)).toEqual([null, null, '1.2', 'Meningkatnya mutu pendidikan']);
    const { periodStart, periodEnd, visi, misi, sasaran } = plan;
    expect(importRpjmdPlan(rows, { saved: plan, newId: () => 'baru', sasaranRows: sheets[1]?.data })).toEqual({ ok: true, content: { periodStart, periodEnd, visi, misi, sasaran } });
  });
});
