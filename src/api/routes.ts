// Every HTTP route of the API, in one place for both sides.
export const apiRoutes = {
  /** Liveness: the process answers (touches no database). */
  health: '/api/health',
  /** Readiness: 200 when the database and the evidence store answer, else 503. */
  ready: '/api/health/ready',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  password: '/api/auth/password',
  session: '/api/auth/session',
  push: '/api/sync/push',
  pull: '/api/sync/pull',
  /** PUT the bytes of a photo or file (whole, or in Content-Range chunks), GET them back. */
  attachment: '/api/attachments/:sha256',
  /** GET the logo of the caller's own pemda (for reports). */
  tenantLogo: '/api/tenant/logo',
  /** GET who changed an entry, when, from which device, and what. */
  realisationHistory: '/api/realisations/:id/history',
} as const;

/**
 * Cookie-authenticated writes must carry this header. A cross-site form cannot set it, and a
 * cross-site script cannot send it without a CORS preflight the server never grants: CSRF guard.
 */
export const clientHeader = { name: 'x-pantau-client', value: '1' } as const;

/**
 * The largest JSON body the server reads (1 MiB, counted after a gzip body is inflated; files go by
 * the attachment route, which has its own). It bounds a request's memory; the device sizes its push
 * batches under it (client/db/push-ack.ts), since a week of long notes outgrows it in far fewer
 * than the 500 mutations a batch may hold.
 */
export const requestBodyLimit = 1024 * 1024;

/**
 * The sync protocol this build speaks, sent on every request. When a server migration changes what
 * old builds send or expect (a build can run for weeks offline from the service worker's cache),
 * the server raises `oldestSupported` and answers older builds client_outdated (HTTP 426) rather
 * than misreading them; their outbox stays on the device until the app is updated.
 */
/**
 * Version 2 adds the synced entity lkeTemplate (api/sync.ts entityProtocol): a version-1 build
 * still syncs, its pulls without the rows it could not read.
 */
export const syncProtocol = { header: 'x-pantau-protocol', version: 2, oldestSupported: 1 } as const;

export const sessionCookieName = 'pk_session';

export const attachmentPath = (sha256: string): string => apiRoutes.attachment.replace(':sha256', sha256);
export const realisationHistoryPath = (id: string): string => apiRoutes.realisationHistory.replace(':id', encodeURIComponent(id));
