// What a document needs from outside the code, fetched only when the user prints or exports: the
// embedded font (DejaVu Serif, public/fonts/, precached by the service worker so printing works
// offline after the first visit) and the pemda's logo (from the server; null when offline).
import type { TenantLogo } from '../../domain/tenant';

export interface DocumentFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** A raster image for a letterhead: jsPDF reads PNG, JPEG and WebP. */
export interface DocumentImage {
  bytes: Uint8Array;
  mimeType: TenantLogo['mimeType'];
}

export const fontUrls = { regular: '/fonts/DejaVuSerif.ttf', bold: '/fonts/DejaVuSerif-Bold.ttf' } as const;

/** The font could not be had (offline before the first visit precached it); callers branch on `name`. */
export class DocumentFontUnavailable extends Error {
  override name = 'DocumentFontUnavailable';
}

let fonts: Promise<DocumentFonts> | null = null;

async function fetchBytes(url: string, fetchImpl: typeof fetch, timeoutMs?: number): Promise<Uint8Array> {
  const signal = timeoutMs !== undefined && typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(timeoutMs) : undefined;
  const response = await fetchImpl(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetched once per page load; a failure (offline before the first visit) is retried next time. */
export function loadDocumentFonts(fetchImpl: typeof fetch = fetch): Promise<DocumentFonts> {
  fonts ??= Promise.all([fetchBytes(fontUrls.regular, fetchImpl), fetchBytes(fontUrls.bold, fetchImpl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fonts = null;
      throw new DocumentFontUnavailable(error instanceof Error ? error.message : String(error), { cause: error });
    });
  return fonts;
}

/**
 * The tenant's logo for the letterhead, or null when it has none or it cannot be fetched (offline:
 * the API is never cached). A document without a logo is still a valid document.
 */
export async function loadTenantLogo(logo: TenantLogo | null | undefined, url: string, fetchImpl: typeof fetch = fetch): Promise<DocumentImage | null> {
  if (!logo) return null;
  try {
    // A weak link must not hold the print up: after 5 s the document goes without the logo.
    return { bytes: await fetchBytes(url, fetchImpl, 5000), mimeType: logo.mimeType };
  } catch {
    return null;
  }
}
