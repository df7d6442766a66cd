// Words, not codes (issue 15): on every main screen of every role, in Indonesian and in English, no
// raw code ("sangat_tinggi", "orgUnit", "opd/kecamatan"), no catalogue key ("admin.audit.total") and
// no placeholder ("{count}") is shown — in the text, in the choices of every list, in accessible
// names — and English mode shows no Indonesian dates or quarter names.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { logIn, useE2eSuite } from '../support/e2e-suite';

const suite = useE2eSuite();

type Screen = readonly [name: string, path: string, ready: string, tab?: string];

/**
 * What a person could read: visible text, every option of every list, labels and titles. Text set
 * as code (<code>: the columns a CSV file must have, a token) is meant to be typed as it stands.
 */
function readable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    let body = document.body.innerText;
    for (const code of Array.from(document.querySelectorAll('code, kbd, samp'))) body = body.split(code.textContent ?? '').join(' ');
    const texts = [body];
    for (const option of Array.from(document.querySelectorAll('option'))) texts.push(option.textContent ?? '');
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      for (const name of ['aria-label', 'title', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
    }
    return texts.flatMap((t) => t.split('\n')).map((t) => t.trim()).filter((t) => t !== '');
  });
}

const codePatterns: readonly [string, RegExp][] = [
  ['snake_case code', /\b[a-z]+_[a-z_]+\b/],
  ['catalogue key', /\b[a-z]+\.[a-z]+\.[a-zA-Z.]+\b/],
  ['camelCase code', /\b(?!iPhone|iPad|iOS|macOS|eSAKIP|kB\b)[a-z]+[A-Z][a-zA-Z]*\b/],
  ['code pair', /\b(?:opd|kecamatan|bidang|uptd|setda|draft|submitted|verified|returned)\/[a-z]+\b/],
  ['placeholder', /\{[a-zA-Z]+\}/],
  ['missing value', /\b(?:undefined|NaN|null)\b|\[object Object\]/],
];
const indonesianMonths = /\b(?:Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Okt|Agu|Des)\b/;
const indonesianQuarter = /\bTW (?:I|II|III|IV)\b|\bTriwulan\b|\bs\.d\. TW\b/;
/** The built-in category names, which English mode translates (ui/category-label.ts). */
const indonesianCategory = /\b(?:Sangat Tinggi|Sangat Rendah|Mendekati Target|Perlu Perhatian|Melampaui|Kritis)\b/;

async function findings(page: Page, screen: Screen, language: 'id' | 'en'): Promise<string[]> {
  await page.goto(suite.server.url + screen[1]);
  await page.locator(screen[2]).first().waitFor({ timeout: 20_000 });
  if (screen[3]) await page.getByRole('tab', { name: screen[3] }).click();
  await page.waitForTimeout(1_000); // parts loaded on demand
  const found: string[] = [];
  const shown = await page.evaluate(() => document.documentElement.lang);
  if (shown !== language) found.push(`${screen[0]}: shown in "${shown}", not "${language}"`);
  for (const line of await readable(page)) {
    for (const [what, pattern] of codePatterns) {
      const match = pattern.exec(line);
      if (match) found.push(`${screen[0]} (${language}): ${what} "${match[0]}" in "${line.slice(0, 120)}"`);
    }
    if (language === 'en') {
      const month = indonesianMonths.exec(line) ?? indonesianQuarter.exec(line) ?? indonesianCategory.exec(line);
      if (month) found.push(`${screen[0]} (en): Indonesian "${month[0]}" in "${line.slice(0, 120)}"`);
    }
  }
  return found;
}

async function signIn(context: BrowserContext, username: string): Promise<Page> {
  const page = await context.newPage();
  await logIn(page, suite.server.url, username);
  await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 30_000 });
  return page;
}

async function setLanguage(page: Page, language: 'id' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('pantau-kinerja.language', l), language);
}

/** Each screen in Indonesian, then in English. */
async function readBoth(page: Page, screens: readonly Screen[], englishScreens: readonly Screen[] = screens): Promise<string[]> {
  const found: string[] = [];
  await setLanguage(page, 'id');
  for (const screen of screens) found.push(...(await findings(page, screen, 'id')));
  await setLanguage(page, 'en');
  for (const screen of englishScreens) found.push(...(await findings(page, screen, 'en')));
  await setLanguage(page, 'id');
  return [...new Set(found)];
}

async function hrefOf(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  await link.waitFor({ timeout: 20_000 });
  return new URL((await link.getAttribute('href')) ?? '/', suite.server.url).pathname;
}

describe('words, not codes, in both languages', () => {
  it('the operator and the head of an OPD', { timeout: 300_000 }, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const operator = await signIn(context, 'operator.dishub');
    await operator.goto(suite.server.url + '/');
    const entry = await hrefOf(operator, '.pk-table a.cell-action');
    const found = await readBoth(operator, [
      ['home', '/', '.program-table tfoot'], ['entry', entry, 'form'], ['conflicts', '/conflicts', 'h1'], ['settings', '/settings', '#install-title'],
    ]);
    await context.close();
    const headContext = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const head = await signIn(headContext, 'kadis.dishub');
    found.push(...(await readBoth(head, [['submission', '/submit', '.checklist'], ['home', '/', '.pk-actions']])));
    await headContext.close();
    expect(found).toEqual([]);
  });

  it('an evaluator and a leader: units, a unit, the dashboard, the review queue', { timeout: 300_000 }, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const evaluator = await signIn(context, 'evaluator.kaltim');
    await evaluator.goto(suite.server.url + '/units');
    const unit = await hrefOf(evaluator, '.unit-list a');
    const found = await readBoth(evaluator, [
      ['units', '/units', '.unit-list'], ['unit', unit, '.program-table tfoot'], ['dashboard', '/dashboard', '.table-scroll'], ['review', '/review', 'h1'],
    ]);
    await context.close();
    expect(found).toEqual([]);
  });

  it('an admin: every tab of the admin screen', { timeout: 300_000 }, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const admin = await signIn(context, 'admin.kaltim');
    await admin.goto(suite.server.url + '/admin');
    await admin.locator('[role=tab]').first().waitFor({ timeout: 20_000 });
    const idTabs = await admin.getByRole('tab').allTextContents();
    await setLanguage(admin, 'en');
    await admin.reload();
    await admin.locator('[role=tab]').first().waitFor({ timeout: 20_000 });
    const enTabs = await admin.getByRole('tab').allTextContents();
    expect(enTabs).toHaveLength(idTabs.length);
    const found = await readBoth(admin,
      idTabs.map((tab): Screen => [`admin, ${tab}`, '/admin', '[role=tab]', tab]),
      enTabs.map((tab): Screen => [`admin, ${tab}`, '/admin', '[role=tab]', tab]));
    await context.close();
    expect(found).toEqual([]);
  });
});
