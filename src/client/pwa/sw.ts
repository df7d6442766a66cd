/*
 * The service worker (vite-plugin-pwa injectManifest): what the generated one did, plus Background
 * Sync for the outbox.
 * - Precache: the app shell and every chunk (self.__WB_MANIFEST, from vite.config.ts globPatterns);
 *   navigations answered with index.html, except /api/; old precaches cleaned up.
 * - Updates: prompt strategy. A new worker waits until the page says SKIP_WAITING (the user pressed
 *   "Muat ulang", pwa/update-prompt.tsx); no skipWaiting of its own.
 * - Claims open pages when it activates. On a first install the page that installed it was
 *   loaded from the network and stayed uncontrolled until a reload, so after "Siap dipakai tanpa
 *   internet" a screen not opened yet (its chunk loaded on demand) came up blank offline. On an
 *   update the worker activates only on the user's word, and that page reloads anyway.
 * - No API caching: /api always goes to the network (the sync engine owns retries); no Workbox
 *   background-sync queue either, since replaying stored requests would bypass the outbox and its
 *   seq numbering (design.md, "Sync protocol").
 * - `sync` with tag pantau-outbox (registered by the page, sync/background-sync.ts): push the
 *   signed-in user's outbox with the page's own sync code, under the leader's Web Lock
 *   (sync/background-push.ts), also when no tab is open.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { ExpirationPlugin } from 'workbox-expiration';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { getCurrentUserId } from '../db/accounts';
import { openUserDatabase } from '../db/database';
import { runBackgroundPush } from '../sync/background-push';
import { outboxSyncTag } from '../sync/background-sync';
import { createHttpTransport } from '../sync/transport';

// The worker's own types (the project compiles against the DOM library, not WebWorker's).
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SyncEventLike extends ExtendableEventLike {
  readonly tag: string;
  readonly lastChance?: boolean;
}
interface ServiceWorkerScopeLike {
  addEventListener(type: 'sync', listener: (event: SyncEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  navigator: Navigator;
}
const worker = globalThis as unknown as ServiceWorkerScopeLike;

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

// Written exactly so: the build replaces `self.__WB_MANIFEST` with the list of files.
precacheAndRoute((self as unknown as { __WB_MANIFEST: (string | PrecacheEntry)[] }).__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));
// Parts too large for every install and needed once a year (the LKjIP's Word writer, ~100 kB gzip;
// vite.config.ts globIgnores): fetched the first time they are used, then kept, so the next
// draft is made offline too. Hashed names: an update fetches the new one; two old ones are kept.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /^\/assets\/lkjip-docx-[\w-]+\.js$/.test(url.pathname),
  new CacheFirst({ cacheName: 'pantau-on-demand', plugins: [new ExpirationPlugin({ maxEntries: 2 })] }),
);

worker.addEventListener('sync', (event) => {
  if (event.tag !== outboxSyncTag) return;
  const push = runBackgroundPush({
    currentUserId: getCurrentUserId,
    openDatabase: openUserDatabase,
    transport: createHttpTransport(),
    ...(worker.navigator.locks ? { locks: worker.navigator.locks } : {}),
  }).then(
    (outcome) => console.info(`${outboxSyncTag}: ${outcome}`),
    (error: unknown) => {
      console.info(`${outboxSyncTag}: ${error instanceof Error ? error.name : String(error)}`);
      // A rejected sync is fired again later by the browser; on its last chance the open tabs (or
      // the next one) send it with their own triggers.
      if (!(event.lastChance ?? false)) throw error;
    },
  );
  event.waitUntil(push);
});
