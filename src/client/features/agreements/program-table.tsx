import type { Program } from '../../../domain/agreement';
import { formatRupiah } from '../../../domain/number-format';
import { orderProgramTree, programBudgetTotal } from '../../../domain/program-tree';
import { useI18n } from '../../i18n/i18n-context';
import { displayLocale } from '../../i18n/i18n-provider';

export function ProgramTable(props: { programs: readonly Program[] }) {
  const { t } = useI18n();
  const live = props.programs.filter((p) => !p.deleted);
  const lines = orderProgramTree(live);
  const total = programBudgetTotal(live);
  if (lines.length === 0) return <p className="muted">{t('pk.noPrograms')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('pk.programs')}>
      <table className="data-table">
        <caption>{t('pk.programs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pk.col.code')}</th>
            <th scope="col">{t('pk.col.program')}</th>
            <th scope="col" className="num">
              {t('pk.col.budget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ program: p }) => (
            <tr key={p.id} className={`program program--${p.level}`}>
              <td className="code">{p.code}</td>
              <th scope="row" className={`indent indent--${p.level}`}>
                {p.name}
              </th>
              <td className="num">{formatRupiah(p.budget, displayLocale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('pk.total')}
            </th>
            <td className="num">{formatRupiah(total, displayLocale)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
