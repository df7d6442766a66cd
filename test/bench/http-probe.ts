// A small HTTP client for loopback benchmarks that counts bytes as sent: request body, and the
// response body as it crossed the wire (gzip when the server compressed it). Headers not counted.
import { Agent, request } from 'node:http';
import { gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { apiRoutes, clientHeader, sessionCookieName } from '../../src/api/routes';

export interface ProbeResponse<T> {
  status: number;
  body: T;
  bytesSent: number;
  bytesReceived: number;
  ms: number;
}

export class Probe {
  readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  constructor(readonly baseUrl: string) {}

  /** `gzip`: send the body gzipped, as the app's push does (src/client/sync/http-client.ts). */
  send<T>(method: 'GET' | 'POST', path: string, options: { cookie?: string; body?: unknown; timeoutMs?: number; gzip?: boolean } = {}): Promise<ProbeResponse<T>> {
    const json = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
    const gzip = json !== undefined && options.gzip === true && json.length >= 2048;
    const payload = json && gzip ? gzipSync(json) : json;
    const url = new URL(path, this.baseUrl);
    if (url.hostname !== '127.0.0.1') throw new Error('benchmarks talk to 127.0.0.1 only');
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent: this.agent,
          timeout: options.timeoutMs ?? 30_000,
          headers: {
            accept: 'application/json',
            'accept-encoding': 'gzip',
            ...(method === 'POST' ? { [clientHeader.name]: clientHeader.value } : {}),
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            ...(gzip ? { 'content-encoding': 'gzip' } : {}),
            ...(options.cookie ? { cookie: options.cookie } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const encoding = res.headers['content-encoding'];
            const text = (encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw).toString('utf8');
            const setCookie = res.headers['set-cookie']?.find((c) => c.startsWith(`${sessionCookieName}=`));
            let body: unknown;
            try {
              body = text === '' ? null : JSON.parse(text);
            } catch {
              body = text;
            }
            if (setCookie && body && typeof body === 'object') {
              Object.defineProperty(body, '__cookie', { value: setCookie.split(';')[0], enumerable: false });
            }
            resolve({ status: res.statusCode ?? 0, body: body as T, bytesSent: payload?.length ?? 0, bytesReceived: raw.length, ms: performance.now() - started });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout ${method} ${path}`)));
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  /** Logs in and returns the cookie header value. */
  async login(username: string, password: string): Promise<string> {
    const response = await this.send<object>('POST', apiRoutes.login, { body: { username, password } });
    const cookie = (response.body as { __cookie?: string } | null)?.__cookie;
    if (response.status !== 200 || !cookie) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return cookie;
  }

  close(): void {
    this.agent.destroy();
  }
}
