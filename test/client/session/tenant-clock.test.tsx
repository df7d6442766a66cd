// The screens read "today", the current quarter and deadlines on the pemda's clock (its zone, a
// tenant setting), not the device's: at 31 March 16:30 UTC a WIB pemda is still in TW I on
// 31 March, a WITA pemda already in TW II on 1 April.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionInfo } from '../../../src/api/auth';
import type { TenantSettingsResponse } from '../../../src/api/admin';
import { adminApi } from '../../../src/client/features/admin/api';
import type { ActiveSession } from '../../../src/client/session/active-session';
import type { TenantTimeZone } from '../../../src/domain/tenant-clock';
import type { PeriodWindow } from '../../../src/domain/period-window';
import { buildAgreement, year } from '../../support/factories';
import { buildSessionInfo, tenantId } from '../features/support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../features/support/render-app';
import { seedAgreement } from '../features/support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  if (session) await closeTestSession(session);
  session = null;
});

const lastHourOfMarch = `${year}-03-31T16:30:00Z`; // 23:30 WIB on 31 March, 00:30 WITA on 1 April

function infoIn(timeZone: TenantTimeZone, role: SessionInfo['user']['role']): SessionInfo {
  const info = buildSessionInfo(role);
  return { ...info, tenant: { ...info.tenant, settings: { ...info.tenant.settings, timeZone } } };
}

describe('on the device, at the last hour of March in UTC', () => {
  it.each<[TenantTimeZone, string]>([['Asia/Jakarta', 'I'], ['Asia/Makassar', 'II'], ['Asia/Jayapura', 'II']])(
    'home asks for the quarter the pemda is in (%s: TW %s)', async (timeZone, quarter) => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(lastHourOfMarch) });
      session = openTestSession(infoIn(timeZone, 'operator'));
      await seedAgreement(session.db);
      await session.db.realisations.clear(); // nothing entered yet: both quarters have work to show
      renderApp(session, ['/']);
      const card = await screen.findByRole('region', { name: 'Yang perlu dikerjakan sekarang' });
      expect(within(card).getByRole('heading', { name: new RegExp(`^TW ${quarter}: \\d+ indikator belum diisi$`) })).toBeTruthy();
    });

  it.each<[TenantTimeZone, string]>([['Asia/Jakarta', `${year}-03-31`], ['Asia/Makassar', `${year}-04-01`], ['Asia/Jayapura', `${year}-04-01`]])(
    'a PK is signed, by default, on the pemda’s today (%s: %s)', async (timeZone, today) => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(lastHourOfMarch) });
      session = openTestSession(infoIn(timeZone, 'head'));
      const seeded = await seedAgreement(session.db);
      const draft = buildAgreement(seeded.unit, { year: year + 1, status: 'draft', signedOn: null, signedPlace: null });
      await session.db.agreements.put(draft);
      renderApp(session, [`/agreements/${draft.id}/edit`]);
      const date = await screen.findByLabelText('Tanggal tanda tangan', {}, { timeout: 8000 });
      expect((date as HTMLInputElement).value).toBe(today);
    });

  it('writes a deadline on the pemda’s clock wherever the reader is', async () => {
    session = openTestSession(infoIn('Asia/Makassar', 'evaluator'));
    await session.db.periodWindows.put({
      id: crypto.randomUUID(), tenantId, rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
      year, quarter: 1, locked: false, lockAt: `${year + 1}-04-15T15:59:00.000Z`, // 23:59 WITA, 22:59 WIB
    });
    renderApp(session, ['/review']);
    expect(await screen.findByText(`TW I: dibuka sampai 15 April ${year + 1} pukul 23.59`, {}, { timeout: 8000 })).toBeTruthy();
  });
});

describe('the admin’s input schedule', () => {
  const settings = (timeZone: TenantTimeZone): TenantSettingsResponse => ({
    logo: null, name: 'Provinsi Kalimantan Timur', kind: 'provinsi', regionalHeadName: '', regionalHeadTitle: '',
    lowerIsBetterFormula: 'A', achievementCap: null, bandSet: 'permendagri86', warningBelowCategory: 'tinggi', categoryKeys: ['tinggi'], timeZone,
  });
  const windowOf = (lockAt: string): PeriodWindow => ({
    id: crypto.randomUUID(), tenantId, rev: 3, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, deviceId: null, deleted: false,
    year, quarter: 1, locked: false, lockAt,
  });

  async function openWindows(timeZone: TenantTimeZone, windows: PeriodWindow[]) {
    vi.spyOn(adminApi, 'listOrgUnits').mockResolvedValue([]);
    vi.spyOn(adminApi, 'getSettings').mockResolvedValue(settings(timeZone));
    vi.spyOn(adminApi, 'listPeriodWindows').mockResolvedValue(windows);
    const view = renderApp(session ?? (session = openTestSession(buildSessionInfo('admin'))), ['/admin']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Jadwal input' }, { timeout: 8000 }));
    return { user, view, form: await screen.findByRole('form', { name: `TW I ${year}` }) };
  }

  it.each<[TenantTimeZone, string, string]>([
    ['Asia/Makassar', 'WITA', `${year}-04-15T15:59:00.000Z`],
    ['Asia/Jakarta', 'WIB', `${year}-04-15T16:59:00.000Z`],
    ['Asia/Jayapura', 'WIT', `${year}-04-15T14:59:00.000Z`],
  ])('takes "15 April 23.59" in the pemda’s zone (%s, %s) and shows it back the same', async (timeZone, abbreviation, instant) => {
    // The admin's session still says WIB: the zone comes from the settings as they are now.
    const first = await openWindows(timeZone, []);
    expect(within(first.form).getByText(`Menurut jam pemda (${abbreviation}), misalnya 15 April pukul 23.59 untuk TW I.`)).toBeTruthy();
    const saved = vi.spyOn(adminApi, 'setPeriodWindow').mockResolvedValue(windowOf(instant));
    const deadline = within(first.form).getByLabelText(/Kunci otomatis pada/);
    await first.user.clear(deadline);
    await first.user.type(deadline, `${year}-04-15T23:59`);
    await first.user.click(within(first.form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(saved).toHaveBeenCalledWith(year, 1, { locked: false, lockAt: instant, extensions: [] }));
    first.view.unmount();

    const again = await openWindows(timeZone, [windowOf(instant)]);
    expect((within(again.form).getByLabelText(/Kunci otomatis pada/) as HTMLInputElement).value).toBe(`${year}-04-15T23:59`);
    expect(within(again.form).getByText(new RegExp(` · dikunci otomatis 15 Apr ${year}, 23\\.59 ${abbreviation}$`))).toBeTruthy();
  });
});

describe('the tenant settings form', () => {
  it('offers WIB, WITA and WIT and sends the chosen zone', async () => {
    const initial: TenantSettingsResponse = {
      logo: null, name: 'Kabupaten Seruyan', kind: 'kabupaten', regionalHeadName: '', regionalHeadTitle: '',
      lowerIsBetterFormula: 'A', achievementCap: null, bandSet: 'permendagri86', warningBelowCategory: 'tinggi', categoryKeys: ['tinggi'], timeZone: 'Asia/Jakarta',
    };
    session = openTestSession(buildSessionInfo('admin')); // the form keeps its draft in the user's drafts database
    vi.spyOn(adminApi, 'listOrgUnits').mockResolvedValue([]);
    vi.spyOn(adminApi, 'getSettings').mockResolvedValue(initial);
    const update = vi.spyOn(adminApi, 'updateSettings').mockResolvedValue({ ...initial, timeZone: 'Asia/Makassar' });
    renderApp(session, ['/admin']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Pengaturan pemda' }, { timeout: 8000 }));
    const zone = await screen.findByLabelText('Zona waktu');
    expect([...(zone as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['WIB (Asia/Jakarta)', 'WITA (Asia/Makassar)', 'WIT (Asia/Jayapura)']);
    expect((zone as HTMLSelectElement).value).toBe('Asia/Jakarta');
    await user.selectOptions(zone, 'Asia/Makassar');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(update).toHaveBeenCalledWith(expect.objectContaining({ timeZone: 'Asia/Makassar' })));
  });
});

