// Installing the app: Android's (Chromium's) install prompt is kept when the browser offers it
// (beforeinstallprompt) so the app can offer it at a good moment and in settings; iOS has no
// prompt, so Safari users get short instructions; an installed app (standalone) says so.
import { useSyncExternalStore } from 'react';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallState = 'installed' | 'available' | 'ios' | 'unavailable';

let deferred: InstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();
const notify = () => { for (const listener of listeners) listener(); };

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // offered by the app (banner, settings), not the browser's mini-bar
    deferred = event as InstallPromptEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    installed = true;
    deferred = null;
    notify();
  });
}

function isStandalone(): boolean {
  const nav = globalThis.navigator as (Navigator & { standalone?: boolean }) | undefined;
  return nav?.standalone === true || (typeof window !== 'undefined' && window.matchMedia?.('(display-mode: standalone)').matches === true);
}

/** iPhone, iPod and iPad (iPadOS reports itself as a Mac with touch). */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

export function currentInstallState(): InstallState {
  if (installed || isStandalone()) return 'installed';
  if (deferred) return 'available';
  const nav = globalThis.navigator;
  return nav && isIos(nav.userAgent, nav.maxTouchPoints ?? 0) ? 'ios' : 'unavailable';
}

export function useInstallState(): InstallState {
  return useSyncExternalStore((onChange) => {
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  }, currentInstallState, () => 'unavailable' as const);
}

/** Shows the browser's install dialog; true when the user accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  deferred = null; // a prompt can be shown once
  notify();
  await event.prompt();
  const { outcome } = await event.userChoice;
  return outcome === 'accepted';
}
