// The device's name (settings): tells two tablets of one user apart in conflicts and in the
// admin's sessions list. Kept in the user's database next to the device id (meta 'deviceName'),
// sent with every push; until the user sets one it is the browser and OS ("Chrome · Android").
import { plainTextOf } from '../../domain/plain-text';
import type { PantauDatabase } from './database';
import { getMeta, setMeta } from './meta';

/** As api/sync.ts maxDeviceName (not imported: that module brings zod into this chunk). */
const maxDeviceName = 80;

const browsers: Array<[RegExp, string]> = [
  [/EdgA?\//, 'Edge'], [/SamsungBrowser\//, 'Samsung Internet'], [/OPR\/|Opera/, 'Opera'], [/Firefox\/|FxiOS\//, 'Firefox'],
  [/CriOS\/|Chrome\/|Chromium\//, 'Chrome'], [/Version\/[\d.]+.*Safari\//, 'Safari'],
];
const systems: Array<[RegExp, string]> = [
  [/Android/, 'Android'], [/iPad/, 'iPadOS'], [/iPhone|iPod/, 'iOS'], [/CrOS/, 'ChromeOS'], [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'], [/Linux/, 'Linux'],
];

/** "Chrome · Android" from a user agent string; the parts it cannot tell are left out (null: neither). */
export function defaultDeviceName(userAgent: string): string | null {
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  return [browser, system].filter(Boolean).join(' · ') || null;
}

/** The name as the user set it, or null (the default applies). */
export async function getOwnDeviceName(db: PantauDatabase): Promise<string | null> {
  const stored = await getMeta<string>(db, 'deviceName');
  return typeof stored === 'string' && stored.trim() !== '' ? stored : null;
}

/** The name to send: the user's, or the browser and OS (null: none to tell). */
export async function deviceNameToSend(db: PantauDatabase, userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent): Promise<string | null> {
  return (await getOwnDeviceName(db)) ?? defaultDeviceName(userAgent);
}

/** Saves the name (trimmed, as the server keeps it); empty goes back to the default. */
export async function setOwnDeviceName(db: PantauDatabase, name: string): Promise<string | null> {
  const cleaned = plainTextOf(name).trim().slice(0, maxDeviceName);
  await setMeta(db, 'deviceName', cleaned === '' ? null : cleaned);
  return cleaned === '' ? null : cleaned;
}
