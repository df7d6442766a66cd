// Photos are shrunk on the device before they are stored (design.md, "Evidence"): long edge at
// most 1600 px, JPEG, quality lowered step by step until the file is about 300 kB or less.
// The arithmetic is pure and unit-tested; the encoding needs a real browser (tested in Chromium).

export const maxPhotoEdge = 1600;
export const targetPhotoBytes = 300 * 1024;
export const photoQualities = [0.85, 0.75, 0.65, 0.55, 0.45, 0.35] as const;

/** The size that fits `maxEdge` on the long side, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, maxEdge: number = maxPhotoEdge): { width: number; height: number } {
  const longEdge = Math.max(width, height);
  if (longEdge <= maxEdge) return { width, height };
  const scale = maxEdge / longEdge;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Sizes tried, as fractions of the fitted size, when even the lowest quality is too big. */
export const photoScales = [1, 0.75, 0.5] as const;

/**
 * Encodes at falling qualities until one fits `target`, then at smaller sizes (an unusually
 * detailed or noisy photo); the last attempt is kept if none fits — it is still far below 10 MB.
 */
export async function encodeWithinTarget(
  encode: (quality: number, scale: number) => Promise<Blob>,
  target: number = targetPhotoBytes,
): Promise<Blob> {
  let last: Blob | null = null;
  for (const scale of photoScales) {
    for (const quality of photoQualities) {
      last = await encode(quality, scale);
      if (last.size <= target) return last;
    }
  }
  if (!last) throw new Error('no_encoding');
  return last;
}

type Canvas2D = OffscreenCanvas | HTMLCanvasElement;

function makeCanvas(width: number, height: number): Canvas2D {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toJpeg(canvas: Canvas2D, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode_failed'))), 'image/jpeg', quality);
  });
}

/** Decodes a photo (EXIF orientation applied), resizes and compresses it to JPEG. */
export async function compressPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const fitted = fitWithin(bitmap.width, bitmap.height);
    let drawn: { canvas: Canvas2D; scale: number } | null = null;
    return await encodeWithinTarget((quality, scale) => {
      if (drawn?.scale !== scale) drawn = { canvas: draw(bitmap, fitted, scale), scale };
      return toJpeg(drawn.canvas, quality);
    });
  } finally {
    bitmap.close();
  }
}

function draw(bitmap: ImageBitmap, fitted: { width: number; height: number }, scale: number): Canvas2D {
  const width = Math.max(1, Math.round(fitted.width * scale));
  const height = Math.max(1, Math.round(fitted.height * scale));
  const canvas = makeCanvas(width, height);
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new Error('no_canvas');
  // JPEG has no transparency: a white ground instead of black for transparent PNGs.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  return canvas;
}

export { sha256Hex } from './file-hash';
