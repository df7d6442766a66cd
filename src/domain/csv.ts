// CSV text as spreadsheets in Indonesian locales save it: comma or semicolon (Excel with a
// comma decimal separator writes ";"), an optional UTF-8 BOM, CRLF or LF, and quoted fields that
// may hold the delimiter, doubled quotes and line breaks. Used by the admin account import and
// the PK import; pure, no I/O.

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvParseResult {
  /** One array of fields per record, in order; an empty line is a record with one empty field. */
  records: string[][];
  delimiter: CsvDelimiter;
  /** True when `maxRecords` stopped the reading before the end of the text. */
  truncated: boolean;
}

const candidates: readonly CsvDelimiter[] = [',', ';', '\t'];

/** The delimiter used most often outside quotes on the first non-blank line (comma on a tie or none). */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(candidates.map((d) => [d, 0]));
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!started && (ch === '\n' || ch === '\r' || ch === ' ')) continue;
    started = true;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as CsvDelimiter)) counts.set(ch as CsvDelimiter, (counts.get(ch as CsvDelimiter) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of candidates) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Splits CSV text into records of fields, trimmed (spaces around a field are never meant in
 * these files). `maxRecords` stops early so a huge file is refused without reading it whole.
 */
export function parseCsv(input: string, options: { delimiter?: CsvDelimiter; maxRecords?: number } = {}): CsvParseResult {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? detectCsvDelimiter(text);
  const max = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field.trim());
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') quoted = false; else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === delimiter) { record.push(field.trim()); field = ''; }
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (records.length >= max) return { records, delimiter, truncated: i + 1 < text.length };
    } else field += ch;
    i++;
  }
  // The last record, unless the text ended with a line break.
  if (field !== '' || record.length > 0 || quoted) endRecord();
  return { records, delimiter, truncated: false };
}
