// The production build under the server's Content-Security-Policy: it loads, logs in and syncs
// with no CSP violation reported by Chromium.
import { describe, expect, it } from 'vitest';
import { useE2eSuite } from '../support/e2e-suite';
import { demoPassword } from '../../src/server/seed/demo-data';

const suite = useE2eSuite();

describe('Content-Security-Policy', () => {
  it('the app loads, logs in and syncs with no violation', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/content security policy|refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(suite.server.url + '/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Nama pengguna').fill('operator.dishub');
    await page.getByLabel('Kata sandi').fill(demoPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await expect.poll(() => page.getByText('Semua data tersinkron').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    // The watch works: an injected inline script is refused and reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => problems.length).toBeGreaterThan(0);
    await context.close();
  });
});
