// The one way the client talks HTTP: same-origin cookies, the CSRF header on writes, JSON, the
// error envelope turned into HttpError, a dropped connection into NetworkError, a 30 s timeout.
import type { z } from 'zod';
import { clientHeader, syncProtocol } from '../../api/routes';

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export class NetworkError extends Error {
  constructor(message = 'Network unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

export interface HttpOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

export const requestTimeoutMs = 30_000;

/** PATCH and PUT are used by the online admin screens. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A response schema, or a loader of one: callers pass `() => import('../lazy-schemas')...` so that
 * zod and the contract's schemas stay out of the first load (docs/performance.md).
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

export async function requestJson<S extends z.ZodType>(
  options: HttpOptions | undefined,
  method: HttpMethod,
  path: string,
  schema: SchemaSource<S>,
  body?: unknown,
  sendOptions?: SendOptions,
): Promise<z.infer<S>> {
  const response = await send(options, method, path, body, sendOptions);
  const payload = await readJson(response);
  const parsed = (typeof schema === 'function' ? await schema() : schema).safeParse(payload);
  if (!parsed.success) throw new HttpError(response.status, 'invalid_response', 'The server answered in an unexpected shape.');
  return parsed.data;
}

export interface SendOptions {
  /** Gzip a JSON body (the server inflates it, within its body limit): push batches shrink ~5×. */
  gzip?: boolean;
}

/** Smaller bodies are not worth the CPU of a 2019 tablet; browsers without CompressionStream send plain JSON. */
const gzipFrom = 2048;

async function gzipJson(json: string): Promise<Blob | null> {
  if (json.length < gzipFrom || typeof CompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
    return await new Response(stream).blob();
  } catch {
    return null; // compression unavailable in this context: plain JSON still works
  }
}

export async function send(
  options: HttpOptions | undefined,
  method: HttpMethod,
  path: string,
  body?: unknown,
  sendOptions: SendOptions = {},
): Promise<Response> {
  // Looked up per call so a page (or test) that replaces fetch later is honoured.
  const doFetch = options?.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const headers: Record<string, string> = { accept: 'application/json', [syncProtocol.header]: String(syncProtocol.version) };
  if (method !== 'GET') headers[clientHeader.name] = clientHeader.value;
  // A Blob (an image, a file) goes as it is, with its own type; anything else as JSON.
  const isRaw = typeof Blob !== 'undefined' && body instanceof Blob;
  if (body !== undefined) headers['content-type'] = isRaw ? body.type || 'application/octet-stream' : 'application/json';
  const json = body === undefined || isRaw ? null : JSON.stringify(body);
  const gzipped = json !== null && sendOptions.gzip ? await gzipJson(json) : null;
  if (gzipped) headers['content-encoding'] = 'gzip';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), requestTimeoutMs);
  let response: Response;
  try {
    response = await doFetch(`${options?.baseUrl ?? ''}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      signal: controller.signal,
      ...(body === undefined ? {} : { body: isRaw ? body : (gzipped ?? json ?? '') }),
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : 'Network unavailable', { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    const payload = await readJson(response).catch(() => null);
    const { errorEnvelopeSchema } = await import('../lazy-schemas');
    const envelope = errorEnvelopeSchema.safeParse(payload);
    if (envelope.success) {
      const { code, message, details } = envelope.data.error;
      throw new HttpError(response.status, code, message, details);
    }
    throw new HttpError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
  }
  return response;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(response.status, 'invalid_response', 'The server answered with something other than JSON.');
  }
}
