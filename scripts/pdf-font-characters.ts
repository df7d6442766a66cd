// The characters the PDF fonts keep (scripts/subset-fonts.ts): what Indonesian text, names, units,
// Rupiah amounts and the documents' own words need, generously — text pasted from Word (curly
// quotes, dashes, bullets, ellipsis), names with accents (Latin-1, Latin Extended-A), the symbols
// of units and targets (°, ², ±, ×, ≤, ≥, ‰, →). A character outside it prints as an empty box.

/** Inclusive code point ranges, [first, last]. */
export const pdfFontRanges: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement (NBSP, ©, °, ±, ², ³, µ, ×, ÷, é…)
  [0x0100, 0x017f], // Latin Extended-A
  [0x0192, 0x0192], // ƒ    (the rest of Windows-1252, pasted from office documents)
  [0x02c6, 0x02c6], // ˆ
  [0x02dc, 0x02dc], // ˜
  [0x2000, 0x206f], // General Punctuation (dashes, curly quotes, …, •, ‰, ′, narrow spaces)
  [0x2070, 0x209f], // Superscripts and Subscripts (m³, 10⁶)
  [0x20a0, 0x20cf], // Currency Symbols (€, and whatever else a budget note quotes)
  [0x2103, 0x2103], // ℃
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2199], // arrows ← ↑ → ↓ ↔ ↕ ↖ ↗ ↘ ↙
  [0x2211, 0x2212], // ∑ −
  [0x221a, 0x221a], // √
  [0x221e, 0x221e], // ∞
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2260], // ≠
  [0x2264, 0x2265], // ≤ ≥
];

/** Every character of `pdfFontRanges`, as one string. */
export function pdfFontText(): string {
  let text = '';
  for (const [first, last] of pdfFontRanges) for (let c = first; c <= last; c += 1) text += String.fromCodePoint(c);
  return text;
}
