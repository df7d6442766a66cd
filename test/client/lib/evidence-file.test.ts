// @vitest-environment node
// (Node's File, Blob and crypto.subtle: jsdom's File hands out buffers crypto.subtle refuses.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeWithinTarget, fitWithin, maxPhotoEdge, photoQualities, sha256Hex } from '../../../src/client/lib/evidence-image';
import { EvidenceFileError, prepareEvidenceFile } from '../../../src/client/lib/prepare-evidence';
import { sniffMimeType } from '../../../src/domain/evidence-file';

describe('fitWithin', () => {
  it('keeps the long edge at most 1600 px and the aspect ratio, never enlarging', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), (w, h) => {
        const out = fitWithin(w, h);
        const scale = Math.min(1, maxPhotoEdge / Math.max(w, h));
        expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(maxPhotoEdge);
        // Each side is the scaled side rounded (at least 1 px): the aspect ratio is kept.
        expect(Math.abs(out.width - Math.max(1, w * scale))).toBeLessThanOrEqual(0.5);
        expect(Math.abs(out.height - Math.max(1, h * scale))).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('encodeWithinTarget', () => {
  it('steps the quality down until the file fits, then the size, and keeps the last try if none does', async () => {
    const tried: string[] = [];
    const fits = await encodeWithinTarget(async (q, scale) => {
      tried.push(`${q}@${scale}`);
      return new Blob([new Uint8Array(q > 0.6 ? 400_000 : 250_000)]);
    });
    expect(fits.size).toBe(250_000);
    expect(tried).toEqual(['0.85@1', '0.75@1', '0.65@1', '0.55@1']);
    const noisy: string[] = [];
    const smaller = await encodeWithinTarget(async (q, scale) => {
      noisy.push(`${q}@${scale}`);
      return new Blob([new Uint8Array(scale === 1 ? 400_000 : 200_000)]);
    });
    expect(smaller.size).toBe(200_000);
    expect(noisy.at(-1)).toBe('0.85@0.75');
    expect(noisy).toHaveLength(photoQualities.length + 1);
    const huge = await encodeWithinTarget(async () => new Blob([new Uint8Array(500_000)]));
    expect(huge.size).toBe(500_000);
  });
});

const file = (bytes: number[], name: string, type: string, pad = 100) => new File([new Uint8Array([...bytes, ...new Array<number>(pad).fill(7)])], name, { type, lastModified: Date.UTC(2026, 2, 4, 5) });

describe('prepareEvidenceFile', () => {
  const fakeJpeg = async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3])], { type: 'image/jpeg' });

  it('compresses photos to JPEG, hashes the stored bytes and keeps the time taken', async () => {
    const prepared = await prepareEvidenceFile(file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'layar.png', 'image/png'), fakeJpeg);
    expect(prepared).toMatchObject({ mimeType: 'image/jpeg', fileName: 'layar.jpg', takenAt: '2026-03-04T05:00:00.000Z' });
    expect(prepared.bytes.byteLength).toBe(7);
    expect(prepared.sha256).toBe(await sha256Hex(prepared.bytes));
    expect(prepared.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a PDF as it is, and reads the type from the bytes, not the name', async () => {
    const compress = async () => {
      throw new Error('must not compress a PDF');
    };
    const prepared = await prepareEvidenceFile(file([0x25, 0x50, 0x44, 0x46, 0x2d], 'laporan.bin', 'application/octet-stream'), compress);
    expect(prepared).toMatchObject({ mimeType: 'application/pdf', fileName: 'laporan.bin' });
    expect(prepared.bytes.byteLength).toBe(105);
  });

  it('refuses other files, and keeps an allowed original the browser cannot decode', async () => {
    await expect(prepareEvidenceFile(file([0x4d, 0x5a], 'virus.exe', 'application/x-msdownload'), fakeJpeg)).rejects.toBeInstanceOf(EvidenceFileError);
    const cannotDecode = async () => {
      throw new Error('decode');
    };
    await expect(prepareEvidenceFile(file([1, 2, 3], 'foto.heic', 'image/heic'), cannotDecode)).rejects.toMatchObject({ problem: 'unsupportedType' });
    const webp = file([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50], 'a.webp', 'image/webp');
    expect((await prepareEvidenceFile(webp, cannotDecode)).mimeType).toBe('image/webp');
  });

  it('refuses a file over 10 MB', async () => {
    const big = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), new Uint8Array(10 * 1024 * 1024)], 'besar.pdf', { type: 'application/pdf' });
    await expect(prepareEvidenceFile(big)).rejects.toMatchObject({ problem: 'tooLarge' });
  });
});

describe('sniffMimeType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes only', () => {
    expect(sniffMimeType(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg');
    expect(sniffMimeType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20]))).toBeNull(); // RIFF AVI
    expect(sniffMimeType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffMimeType(new Uint8Array([]))).toBeNull();
  });
});
