// Numbers the Indonesian way: "1.234,5", "93,75%", "Rp 1.500.000". Display goes through Intl.
const grouped = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const plain = /^-?\d+(,\d+)?$/;
const dotDecimal = /^-?\d+\.\d+$/;

/**
 * Parses a number typed by an Indonesian user. Returns null for empty input (not yet filled)
 * and NaN for text that is not a number. A single dot followed by other than three digits is
 * read as a decimal point ("2.5"), since nobody groups thousands that way.
 */
export function parseIndonesianNumber(input: string): number | null {
  const text = input.replace(/\s|\u00a0/g, '').replace(/^rp\.?/i, '').replace(/%$/, '');
  if (text === '') return null;
  const normalised = text.replace(/^\u2212/, '-');
  if (grouped.test(normalised)) return Number(normalised.replace(/\./g, '').replace(',', '.'));
  if (plain.test(normalised)) return Number(normalised.replace(',', '.'));
  if (dotDecimal.test(normalised)) return Number(normalised);
  return Number.NaN;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale = 'id-ID', maximumFractionDigits = 2): string {
  return formatter(locale, { maximumFractionDigits }).format(value);
}

/** Percent for display, two decimals at most: rounding happens here only. */
export function formatPercent(value: number, locale = 'id-ID'): string {
  return `${formatter(locale, { maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(value)}%`;
}

export function formatRupiah(value: number, locale = 'id-ID'): string {
  return formatter(locale, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
}
