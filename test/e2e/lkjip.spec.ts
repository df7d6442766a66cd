// The LKjIP draft in Chromium (issue 20, "Proof"): a camat downloads the DOCX from the submission
// page and its Bab III table holds the unit's figures, read back from the file; the Word writer is
// not precached, so it is fetched on first use, then kept by the service worker, and the second
// draft is made offline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInSynced, useE2eSuite } from '../support/e2e-suite';
import { readDocx } from '../client/documents/docx-read';
import { aggregatedRealisation } from '../../src/domain/achievement';
import { formatRealisationText } from '../../src/client/documents/format';
import { lkjipYearOf } from '../../src/domain/lkjip';
import { periodOf } from '../../src/domain/period';

const suite = useE2eSuite();

async function downloadDraft(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const section = page.getByRole('region', { name: 'Draf LKjIP' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    section.getByRole('button', { name: 'Unduh draf LKjIP (DOCX)' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

describe('the LKjIP draft', () => {
  it('is a DOCX whose Bab III table holds the unit\'s figures, made offline once its writer is on the device', { timeout: 240_000 }, async () => {
    const { demo } = suite.server;
    const user = demo.users.find((u) => u.username === 'camat.seruyanhilir');
    const year = lkjipYearOf(periodOf(new Date(), 'Asia/Jakarta'));
    const agreement = demo.agreements.filter((a) => a.orgUnitId === user?.orgUnitId && a.year === year && a.status === 'signed').sort((a, b) => b.version - a.version)[0];
    if (!user || !agreement) throw new Error(`demo: no signed ${year} PK for camat.seruyanhilir`);
    const goalOrder = new Map(demo.goals.filter((g) => g.agreementId === agreement.id).map((g) => [g.id, g.order]));
    const indicators = demo.indicators
      .filter((i) => i.agreementId === agreement.id && !i.deleted)
      .sort((a, b) => (goalOrder.get(a.goalId) ?? 0) - (goalOrder.get(b.goalId) ?? 0) || a.order - b.order);
    const expected = indicators.map((indicator) => {
      const values = [1, 2, 3, 4].map((q) => demo.realisations.find((r) => r.indicatorId === indicator.id && r.quarter === q && !r.deleted)?.value ?? null);
      return [indicator.name, formatRealisationText(indicator, aggregatedRealisation(indicator, values as [number | null, number | null, number | null, number | null]))];
    });
    expect(expected.some(([, realisation]) => realisation !== '—')).toBe(true);

    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 }, acceptDownloads: true });
    const page = await context.newPage();
    await signInSynced(page, suite.server.url, 'camat.seruyanhilir', { offlineReady: true });
    await page.getByText(/^Siap dipakai tanpa internet/).waitFor({ timeout: 30_000 });
    await page.goto(`${suite.server.url}/submit`);
    await page.getByRole('region', { name: 'Draf LKjIP' }).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Tahun laporan').inputValue()).toBe(String(year));

    const first = await downloadDraft(page);
    expect(first.name).toBe(`LKjIP-${year}-Kecamatan-Seruyan-Hilir.docx`);
    const docx = readDocx(first.bytes);
    const table = docx.tables.find((t) => t[0]?.join('|') === 'No|Sasaran|Indikator Kinerja|Satuan|Target|Realisasi|Capaian|Predikat');
    if (!table) throw new Error('no Bab III achievement table in the DOCX');
    // Each row: its indicator and its realisation (the sasaran cell is only in a goal's first row).
    expect(table.slice(1).map((row) => [row.at(-6), row.at(-3)])).toEqual(expected);
    expect(docx.paragraphs.join('\n')).toContain('BAB III AKUNTABILITAS KINERJA');

    // The writer came from the network once and is now in the worker's own cache: offline works.
    const cached = await page.evaluate(async () => (await (await caches.open('pantau-on-demand')).keys()).map((r) => new URL(r.url).pathname));
    expect(cached).toEqual([expect.stringMatching(/^\/assets\/lkjip-docx-[\w-]+\.js$/)]);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('region', { name: 'Draf LKjIP' }).waitFor({ timeout: 20_000 });
    const second = await downloadDraft(page);
    expect(readDocx(second.bytes).tables.find((t) => t[0]?.includes('Predikat'))?.length).toBe(table.length);
    await context.close();
  });
});
