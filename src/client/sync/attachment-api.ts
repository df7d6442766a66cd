// PUT /api/attachments/:sha256 from the device: one request for a small file, or one chunk with
// Content-Range. Failures become the same HttpError / NetworkError as every other request.
import { formatContentRange, readUploadResponse, type AttachmentUploadResponse, type ContentRange } from '../../api/attachments';
import { attachmentPath, clientHeader, syncProtocol } from '../../api/routes';
import { HttpError, NetworkError, type HttpOptions } from './http-client';

export type UploadAttachment = (sha256: string, body: Blob, range: ContentRange | null) => Promise<AttachmentUploadResponse>;

/** Longer than JSON requests: a 1 MB chunk on a slow 3G link takes a while. */
const uploadTimeoutMs = 120_000;

async function errorOf(response: Response): Promise<HttpError> {
  const payload: unknown = await response.json().catch(() => null);
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new HttpError(response.status, error.code, error.message, error.details);
  }
  return new HttpError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
}

export function createAttachmentUpload(options?: HttpOptions): UploadAttachment {
  return async (sha256, body, range) => {
    const doFetch = options?.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    const headers: Record<string, string> = {
      accept: 'application/json',
      [clientHeader.name]: clientHeader.value,
      [syncProtocol.header]: String(syncProtocol.version),
      'content-type': body.type || 'application/octet-stream',
    };
    if (range) headers['content-range'] = formatContentRange(range);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), uploadTimeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${options?.baseUrl ?? ''}${attachmentPath(sha256)}`, {
        method: 'PUT', headers, body, credentials: 'same-origin', signal: controller.signal,
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : 'Network unavailable', { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw await errorOf(response);
    const parsed = readUploadResponse(await response.json().catch(() => null));
    if (!parsed) throw new HttpError(response.status, 'invalid_response', 'The server answered in an unexpected shape.');
    return parsed;
  };
}
