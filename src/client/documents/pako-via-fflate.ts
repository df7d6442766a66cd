// Stands in for pako, which jsPDF pulls in only through fast-png (PNG images: the pemda's logo);
// vite.config.ts aliases it here. jsPDF already bundles fflate for its own compression, so zlib
// through fflate costs ~2 kB gzip where pako cost ~15 kB of every tablet's install
// (docs/performance.md). fast-png uses this much of pako: inflate(), deflate() and an Inflate that
// is pushed the IDAT chunks one by one and read once as `result` after the last.
import { unzlibSync, zlibSync } from 'fflate';

export function inflate(data: Uint8Array): Uint8Array {
  return unzlibSync(data);
}

export function deflate(data: Uint8Array): Uint8Array {
  return zlibSync(data);
}

export class Inflate {
  /** pako's error code; errors here are thrown where the result is read, as pako's are reported there. */
  readonly err = 0;
  readonly msg = '';
  private readonly chunks: Uint8Array[] = [];
  private inflated: Uint8Array | null = null;

  push(chunk: Uint8Array): boolean {
    this.chunks.push(chunk.slice());
    this.inflated = null;
    return true;
  }

  get result(): Uint8Array {
    if (this.inflated) return this.inflated;
    const whole = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    this.inflated = unzlibSync(whole);
    return this.inflated;
  }
}

export default { inflate, deflate, Inflate };
