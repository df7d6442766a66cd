// Admin → Template LKE (real app, real Dexie; the admin endpoints faked in memory: the shared fake
// for the rest, the two LKE template endpoints here, answering the server's envelope; the server's
// own rules are in its service tests): a year without a template shows the default, last year's
// stored template is copied, weights are checked as typed and Simpan waits for 100, criteria are
// added and removed, Simpan sends the year's template and a locked year is refused in words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { defaultLkeTemplate, lkeTemplateOf, type LkeTemplate } from '../../../../src/domain/lke-template';
import type { LkeTemplateContent, LkeTemplateRecord } from '../../../../src/domain/lke-template-record';
import { periodOf } from '../../../../src/domain/period';
import { buildSessionInfo, sessionUnitRow, tenantId } from '../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../support/render-app';
import { fakeAdminFetch, fakeAdminState } from '../support/fake-admin-server';

const thisYear = periodOf(new Date(), 'Asia/Jakarta').year;

interface LkeServer { templates: LkeTemplateRecord[]; puts: Array<{ path: string; body: LkeTemplateContent }>; refuse: string | null }
let server: LkeServer;
let session: ActiveSession | null = null;
const realFetch = globalThis.fetch;

function buildLkeRecord(template: LkeTemplate, updatedAt = '2026-01-05T03:00:00.000Z'): LkeTemplateRecord {
  return { id: crypto.randomUUID(), tenantId, rev: 3, updatedAt, updatedBy: null, deviceId: null, deleted: false, ...template };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The LKE template endpoints over the shared admin fake. */
function lkeFetch(rest: typeof fetch): typeof fetch {
  return async (input, init = {}) => {
    const path = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost').pathname;
    const method = (init.method ?? 'GET').toUpperCase();
    if (path === '/api/admin/lke-templates' && method === 'GET') return json(200, { lkeTemplates: server.templates });
    const put = /^\/api\/admin\/lke-templates\/(\d{4})$/.exec(path);
    if (put && method === 'PUT') {
      const body = JSON.parse(String(init.body)) as LkeTemplateContent;
      server.puts.push({ path, body });
      if (server.refuse) return json(400, { error: { code: 'invalid_request', message: 'Permintaan tidak valid.', details: { reason: server.refuse, finalCount: 2 } } });
      const record = buildLkeRecord({ year: Number(put[1]), ...body }, new Date().toISOString());
      server.templates = [...server.templates.filter((t) => t.year !== record.year), record];
      return json(200, record);
    }
    return rest(input, init);
  };
}

beforeEach(() => {
  const info = buildSessionInfo('admin');
  server = { templates: [], puts: [], refuse: null };
  globalThis.fetch = lkeFetch(fakeAdminFetch(fakeAdminState(info.user.id, sessionUnitRow())));
  session = openTestSession(info);
});
afterEach(async () => {
  globalThis.fetch = realFetch;
  if (session) await closeTestSession(session);
  session = null;
});

async function openLkeTab() {
  if (!session) throw new Error('no session');
  const user = userEvent.setup();
  renderApp(session, ['/admin'], 'id');
  await user.click(await screen.findByRole('tab', { name: 'Template LKE' }));
  const form = await screen.findByRole('form', { name: `Template LKE ${thisYear}` });
  return { user, form };
}

const input = (form: HTMLElement, label: string) => within(form).getByLabelText(label) as HTMLInputElement;
const saveButton = (form: HTMLElement) => within(form).getByRole('button', { name: 'Simpan' }) as HTMLButtonElement;

/** Unfolds component n (its fields are not rendered while folded). */
async function unfold(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, n: number) {
  const summary = within(form).getByText((_, el) => el?.tagName === 'SUMMARY' && (el.textContent ?? '').startsWith(`${n}. `));
  await user.click(summary);
  await within(form).findByLabelText(`Nama komponen ${n}`);
}

async function retype(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

describe('Template LKE', () => {
  it('a year with no template of its own shows the default, whose weights add up to 100', async () => {
    const { user, form } = await openLkeTab();
    expect(screen.getByText(`Tahun ${thisYear} memakai template bawaan (PermenPANRB 88/2021): pemda belum menyimpan template sendiri untuk tahun ini.`)).toBeTruthy();
    expect((screen.getByLabelText('Tahun') as HTMLSelectElement).value).toBe(String(thisYear));
    expect(input(form, 'Judul template').value).toBe(defaultLkeTemplate.title);
    expect(defaultLkeTemplate.components.map((_, i) => input(form, `Bobot komponen ${i + 1}`).value)).toEqual(['30', '30', '15', '25']);
    expect(within(form).queryByLabelText('Kriteria 1.1.1')).toBeNull(); // folded
    await unfold(user, form, 1);
    expect(within(form).getByText('1. Perencanaan Kinerja — bobot 30 · 25 kriteria')).toBeTruthy();
    expect(input(form, 'Kriteria 1.1.1').value).toBe(defaultLkeTemplate.components[0]?.subComponents[0]?.criteria[0]?.text);
    expect((within(form).getByLabelText('Skala jawaban kriteria 1.2.1') as HTMLSelectElement).value).toBe('grade');
    expect(within(form).getByText('Jumlah bobot komponen: 100 (harus 100)')).toBeTruthy();
    expect(within(form).getByText('Bobot berjumlah 100 dan semua isian lengkap: template siap disimpan.')).toBeTruthy();
    expect(saveButton(form).disabled).toBe(false);
  });

  it('copies last year\'s stored template; with unsaved changes the default replaces the draft only after asking', async () => {
    const last = lkeTemplateOf(thisYear - 1);
    const adapted: LkeTemplate = {
      ...last, title: 'LKE Kabupaten Sleman',
      components: last.components.map((c, i) => (i === 0 ? { ...c, weight: 35 } : i === 1 ? { ...c, weight: 25 } : c)),
    };
    server.templates = [buildLkeRecord(adapted)];
    const { user, form } = await openLkeTab();
    await user.click(screen.getByRole('button', { name: `Salin dari tahun ${thisYear - 1}` }));
    expect(screen.queryByRole('alertdialog')).toBeNull(); // nothing typed yet: nothing to lose
    expect(input(form, 'Judul template').value).toBe('LKE Kabupaten Sleman');
    expect(input(form, 'Bobot komponen 1').value).toBe('35');
    expect(input(form, 'Bobot komponen 2').value).toBe('25');
    expect(screen.getByText(`Template tahun ${thisYear - 1} disalin untuk ${thisYear}. Periksa dan sesuaikan, lalu Simpan.`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Pakai template bawaan' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Ganti perubahan yang belum disimpan?' });
    await user.click(within(ask).getByRole('button', { name: 'Batal' }));
    expect(input(form, 'Judul template').value).toBe('LKE Kabupaten Sleman');
    await user.click(screen.getByRole('button', { name: 'Pakai template bawaan' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ya, ganti' }));
    expect(input(form, 'Judul template').value).toBe(defaultLkeTemplate.title);
    expect(input(form, 'Bobot komponen 1').value).toBe('30');
    expect(server.puts).toEqual([]);
  });

  it('a component weight that breaks the total of 100 is named and disables Simpan; decimals with a comma or a dot fix it', async () => {
    const { user, form } = await openLkeTab();
    await retype(user, input(form, 'Bobot komponen 1'), '27,5');
    expect(await within(form).findByText('Bobot komponen berjumlah 97,5, harus 100.')).toBeTruthy();
    expect(within(form).getByText('Jumlah bobot komponen: 97,5 (harus 100)')).toBeTruthy();
    expect(within(form).getByText('Simpan belum dapat dipakai: perbaiki 1 hal di atas.')).toBeTruthy();
    expect(saveButton(form).disabled).toBe(true);

    await unfold(user, form, 2);
    await retype(user, input(form, 'Bagian sub-komponen 2.3 (%)'), '30');
    expect(within(form).getByText('Bagian sub-komponen Pengukuran Kinerja berjumlah 90%, harus 100%.')).toBeTruthy();
    await retype(user, input(form, 'Bagian sub-komponen 2.3 (%)'), '40');

    await retype(user, input(form, 'Bobot komponen 4'), '27.5');
    await waitFor(() => expect(saveButton(form).disabled).toBe(false));
    expect(within(form).queryByText(/Bobot komponen berjumlah/)).toBeNull();
    expect(within(form).getByText('Jumlah bobot komponen: 100 (harus 100)')).toBeTruthy();
  });

  it('adds a criterion with the next id and removes one after asking; Simpan sends them', async () => {
    const { user, form } = await openLkeTab();
    await unfold(user, form, 1);
    await user.click(within(form).getByRole('button', { name: 'Tambah kriteria ke sub-komponen 1.1' }));
    const added = input(form, 'Kriteria 1.1.8');
    expect(added.value).toBe('');
    expect(within(form).getByText('Kriteria 1.1.8 belum diisi.')).toBeTruthy();
    expect(saveButton(form).disabled).toBe(true);
    await user.type(added, 'Terdapat SOP pengumpulan data kinerja.');
    await waitFor(() => expect(saveButton(form).disabled).toBe(false));

    await user.click(within(form).getByRole('button', { name: 'Hapus kriteria 1.1.2' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Hapus kriteria 1.1.2?' });
    await user.click(within(ask).getByRole('button', { name: 'Ya, hapus' }));
    expect(within(form).queryByLabelText('Kriteria 1.1.8')).toBeNull(); // seven again, numbered by place
    expect(input(form, 'Kriteria 1.1.7').value).toBe('Terdapat SOP pengumpulan data kinerja.');

    await user.click(saveButton(form));
    await waitFor(() => expect(server.puts).toHaveLength(1));
    const criteria = server.puts[0]?.body.components[0]?.subComponents[0]?.criteria ?? [];
    expect(criteria.map((k) => k.id)).toEqual([1, 3, 4, 5, 6, 7, 8].map((n) => `perencanaan.keberadaan.${n}`));
    expect(criteria.at(-1)).toEqual({ id: 'perencanaan.keberadaan.8', text: 'Terdapat SOP pengumpulan data kinerja.', weight: 1, scale: 'yesNo' });
  });

  it('Simpan sends the year in the path and the title and components, says so, and the year then uses its own template', async () => {
    const { user, form } = await openLkeTab();
    await retype(user, input(form, 'Judul template'), 'LKE Sleman');
    await unfold(user, form, 1);
    await retype(user, input(form, 'Bobot kriteria 1.2.1'), '2');
    await user.selectOptions(within(form).getByLabelText('Skala jawaban kriteria 1.1.1'), 'A–E');
    await user.click(saveButton(form));
    expect(await within(form).findByText(`Template LKE ${thisYear} disimpan.`)).toBeTruthy();
    expect(server.puts.map((p) => p.path)).toEqual([`/api/admin/lke-templates/${thisYear}`]);
    const body = server.puts[0]?.body;
    const expected = lkeTemplateOf(thisYear);
    expect(Object.keys(body ?? {}).sort()).toEqual(['components', 'title']);
    expect(body?.title).toBe('LKE Sleman');
    expect(body?.components.map((c) => [c.id, c.weight])).toEqual(expected.components.map((c) => [c.id, c.weight]));
    expect(body?.components[0]?.subComponents[0]?.criteria[0]?.scale).toBe('grade');
    expect(body?.components[0]?.subComponents[1]?.criteria[0]?.weight).toBe(2);
    expect(body?.components[3]?.subComponents[2]?.criteria).toEqual(expected.components[3]?.subComponents[2]?.criteria);
    expect(await screen.findByText(new RegExp(`^Tahun ${thisYear} memakai template pemda sendiri, terakhir disimpan `))).toBeTruthy();
  });

  it('a year locked by a final LKE is refused in words, and the draft stays', async () => {
    server.refuse = 'lke_template_in_use';
    const { user, form } = await openLkeTab();
    await retype(user, input(form, 'Judul template'), 'LKE Sleman');
    await user.click(saveButton(form));
    expect(await within(form).findByText('Template LKE tahun ini terkunci: LKE salah satu unit untuk tahun ini sudah final, sehingga template tidak dapat diubah lagi.')).toBeTruthy();
    expect(server.puts).toHaveLength(1);
    expect(input(form, 'Judul template').value).toBe('LKE Sleman');
    expect(screen.getByText(/memakai template bawaan/)).toBeTruthy();
  });
});
