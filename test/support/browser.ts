// Launches Debian's Chromium through playwright-core (Playwright's own download does not work here).
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH)`);
  }
  return path;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

/**
 * Chromium with a profile on disk. The contexts of `launchChromium` are off the record, and
 * Chromium keeps their IndexedDB in memory: right for tests, wrong for timing writes to disk.
 */
export async function launchChromiumOnDisk(userDataDir: string, options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath(), args: chromiumArgs, headless: true, ...options });
}
