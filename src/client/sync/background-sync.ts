// Background Sync where the browser has it (Chromium): a one-off sync registration asks the browser
// to wake the service worker once the network is back, which then pushes the outbox even if no tab
// is open (pwa/sw.ts, background-push.ts). Registered whenever the outbox gains an entry (online too,
// for a tab closed before it sent), when entries wait while offline and when a push failed on the
// network; registering an already pending tag again is harmless. Without SyncManager
// (Firefox, Safari) this does nothing: the page's own triggers (online, focus, timer) remain.

export const outboxSyncTag = 'pantau-outbox';

/** What this needs of a ServiceWorkerRegistration (`sync` is not in TypeScript's DOM types). */
export interface SyncCapableRegistration {
  sync?: { register(tag: string): Promise<void> };
}

export interface BackgroundSyncEnv {
  /** `'SyncManager' in self`. */
  hasSyncManager: boolean;
  /** navigator.serviceWorker.ready, or null without service workers. */
  ready: (() => Promise<SyncCapableRegistration>) | null;
}

export type SyncRegistrationOutcome = 'registered' | 'unsupported' | 'failed';

export function browserBackgroundSyncEnv(): BackgroundSyncEnv {
  const scope = globalThis as { SyncManager?: unknown; navigator?: Navigator };
  const container = scope.navigator?.serviceWorker;
  return {
    hasSyncManager: typeof scope.SyncManager !== 'undefined',
    ready: container ? () => container.ready as Promise<SyncCapableRegistration> : null,
  };
}

/** Asks for the outbox sync; never throws (the page's triggers still run whatever happens). */
export async function requestOutboxSync(env: BackgroundSyncEnv = browserBackgroundSyncEnv()): Promise<SyncRegistrationOutcome> {
  if (!env.hasSyncManager || !env.ready) return 'unsupported';
  try {
    const registration = await env.ready();
    if (!registration.sync) return 'unsupported';
    await registration.sync.register(outboxSyncTag);
    return 'registered';
  } catch {
    return 'failed'; // e.g. permission denied for background sync: the page's triggers remain
  }
}
