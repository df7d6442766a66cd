// One-off: draws the app icons (a teal rounded square with a rising bar chart and a check mark)
// into public/ as PNG, with no image library: shapes are sampled 4×4 per pixel and written with
// zlib. Run `node scripts/make-icons.mjs` after changing the design, then `optipng -o7 -strip all
// public/*.png` (Debian's optipng, lossless: palette and filters; the four icons go from 10.7 to
// 7.5 kB gzip in the precache); the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const teal = [15, 92, 110];
const white = [255, 255, 255];
const accent = [242, 193, 78];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

const bars = [
  [0.24, 0.6, 0.36, 0.78],
  [0.44, 0.5, 0.56, 0.78],
  [0.64, 0.4, 0.76, 0.78],
];
const check = [[0.25, 0.33], [0.36, 0.43], [0.58, 0.2]];

/** Colour at a point of the mark (unit square), or null for background. */
function markAt(x, y) {
  if (nearSegment(x, y, check[0], check[1], 0.035) || nearSegment(x, y, check[1], check[2], 0.035)) return accent;
  if (bars.some(([x0, y0, x1, y1]) => inRoundedRect(x, y, x0, y0, x1, y1, 0.02))) return white;
  return null;
}

/** `fullBleed`: background covers the square (maskable, Apple); `markScale` shrinks the mark. */
function draw(size, { fullBleed, markScale }) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const inside = fullBleed || inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2);
          if (!inside) continue;
          const mx = (x - 0.5) / markScale + 0.5;
          const my = (y - 0.5) / markScale + 0.5;
          const colour = markAt(mx, my) ?? teal;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 255;
        }
      }
      const n = samples * samples;
      const covered = a / 255;
      const offset = (py * size + px) * 4;
      rgba[offset] = covered ? Math.round(r / covered) : 0;
      rgba[offset + 1] = covered ? Math.round(g / covered) : 0;
      rgba[offset + 2] = covered ? Math.round(b / covered) : 0;
      rgba[offset + 3] = Math.round(a / n);
    }
  }
  return png(size, rgba);
}

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), draw(192, { fullBleed: false, markScale: 1 }));
writeFileSync(new URL('icon-512.png', out), draw(512, { fullBleed: false, markScale: 1 }));
// Maskable: the safe zone is the centre circle of 80% diameter.
writeFileSync(new URL('icon-512-maskable.png', out), draw(512, { fullBleed: true, markScale: 0.78 }));
writeFileSync(new URL('apple-touch-icon.png', out), draw(180, { fullBleed: true, markScale: 0.9 }));
console.log('icons written to public/');
