// Admin → RPJMD, the plan's sasaran daerah and IKU under each tujuan (real app, real Dexie; the plan
// endpoints faked, support/fake-plan-server.ts): a saved plan's sasaran with their targets shown
// the Indonesian way, a sasaran and an IKU added with a target per year and an end-of-period
// target typed with a decimal comma (a typo named and Simpan held back), removing after asking,
// and a tujuan removed taking its sasaran with it; the XLSX import of the sheet "Sasaran dan IKU"
// into the draft, or its row errors naming the sheet.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import writeXlsxFile from 'write-excel-file/node';
import type { ImportCell } from '../../../../src/domain/pk-import-types';
import { periodOf } from '../../../../src/domain/period';
import type { RpjmdPlan } from '../../../../src/domain/rpjmd-plan';
import { buildPlanIku, buildPlanSasaran, buildRpjmdPlan } from '../../../support/factories';
import { tenantId } from '../support/fixtures';
import { renderApp } from '../support/render-app';
import { useFakePlanAdmin } from '../support/fake-plan-server';

const start = periodOf(new Date(), 'Asia/Jakarta').year - 1;
const end = start + 4;
const years = [start, start + 1, start + 2, start + 3, start + 4];
const formName = `Rencana ${start}–${end}`;

const fake = useFakePlanAdmin();

/** The plan with one sasaran under tujuan 1.1 and its IKU (72 in the first year, 72,5 in the second…, 74 at the end). */
function savedPlan(): RpjmdPlan {
  const plan = buildRpjmdPlan({ id: tenantId }, { periodStart: start, rev: 4 });
  const tujuan11 = plan.misi[0]?.tujuan[0]?.id ?? '';
  return { ...plan, sasaran: [buildPlanSasaran(tujuan11, { iku: [buildPlanIku(years)] })] };
}


async function openPlan() {
  const user = userEvent.setup();
  renderApp(fake.session, ['/admin'], 'id');
  await user.click(await screen.findByRole('tab', { name: 'RPJMD' }));
  return { user, form: await screen.findByRole('form', { name: formName }) };
}
const box = (form: HTMLElement, name: string) => within(form).getByRole('textbox', { name }) as HTMLInputElement;
const problemTexts = (form: HTMLElement) => within(within(form).getByRole('list', { name: 'Yang perlu diperbaiki' })).getAllByRole('listitem').map((li) => li.textContent);
const saveButton = (form: HTMLElement) => within(form).getByRole('button', { name: 'Simpan' }) as HTMLButtonElement;

describe('Admin → RPJMD, sasaran daerah and IKU', () => {
  it('shows a saved sasaran under its tujuan, its IKU with a target per year of the period, numbers the Indonesian way', async () => {
    const plan = savedPlan();
    fake.server.plans = [plan];
    const { form } = await openPlan();
    expect(box(form, 'Teks sasaran daerah 1.1.1').value).toBe('Meningkatnya usia harapan hidup masyarakat');
    expect(box(form, 'Nama IKU 1.1.1.1').value).toBe('Angka usia harapan hidup');
    expect(box(form, 'Satuan IKU 1.1.1.1').value).toBe('tahun');
    expect(years.map((y) => box(form, `Target ${y} — Angka usia harapan hidup`).value)).toEqual(['72', '72,5', '73', '73,5', '74']);
    expect(box(form, 'Target akhir periode — Angka usia harapan hidup').value).toBe('74');
    expect(within(form).getByRole('list', { name: 'IKU sasaran daerah 1.1.1' })).toBeTruthy();
    expect(within(form).getAllByText('Tujuan ini belum memiliki sasaran daerah.')).toHaveLength(2); // 1.2 and 2.1
  });

  it('a sasaran and an IKU added are checked as typed, a target that is not a number is named, and Simpan sends them', async () => {
    const plan = savedPlan();
    fake.server.plans = [plan];
    const { user, form } = await openPlan();
    await user.click(within(form).getByRole('button', { name: 'Tambah sasaran daerah ke tujuan 1.2' }));
    expect(problemTexts(form)).toEqual(['Teks sasaran daerah 1.2.1 belum diisi.']);
    await user.type(box(form, 'Teks sasaran daerah 1.2.1'), 'Meningkatnya kualitas pendidikan');
    await user.click(within(form).getByRole('button', { name: 'Tambah IKU ke sasaran daerah 1.2.1' }));
    // Before it has a name, its fields name it by its place.
    expect(box(form, `Target ${start} — IKU 1.2.1.1`)).toBeTruthy();
    await user.type(box(form, 'Nama IKU 1.2.1.1'), 'Harapan lama sekolah');
    await user.type(box(form, 'Satuan IKU 1.2.1.1'), 'tahun');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Polaritas IKU 1.2.1.1' }), 'Naik: semakin tinggi semakin baik');
    await user.type(box(form, `Target ${start} — Harapan lama sekolah`), '13,2,5');
    expect(problemTexts(form)).toEqual([`Target ${start} IKU “Harapan lama sekolah” bukan angka: tulis seperti 74,5 (koma untuk desimal).`]);
    expect(box(form, `Target ${start} — Harapan lama sekolah`).getAttribute('aria-invalid')).toBe('true');
    expect(saveButton(form).disabled).toBe(true);
    await user.clear(box(form, `Target ${start} — Harapan lama sekolah`));
    await user.type(box(form, `Target ${start} — Harapan lama sekolah`), '13,25');
    await user.type(box(form, `Target ${end} — Harapan lama sekolah`), '14');
    await user.type(box(form, 'Target akhir periode — Harapan lama sekolah'), '14,5');
    expect(within(form).getByText('Semua isian lengkap dan periodenya sah: rencana siap disimpan.')).toBeTruthy();

    await user.click(saveButton(form));
    await waitFor(() => expect(fake.server.puts).toHaveLength(1));
    const sent = fake.server.puts[0]?.body.sasaran ?? [];
    expect(sent[0]).toEqual(plan.sasaran[0]);
    expect(sent[1]).toMatchObject({
      tujuanId: plan.misi[0]?.tujuan[1]?.id, text: 'Meningkatnya kualitas pendidikan',
      iku: [{ name: 'Harapan lama sekolah', satuan: 'tahun', polarity: 'higher', targets: [{ year: start, value: 13.25 }, { year: end, value: 14 }], endTarget: 14.5 }],
    });
    expect(await within(form).findByText(`Rencana ${start}–${end} disimpan.`)).toBeTruthy();
  });

  it('removing an IKU or a sasaran asks first; a tujuan removed takes its sasaran with it', async () => {
    fake.server.plans = [savedPlan()];
    const { user, form } = await openPlan();
    await user.click(within(form).getByRole('button', { name: 'Hapus IKU 1.1.1.1' }));
    const askIku = await screen.findByRole('alertdialog', { name: 'Hapus IKU 1.1.1.1?' });
    await user.click(within(askIku).getByRole('button', { name: 'Batal' }));
    expect(box(form, 'Nama IKU 1.1.1.1').value).toBe('Angka usia harapan hidup');

    await user.click(within(form).getByRole('button', { name: 'Hapus tujuan 1.1' }));
    const askTujuan = await screen.findByRole('alertdialog', { name: 'Hapus tujuan 1.1?' });
    expect(within(askTujuan).getByText(/Tujuan ini dan 1 sasaran daerah rencana di bawahnya \(beserta IKU dan targetnya\) hilang setelah Simpan/)).toBeTruthy();
    await user.click(within(askTujuan).getByRole('button', { name: 'Batal' }));

    await user.click(within(form).getByRole('button', { name: 'Hapus sasaran daerah 1.1.1' }));
    const askSasaran = await screen.findByRole('alertdialog', { name: 'Hapus sasaran daerah 1.1.1?' });
    expect(within(askSasaran).getByText('Sasaran daerah ini dan 1 IKU-nya beserta targetnya hilang dari rencana setelah Simpan.')).toBeTruthy();
    await user.click(within(askSasaran).getByRole('button', { name: 'Ya, hapus' }));
    expect(within(form).queryByRole('textbox', { name: 'Teks sasaran daerah 1.1.1' })).toBeNull();
    // An empty sasaran just added goes at once.
    await user.click(within(form).getByRole('button', { name: 'Tambah sasaran daerah ke tujuan 2.1' }));
    await user.click(within(form).getByRole('button', { name: 'Hapus sasaran daerah 2.1.1' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(saveButton(form));
    await waitFor(() => expect(fake.server.puts).toHaveLength(1));
    expect(fake.server.puts[0]?.body.sasaran).toEqual([]);
  });

  it('waits for a valid period before offering the yearly targets', async () => {
    fake.server.plans = [savedPlan()];
    const { user, form } = await openPlan();
    await user.clear(box(form, 'Periode akhir (tahun)'));
    expect(within(form).getByText('Isi periode yang sah di atas untuk mengisi target per tahun.')).toBeTruthy();
    expect(within(form).queryByRole('textbox', { name: `Target ${start} — Angka usia harapan hidup` })).toBeNull();
    await user.type(box(form, 'Periode akhir (tahun)'), String(end));
    expect(box(form, `Target ${start + 1} — Angka usia harapan hidup`).value).toBe('72,5');
  });

  it('imports the sheet "Sasaran dan IKU" into the draft with its targets; its row errors name the sheet, and the draft stays', async () => {
    fake.server.plans = [savedPlan()];
    const { user, form } = await openPlan();
    const head = ['Tujuan', 'Sasaran daerah', 'IKU', 'Satuan', 'Polaritas (naik/turun)', ...years.map((y) => `Target ${y}`), 'Target akhir periode'];
    const input = screen.getByLabelText('Impor dari Excel (berkas .xlsx)');
    await user.upload(input, await xlsxFile([head, ['1.2', 'Meningkatnya mutu pendidikan', 'Harapan lama sekolah', 'tahun', 'naik', '13,5', 13.6, null, null, 14, '14,25']]));
    expect(await screen.findByText('Isi berkas dimuat ke draf: 2 misi, 3 tujuan, 1 sasaran daerah, 1 IKU. Periksa, lalu Simpan; belum ada yang tersimpan.')).toBeTruthy();
    expect(within(form).queryByRole('textbox', { name: 'Teks sasaran daerah 1.1.1' })).toBeNull(); // the file's sasaran replace the draft's
    expect(box(form, 'Teks sasaran daerah 1.2.1').value).toBe('Meningkatnya mutu pendidikan');
    expect([...years.map((y) => box(form, `Target ${y} — Harapan lama sekolah`).value), box(form, 'Target akhir periode — Harapan lama sekolah').value])
      .toEqual(['13,5', '13,6', '', '', '14', '14,25']);

    await user.upload(input, await xlsxFile([head, ['1.2', 'Lain', 'IKU lain', 'tahun', null, 'tiga belas'], ['9.9', 'Salah tujuan']]));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Lembar Sasaran dan IKU baris 2, kolom Target ${start}: target bukan angka ("tiga belas"); tulis seperti 74,5.`,
      'Lembar Sasaran dan IKU baris 3, kolom Tujuan: tujuan 9.9 tidak ada di lembar RPJMD.',
    ]);
    expect(box(form, 'Teks sasaran daerah 1.2.1').value).toBe('Meningkatnya mutu pendidikan');
  });
});

/** An XLSX of the saved plan's "RPJMD" sheet and a "Sasaran dan IKU" sheet of these rows, as a picked file. */
async function xlsxFile(sasaranRows: ImportCell[][]): Promise<File> {
  const cells = (rows: ImportCell[][]) => rows.map((row) => row.map((value) => (value === null || value === undefined ? null : { value: value as string | number })));
  const plan: ImportCell[][] = [
    ['Periode awal', start], ['Periode akhir', end], ['Visi', 'Sleman maju'], ['No misi', 'Misi', 'No tujuan', 'Tujuan'],
    [1, 'Misi satu', '1.1', 'Tujuan satu'], [null, null, '1.2', 'Tujuan dua'], [2, 'Misi dua', '2.1', 'Tujuan tiga'],
  ];
  const bytes = await writeXlsxFile([{ sheet: 'RPJMD', data: cells(plan) }, { sheet: 'Sasaran dan IKU', data: cells(sasaranRows) }]).toBuffer();
  return new File([new Uint8Array(bytes)], 'rpjmd.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
