import { Link, useLocation } from 'react-router';
import type { Program } from '../../../../domain/agreement';
import { budgetAbsorption } from '../../../../domain/achievement';
import { formatPercent, formatRupiah } from '../../../../domain/number-format';
import { canEditRealisation } from '../../../../domain/permissions';
import { quarterRoman, type Quarter } from '../../../../domain/period';
import type { ProgramRealisation } from '../../../../domain/program-realisation';
import { useActiveSession } from '../../../session/session-context';
import { orderProgramTree, programBudgetTotal } from '../../../../domain/program-tree';
import { useI18n } from '../../../i18n/i18n-context';
import { displayLocale } from '../../../i18n/i18n-provider';
import { ProgramCode } from '../../../ui/program-code';

/** The latest filled quarter up to `upTo`: realisasi anggaran is cumulative, so it says the most. */
function latestUpTo(rows: readonly ProgramRealisation[] | undefined, upTo: Quarter): ProgramRealisation | null {
  return (rows ?? []).filter((r) => r.quarter <= upTo && (r.budgetRealised !== null || r.physicalProgress !== null))
    .sort((a, b) => b.quarter - a.quarter)[0] ?? null;
}

// Written out rather than through ui/budget-table.tsx: this table is on the first load (home),
// where the shared frame's generality took the load ~200 bytes past its 150 kB budget.
export function ProgramTable(props: {
  programs: readonly Program[];
  /** The quarter entries go to (the one the year is in). */
  quarter: Quarter;
  realisations: ReadonlyMap<string, ProgramRealisation[]>;
}) {
  const { t } = useI18n();
  const { actor } = useActiveSession();
  const location = useLocation();
  const q = quarterRoman[props.quarter];
  const live = props.programs.filter((p) => !p.deleted);
  const lines = orderProgramTree(live);
  const total = programBudgetTotal(live);
  function budgetCell(program: Program) {
    const latest = latestUpTo(props.realisations.get(program.id), props.quarter);
    const absorption = latest?.budgetRealised == null ? null : budgetAbsorption(latest.budgetRealised, program.budget);
    const editable = canEditRealisation(actor, { tenantId: program.tenantId, orgUnitId: program.orgUnitId, status: 'draft' }).allowed;
    const text = latest
      ? t('budget.cell', {
          rupiah: latest.budgetRealised === null ? t('value.empty') : formatRupiah(latest.budgetRealised, displayLocale),
          absorption: absorption === null ? t('value.empty') : formatPercent(absorption, displayLocale),
          progress: latest.physicalProgress === null ? t('value.empty') : formatPercent(latest.physicalProgress, displayLocale),
        })
      : t('value.empty');
    if (!editable) return text;
    const filled = props.realisations.get(program.id)?.some((r) => r.quarter === props.quarter) ?? false;
    return (
      <Link className="cell-action" to={`/programs/${program.id}/quarters/${props.quarter}`} state={{ from: location.pathname }}
        aria-label={t(filled ? 'budget.edit' : 'budget.enter', { q, program: program.name })}>
        {text}
      </Link>
    );
  }

  if (lines.length === 0) return <p className="muted">{t('pk.noPrograms')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('pk.programs')}>
      <table className="data-table program-table">
        <caption>{t('pk.programs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pk.col.code')}</th>
            <th scope="col">{t('pk.col.program')}</th>
            <th scope="col" className="num">
              {t('pk.col.budget')}
            </th>
            <th scope="col">{t('budget.col', { q })}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ program: p }) => (
            <tr key={p.id} className={`program program--${p.level}`}>
              <td className="code"><ProgramCode code={p.code} /></td>
              <th scope="row" className={`indent indent--${p.level}`}>
                {p.name}
              </th>
              <td className="num">{formatRupiah(p.budget, displayLocale)}</td>
              <td className="budget-cell">{budgetCell(p)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('pk.total')}
            </th>
            <td className="num">{formatRupiah(total, displayLocale)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
