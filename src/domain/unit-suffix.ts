// A value followed by its indicator's satuan, without saying the unit twice: a percent is already
// written "86,1%", so a satuan "%" or "persen" adds nothing ("86,1% %" was shown); an empty value
// (the dash) takes no unit either.

const percentUnits = new Set(['%', 'persen', 'percent', 'prosen']);

function normalised(text: string): string {
  return text.trim().toLocaleLowerCase('id-ID').replace(/\s+/g, ' ');
}

/** `text` with ` unit` after it, unless the unit is empty, `text` is `empty`, or it already ends with it. */
export function withUnitSuffix(text: string, unit: string, empty = '—'): string {
  const suffix = normalised(unit);
  if (suffix === '' || text.trim() === empty) return text;
  const value = normalised(text);
  if (value.endsWith(suffix)) return text;
  if (percentUnits.has(suffix) && value.endsWith('%')) return text;
  // Indonesian writes the sign against the number ("83,5%"), as formatTarget does for a percent
  // target; a satuan "%" on a number indicator gave "83,5 %" beside "86,1%".
  if (suffix === '%') return `${text}%`;
  return `${text} ${unit.trim()}`;
}
