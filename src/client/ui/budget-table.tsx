// The frame every budget table of a PK shares (the PK view, a version, the editor, an import's
// preview): a region that scrolls sideways on a narrow screen, the column heads, the lines the
// caller renders, and the total row.
import type { ReactNode } from 'react';
import { formatRupiah } from '../../domain/number-format';
import { displayLocale } from '../i18n/i18n-provider';

export interface BudgetTableHeads {
  code: string;
  name: string;
  budget: string;
  /** A last column of the caller's (the quarter's realisation, the line's actions). */
  extra?: string;
}

export function BudgetTable(props: {
  /** The region's name; apart from any section around it (axe landmark-unique). */
  label: string;
  caption?: string;
  heads: BudgetTableHeads;
  totalLabel: string;
  total: number;
  children: ReactNode;
}) {
  const { heads } = props;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={props.label}>
      <table className="data-table program-table">
        {props.caption && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{heads.code}</th>
            <th scope="col">{heads.name}</th>
            <th scope="col" className="num">{heads.budget}</th>
            {heads.extra !== undefined && <th scope="col">{heads.extra}</th>}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>{props.totalLabel}</th>
            <td className="num">{formatRupiah(props.total, displayLocale)}</td>
            {heads.extra !== undefined && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
