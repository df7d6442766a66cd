// Spreadsheet cells for the exports: Indonesian headers, numbers as numbers (Excel shows them with
// the reader's own separators), Rupiah with a number format.
import type { CellObject } from 'write-excel-file/universal';

export const rupiahFormat = '"Rp"#,##0';
export const percentFormat = '0.00';

export const header = (value: string): CellObject => ({ value, type: String, fontWeight: 'bold', backgroundColor: '#E1E1E1', wrap: true, alignVertical: 'center' });
export const text = (value: string, extra: Partial<CellObject> = {}): CellObject => ({ value, type: String, wrap: true, ...extra });
export const number = (value: number, format?: string, extra: Partial<CellObject> = {}): CellObject => ({ value, type: Number, ...(format ? { format } : {}), ...extra });
/** A blank cell: an empty value stays empty in the file, never 0. */
export const blank = (): CellObject => ({ value: undefined });

/** A target as a cell: a number stays a number; a range, a statement or a predikat is text. */
export function figureCell(value: number | string | { min: number; max: number } | null, asText: (v: NonNullable<typeof value>) => string): CellObject {
  if (value === null) return blank();
  if (typeof value === 'number') return number(value);
  return text(asText(value));
}

export async function xlsxBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
