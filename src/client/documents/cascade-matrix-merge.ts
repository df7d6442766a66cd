// How the matriks cascading PDF writes a sasaran daerah or an IKU once over all the rows under it.
// Not with rowSpan: autotable cannot draw a spanned cell taller than a page, and a sasaran with
// many supporters is. Instead each repeated cell is left blank, unfilled and with no line above
// it, so the rows read as one merged cell. Where such a group runs onto a new page, its first row
// there names it again, the text running down into the group's blank cells below as a merged
// cell's would (cut with "…" only if even those are too short), so no page starts with blanks.
import type { jsPDF } from 'jspdf';
import type { CellHookData, CellInput } from 'jspdf-autotable';
import type { CascadeMatrixRow } from './cascade-matrix';
import { margin, pageHeight, tableStyles } from './pdf-base';

const line = tableStyles.styles.lineWidth;

/** The cell of a sasaran or IKU column: its text and top line on the group's first row only. */
export const groupCell = (text: string, isFirst: boolean): CellInput => ({
  content: isFirst ? text : '',
  // Unfilled, so a name repeated on a new page can run down into the group's cells below.
  styles: { fillColor: false, lineWidth: { top: isFirst ? line : 0, right: line, bottom: 0, left: line } },
});

/** A merged column: the text it shows and what makes rows one group. */
export interface GroupColumn {
  text: (row: CascadeMatrixRow) => string;
  group: (row: CascadeMatrixRow) => string;
}

/** Height (mm) from the row at `index` down to the end of its group or of the page, whichever comes first. */
function groupRoomOnPage(doc: jsPDF, data: CellHookData, rows: readonly CascadeMatrixRow[], column: GroupColumn): number {
  const index = data.row.index;
  const first = rows[index];
  const bottom = pageHeight(doc) - margin.bottom;
  let room = 0;
  for (let j = index; j < rows.length; j += 1) {
    const row = rows[j];
    const height = data.table.body[j]?.height ?? 0;
    if (!row || !first || (j > index && column.group(row) !== column.group(first)) || data.cell.y + room + height > bottom + 0.01) break;
    room += height;
  }
  return Math.max(room, data.cell.height);
}

/** Lines of `text` that fit `room` mm in the cell's column, the last one ending in "…" when some are left out. */
function fitted(doc: jsPDF, text: string, data: CellHookData, room: number): string[] {
  const { cell } = data;
  const lines = doc.splitTextToSize(text, cell.width - cell.padding('horizontal')) as string[];
  const lineHeight = (cell.styles.fontSize / doc.internal.scaleFactor) * doc.getLineHeightFactor();
  const fits = Math.max(1, Math.floor((room - cell.padding('vertical')) / lineHeight));
  if (lines.length <= fits) return lines;
  const kept = lines.slice(0, fits);
  kept[fits - 1] = `${kept[fits - 1] ?? ''}…`;
  return kept;
}

/**
 * autotable's willDrawCell hook: on each page's first body row, a blank cell of a merged column
 * (`columns[i]` for table column i) gets its group's text back.
 */
export function repeatGroupOnNewPage(doc: jsPDF, rows: readonly CascadeMatrixRow[], columns: ReadonlyArray<GroupColumn>) {
  let page = 0;
  let firstRow = -1;
  return (data: CellHookData): void => {
    if (data.section !== 'body' || data.row.index < 0) return;
    if (data.pageNumber !== page) {
      page = data.pageNumber;
      firstRow = data.row.index;
    }
    const column = columns[data.column.index];
    const row = rows[data.row.index];
    if (data.row.index !== firstRow || !column || !row || data.cell.text.join('') !== '') return;
    data.cell.text = fitted(doc, column.text(row), data, groupRoomOnPage(doc, data, rows, column));
  };
}
