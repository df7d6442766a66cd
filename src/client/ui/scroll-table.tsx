// A data table wider than a phone, in a box that scrolls sideways: the box is a region named by the
// table's heading and can take the focus, so a keyboard user can scroll it too.
import type { ReactNode } from 'react';

export function ScrollTable(props: {
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** The table's own id (a chart of the same figures is described by it). */
  id?: string;
  /** The header row(s). */
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={props.labelledBy}>
      <table className="data-table" id={props.id}>
        <thead>{props.head}</thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
