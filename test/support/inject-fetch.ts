// A `fetch` over Fastify's app.inject(): the client's real HTTP code talks to the real server app
// without a socket. It keeps the session cookie like a browser's cookie jar, per instance.
import type { FastifyInstance } from 'fastify';

export interface InjectFetch {
  fetch: typeof fetch;
  /** Current cookies, name → value. */
  cookies: Map<string, string>;
  /** Requests made so far (method and path), for assertions. */
  calls: { method: string; url: string }[];
}

export function createInjectFetch(app: FastifyInstance): InjectFetch {
  const cookies = new Map<string, string>();
  const calls: InjectFetch['calls'] = [];

  const injectFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const rawUrl = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(rawUrl, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    if (cookies.size > 0) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    calls.push({ method, url: url.pathname + url.search });
    // Binary bodies (evidence uploads) go as bytes.
    const payload = typeof init.body === 'string' ? init.body : init.body instanceof Blob ? Buffer.from(await init.body.arrayBuffer()) : undefined;
    const response = await app.inject({
      method: method as 'GET' | 'POST' | 'PUT',
      url: url.pathname + url.search,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    for (const cookie of response.cookies) {
      const expired =
        cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0) || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now());
      if (expired) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(response.headers)) {
      if (value === undefined || key === 'set-cookie') continue;
      responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const hasBody = response.statusCode !== 204 && response.statusCode !== 304;
    return new Response(hasBody ? new Uint8Array(response.rawPayload) : null, { status: response.statusCode, headers: responseHeaders });
  };

  return { fetch: injectFetch as typeof fetch, cookies, calls };
}

/** A fetch that fails like a dropped connection (TypeError) for the first `times` calls. */
export function failingFirst(inner: typeof fetch, times = 1): typeof fetch {
  let remaining = times;
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (remaining > 0) {
      remaining -= 1;
      throw new TypeError('Failed to fetch');
    }
    return inner(input, init);
  }) as typeof fetch;
}
