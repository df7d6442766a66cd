// A camat's 2019 tablet held upright is 768 px wide: every demo unit's PK — indicators, quarter
// cells, capaian, and the budget table with its realisation — must fit without sideways scrolling
// (a clipped capaian column is what users would otherwise see first). An evaluator of each pemda
// opens every unit at 768 × 1024.
import { describe, expect, it } from 'vitest';
import { logIn, useE2eSuite } from '../support/e2e-suite';

const suite = useE2eSuite();

describe('the PK on a portrait tablet', () => {
  it.each(['evaluator.kaltim', 'evaluator.seruyan'])('fits 768 px for every unit %s can read', async (username) => {
    const context = await suite.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await logIn(page, suite.server.url, username);
    await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    const user = suite.server.demo.users.find((u) => u.username === username);
    const units = suite.server.demo.orgUnits.filter((u) => u.tenantId === user?.tenantId);
    const agreements = new Set(suite.server.demo.agreements.map((a) => a.orgUnitId));
    const overflowing: string[] = [];
    let checked = 0;
    for (const unit of units.filter((u) => agreements.has(u.id))) {
      await page.goto(`${suite.server.url}/units/${unit.id}`);
      await page.locator('.table-scroll').first().waitFor({ timeout: 20_000 });
      const widths = await page.$$eval('.pk-table, .program-table', (tables) => tables.map((t) => {
        const region = t.closest('.table-scroll');
        return region ? region.scrollWidth - region.clientWidth : 0;
      }));
      checked += widths.length;
      widths.forEach((extra, i) => { if (extra > 0) overflowing.push(`${unit.name}, table ${i + 1}: ${extra} px too wide`); });
    }
    expect(checked).toBeGreaterThan(3);
    expect(overflowing).toEqual([]);
    await context.close();
  });

  /** Every status mark in the PK tables of `username`'s units, at `width`: its lines, and the most lines any of its text pieces takes. */
  async function statusMarks(username: string, width: number): Promise<Array<{ unit: string; text: string; lines: number; pieceLines: number }>> {
    const context = await suite.browser.newContext({ viewport: { width, height: width === 768 ? 1024 : 800 } });
    const page = await context.newPage();
    await logIn(page, suite.server.url, username);
    await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
    const user = suite.server.demo.users.find((u) => u.username === username);
    const agreements = new Set(suite.server.demo.agreements.map((a) => a.orgUnitId));
    const marks: Array<{ unit: string; text: string; lines: number; pieceLines: number }> = [];
    for (const unit of suite.server.demo.orgUnits.filter((u) => u.tenantId === user?.tenantId && agreements.has(u.id))) {
      await page.goto(`${suite.server.url}/units/${unit.id}`);
      await page.locator('.table-scroll').first().waitFor({ timeout: 20_000 });
      // The marks load on demand: wait until each placeholder is a word.
      await page.waitForFunction(() => document.querySelectorAll('.realisation-cell .status-mark--loading').length === 0, undefined, { timeout: 20_000 });
      const found = await page.$$eval('.realisation-cell .status-mark', (nodes) => nodes.map((n) => {
        // One line of text gives one rect per inline box on that line; text on two lines gives two tops.
        const linesOf = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        // The word's own pieces: the mark's text nodes (the soft hyphen and the glyph are elements).
        const pieces = [...n.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE);
        return { text: pieces.map((c) => c.textContent).join(''), lines: linesOf(n), pieceLines: Math.max(...pieces.map(linesOf)) };
      }));
      marks.push(...found.map((m) => ({ ...m, unit: unit.name })));
    }
    await context.close();
    return marks;
  }

  it('on a laptop (1280 px) keeps every status word whole, where there is room for it', async () => {
    const marks = await statusMarks('evaluator.seruyan', 1280);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => m.lines > 1).map((m) => `${m.unit}: "${m.text}" on ${m.lines} lines`)).toEqual([]);
  });

  it('on a portrait tablet (768 px) breaks a status word only at its syllable, with a hyphen', async () => {
    const marks = await statusMarks('evaluator.kaltim', 768);
    // The case this is for: "Terverifikasi" does not fit a quarter's cell here, and broke as "Terveri/fikasi" anywhere.
    expect(marks.filter((m) => m.text === 'Terverifikasi' && m.lines === 2).length).toBeGreaterThan(0);
    expect(marks.filter((m) => m.pieceLines > 1).map((m) => `${m.unit}: "${m.text}" broken inside a piece`)).toEqual([]);
  });
});
