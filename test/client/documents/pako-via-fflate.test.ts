// fast-png's pako, through fflate (vite.config.ts aliases pako there): a zlib stream pushed in
// pieces, as fast-png pushes a PNG's IDAT chunks, reads back whole; a broken one fails where it is read.
import { describe, expect, it } from 'vitest';
import { zlibSync } from 'fflate';
// The ESM build, as the app's bundle takes it (the CommonJS main would require pako past the alias).
import { decode } from 'fast-png/lib-esm/index.js';
import { Inflate, deflate, inflate } from '../../../src/client/documents/pako-via-fflate';

describe('pako through fflate', () => {
  const original = new TextEncoder().encode('Perjanjian Kinerja '.repeat(500));
  const compressed = zlibSync(original);

  it('inflates a stream pushed in pieces, and whole', () => {
    const stream = new Inflate();
    for (let at = 0; at < compressed.length; at += 37) stream.push(compressed.subarray(at, at + 37));
    expect(stream.err).toBe(0);
    // Compared as arrays: jsdom's Uint8Array and Node's are different classes.
    const text = Array.from(original);
    expect(Array.from(stream.result)).toEqual(text);
    expect(Array.from(inflate(compressed))).toEqual(text);
    expect(Array.from(inflate(deflate(original)))).toEqual(text);
  });

  it('fails where the result is read when the stream is broken', () => {
    const stream = new Inflate();
    stream.push(compressed.subarray(0, 20));
    expect(() => stream.result).toThrow();
  });

  it('lets fast-png decode a PNG (the pemda logo in PDFs)', () => {
    // 1 × 1, one half-transparent red pixel.
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    const image = decode(png);
    expect([image.width, image.height, image.channels]).toEqual([1, 1, 4]);
    expect(Array.from(image.data)).toEqual([255, 0, 0, 127]);
  });
});
