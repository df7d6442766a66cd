// Lighthouse 12 on the screens behind the login, mobile and desktop: prints one line of scores per
// screen. Not a test and not a dependency: install Lighthouse outside the repository
// (`mkdir /tmp/lh && cd /tmp/lh && npm i lighthouse@12`) and run a seeded server first.
//
//   LIGHTHOUSE_DIR=/tmp/lh npx tsx scripts/lighthouse-screens.ts http://localhost:8097 [username …]
//
// Lighthouse clears storage before a run and the app restores its session from what the browser
// stored, so each user signs in through the UI into a Chromium profile of their own (first sync,
// service worker ready), then Chromium is started on that profile with a debugging port and
// Lighthouse runs with --disable-storage-reset (docs/setup notes). One run at a time: scores on a
// busy machine are lower (total blocking time), so compare runs made under the same load.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { demoPassword } from '../src/server/seed/demo-data';

const [base = 'http://localhost:8097', ...onlyUsers] = process.argv.slice(2);
const lighthouseDir = process.env.LIGHTHOUSE_DIR ?? '/tmp/lh';
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// LIGHTHOUSE_REPORTS=<dir> keeps every JSON report there (long tasks, bootup time) for a closer look.
const reportDir = process.env.LIGHTHOUSE_REPORTS;
const chromeArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Screens = (page: Page) => Promise<[name: string, path: string][]>;

async function hrefOf(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  await link.waitFor({ timeout: 20_000 });
  return new URL((await link.getAttribute('href')) ?? '/', base).pathname;
}

const plans: Record<string, Screens> = {
  'operator.dishub': async (page) => {
    await page.goto(base + '/');
    return [['home', '/'], ['entry', await hrefOf(page, '.pk-table a.cell-action')], ['settings', '/settings'], ['conflicts', '/conflicts'], ['lke', '/lke']];
  },
  'kadis.dishub': async (page) => {
    await page.goto(base + '/');
    await page.locator('.pk-actions .button').first().waitFor({ timeout: 20_000 });
    if ((await page.locator('.pk-actions a[href$="/edit"]').count()) === 0) {
      await page.getByRole('button', { name: 'Buat PK perubahan' }).click();
      await page.getByRole('button', { name: 'Ya, buat PK perubahan' }).click();
      await page.locator('.programs-editor').waitFor({ timeout: 20_000 });
      await page.goto(base + '/');
    }
    return [['submission', '/submit'], ['editor', await hrefOf(page, '.pk-actions a[href$="/edit"]')]];
  },
  'evaluator.kaltim': async (page) => {
    await page.goto(base + '/units');
    const year = new Date().getFullYear();
    return [['units', '/units'], ['unit', await hrefOf(page, '.unit-list a')], ['dashboard', '/dashboard'], ['review', '/review'],
      ['cascade', '/cascade'], ['lke', '/lke'], ['pemda-pk', `/pemda-pk/${year}`]];
  },
  'admin.kaltim': async () => [['admin', '/admin']],
  'camat.seruyanhilir': async () => [['home', '/']],
};

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number }>;
}

function lighthouse(url: string, port: number, formFactor: 'mobile' | 'desktop', output: string): Report {
  const flags = [url, `--port=${port}`, '--disable-storage-reset', '--output=json', `--output-path=${output}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo', ...(formFactor === 'desktop' ? ['--preset=desktop'] : [])];
  execFileSync('npx', ['lighthouse', ...flags], { cwd: lighthouseDir, stdio: ['ignore', 'ignore', 'inherit'], timeout: 240_000 });
  return JSON.parse(readFileSync(output, 'utf8')) as Report;
}

let port = 9400;
console.log('user                 screen       form     perf  a11y  bp    seo   CLS    LCP ms  TBT ms  failed a11y audits');
for (const [username, plan] of Object.entries(plans)) {
  if (onlyUsers.length > 0 && !onlyUsers.includes(username)) continue;
  port += 1;
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromePath, args: chromeArgs, headless: true, viewport: { width: 412, height: 823 } });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(base + '/');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(demoPassword);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByText('Semua data tersinkron').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  const screens = await plan(page);
  await page.waitForTimeout(2_000); // writes of the plan reach the server
  await context.close();
  const chrome = spawn(chromePath, [...chromeArgs, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  try {
    for (const [name, path] of screens) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const report = lighthouse(base + path, port, formFactor, join(reportDir ?? profile, `${username}-${name}-${formFactor}.json`));
        const score = (id: string) => (report.categories[id]?.score ?? 0).toFixed(2);
        const metric = (id: string, digits: number) => (report.audits[id]?.numericValue ?? 0).toFixed(digits);
        const failed = (report.categories.accessibility?.auditRefs ?? []).map((ref) => ref.id).filter((id) => report.audits[id]?.score === 0);
        console.log([username.padEnd(20), name.padEnd(12), formFactor.padEnd(8), score('performance').padEnd(5), score('accessibility').padEnd(5),
          score('best-practices').padEnd(5), score('seo').padEnd(5), metric('cumulative-layout-shift', 3).padEnd(6),
          metric('largest-contentful-paint', 0).padStart(6), metric('total-blocking-time', 0).padStart(7), ' ' + (failed.join(', ') || '—')].join(' '));
      }
    }
  } finally {
    chrome.kill();
  }
}
