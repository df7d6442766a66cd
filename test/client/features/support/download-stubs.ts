// What a screen that saves a file reaches in the browser, stubbed at the boundary we do not own
// (jsdom has no object URLs): the download, an object URL clicked on an <a download>, is recorded
// instead of saved. The document buttons also fetch the font: answered from public/fonts as the
// service worker's precache would, or failed as offline before the font was stored.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export interface Download { name: string; href: string; blob: Blob }

export interface DownloadRecorder {
  /** The files the page handed to the browser to save, in order. */
  downloads: Download[];
  /** Puts the browser's object URLs and link clicks back. */
  restore(): void;
}

/** From now until `restore()`: object URLs are made in memory and a click on one records the download. */
export function recordDownloads(): DownloadRecorder {
  const urls = new Map<string, Blob>();
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  const downloads: Download[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${urls.size}`;
      urls.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = urls.get(this.href);
    if (blob) downloads.push({ name: this.download, href: this.href, blob });
  });
  return {
    downloads,
    restore: () => {
      click.mockRestore();
      Object.assign(URL, original);
    },
  };
}

export interface DocumentDownloads {
  /** The files the page handed to the browser to save, in order. */
  downloads: Download[];
  /** Whether the document font can be fetched (from the precache). */
  fontsOnline: boolean;
}

/** Before each test of the file: downloads recorded and the font fetch answered; both put back after. */
export function useDocumentDownloads(): DocumentDownloads {
  const state: DocumentDownloads = { downloads: [], fontsOnline: true };
  let recorder: DownloadRecorder | null = null;
  beforeEach(() => {
    recorder = recordDownloads();
    state.downloads = recorder.downloads;
    state.fontsOnline = true;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (!state.fontsOnline || !String(url).startsWith('/fonts/')) throw new TypeError('Failed to fetch');
      return new Response(readFileSync(resolve(__dirname, '../../../../public', String(url).slice(1))));
    }));
  });
  afterEach(() => {
    recorder?.restore();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return state;
}
