// The server's answers to the app's requests, at the network boundary (fetch), for screen tests
// that start signed out: the login, the first pull, a refusal in the error envelope, no signal.
import { vi } from 'vitest';

export type Handler = (path: string, init?: RequestInit) => Response | Promise<Response>;

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** A refusal as the server sends it (src/api/errors.ts). */
export const envelope = (status: number, code: string, details?: unknown) =>
  json(status, { error: { code, message: code, ...(details === undefined ? {} : { details }) } });
export const noChanges = () => json(200, { kind: 'changes', changes: [], nextCursor: 0, hasMore: false, serverTime: new Date().toISOString() });
/** No signal: the request never reaches a server. */
export const unreachable: Handler = () => {
  throw new TypeError('Failed to fetch');
};

/** Every request of the app goes to `handler`; the mock records the calls. */
export function stubFetch(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => handler(String(input), init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
