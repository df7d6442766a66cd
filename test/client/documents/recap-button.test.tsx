// The pemda dashboard's recap button over a real Dexie: first without the font on the device (a
// message in Indonesian, no download), then with it. Its own file: the font is cached per module.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildProgram, buildRealisation, buildSessionInfo } from '../features/support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../features/support/render-app';
import { pdfText } from './support';

let session: ActiveSession | null = null;
let downloads: Array<{ name: string; blob: Blob }> = [];
let fontsOnline = true;

beforeEach(() => {
  downloads = [];
  fontsOnline = true;
  const urls = new Map<string, Blob>();
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${urls.size}`;
      urls.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = urls.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
  // The service worker's precache, as the page sees it: /fonts/* answered from public/fonts.
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (!fontsOnline || !String(url).startsWith('/fonts/')) throw new TypeError('Failed to fetch');
    return new Response(readFileSync(resolve(__dirname, '../../../public', String(url).slice(1))));
  }));
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  if (session) await closeTestSession(session);
  session = null;
});

async function seedUnit(db: ActiveSession['db'], status: 'draft' | 'signed' = 'signed') {
  const unit = buildOrgUnit({ name: 'Dinas Kesehatan' });
  const agreement = buildAgreement({ orgUnitId: unit.id, status });
  const goal = buildGoal(agreement, { name: 'Meningkatnya derajat kesehatan' });
  const indicator = buildIndicator(goal, { name: 'Persalinan di faskes', unit: '%', targetType: 'percent', aggregation: 'last', annualTarget: 93.75, quarterTargets: [90, 91, 92, 93.75] });
  await db.orgUnits.put(unit);
  await db.agreements.put(agreement);
  await db.goals.put(goal);
  await db.indicators.put(indicator);
  await db.programs.put(buildProgram(agreement, { budget: 1_234_567_000, name: 'Program Pemenuhan Upaya Kesehatan' }));
  await db.realisations.put(buildRealisation(indicator, { quarter: 1, value: 81, obstacles: 'Bidan cuti melahirkan' }));
  return agreement;
}

describe('recap button', () => {
  it('pemda dashboard: the recap PDF, and an error in Indonesian when the font is not on the device', async () => {
    session = openTestSession(buildSessionInfo('leader'));
    await seedUnit(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard'], 'id');
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    fontsOnline = false;
    await user.click(await screen.findByRole('button', { name: 'Unduh rekap (PDF)' }));
    expect((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent).toMatch(/^Dokumen gagal dibuat: huruf dokumen belum tersimpan di perangkat/);
    expect(downloads).toHaveLength(0);

    fontsOnline = true;
    await user.click(screen.getByRole('button', { name: 'Unduh rekap (PDF)' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 });
    expect(downloads[0]?.name).toMatch(/^Rekap-Capaian-TW1-\d{4}-Kabupaten-Sleman\.pdf$/);
    const text = await pdfText(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    // The entry is still a draft: the figure includes it, marked * and explained under the table.
    expect(text).toMatch(/1\s+Dinas Kesehatan \*\s+1\/1\s+90%\s+Tinggi/);
    expect(text).toContain('* memuat realisasi yang belum diverifikasi.');
  });

});
