// What an import would write: each goal with its indicators, their targets and what each supports,
// then the budget lines as a tree with their total, numbers and Rupiah in id-ID.
import type { PkImportContent, PkImportIndicator, PkImportProgram } from '../../../../domain/pk-import';
import { formatRupiah } from '../../../../domain/number-format';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { displayLocale } from '../../../i18n/i18n-provider';
import { formatTarget } from '../../../ui/indicator-format';
import { importMessages } from './messages';
import { BudgetTable } from '../../../ui/budget-table';
import type { SupportLinks } from './resolve-supports';
import { ProgramCode } from '../../../ui/program-code';

const quarters = ['I', 'II', 'III', 'IV'] as const;

/** The budget total as the PK prints it: top-level lines only (their lines break them down). */
export const importBudgetTotal = (content: PkImportContent): number =>
  content.programs.filter((p) => p.parentKey === null).reduce((sum, p) => sum + p.budget, 0);

/** Parents before their lines, as the PK's budget table reads. */
function treeOrder(programs: readonly PkImportProgram[]): { program: PkImportProgram; depth: number }[] {
  const children = new Map<string | null, PkImportProgram[]>();
  for (const p of programs) children.set(p.parentKey, [...(children.get(p.parentKey) ?? []), p]);
  const lines: { program: PkImportProgram; depth: number }[] = [];
  const visit = (parent: string | null, depth: number): void => {
    for (const program of children.get(parent) ?? []) {
      lines.push({ program, depth });
      visit(program.key, depth + 1);
    }
  };
  visit(null, 0);
  return lines;
}

const indentOf = ['program', 'kegiatan', 'subkegiatan'] as const;

function IndicatorRows(props: { indicators: PkImportIndicator[]; links: SupportLinks }) {
  const t = useFeatureMessages(importMessages);
  const i18n = useI18n();
  return (
    <>
      {props.indicators.map((indicator, index) => {
        const shape = { targetType: indicator.targetType, scaleLevels: indicator.scaleLevels ?? [] };
        const supports = props.links.get(indicator);
        return (
          <tr key={index}>
            <td className="num">{index + 1}</td>
            <th scope="row" className="indicator-name">
              {indicator.name}
              {supports && <span className="indicator-unit">{t('preview.supports', { name: supports.name })}</span>}
            </th>
            <td>{indicator.unit === '' ? i18n.t('value.empty') : indicator.unit}</td>
            <td>
              {[t(`polarity.${indicator.polarity}`), t(`aggregation.${indicator.aggregation}`), t(`type.${indicator.targetType}`)].join(' · ')}
            </td>
            <td className="num">{formatTarget(shape, indicator.annualTarget, i18n)}</td>
            {indicator.quarterTargets.map((target, q) => <td key={q} className="num">{formatTarget(shape, target, i18n)}</td>)}
          </tr>
        );
      })}
    </>
  );
}

export function PkImportPreview(props: { content: PkImportContent; links?: SupportLinks }) {
  const t = useFeatureMessages(importMessages);
  const { content } = props;
  const total = importBudgetTotal(content);
  return (
    <section aria-labelledby="pk-import-preview" className="pk-import-preview">
      <h2 id="pk-import-preview">{t('preview.title')}</h2>
      <p role="status">
        {t('preview.summary', {
          goals: content.goals.length, indicators: content.indicators.length, programs: content.programs.length,
          total: formatRupiah(total, displayLocale),
        })}
      </p>
      {content.goals.map((goal, index) => (
        <div key={goal.key} className="goal">
          <h3>{t('preview.goal', { number: index + 1, name: goal.name })}</h3>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('preview.indicators', { number: index + 1 })}>
            <table className="data-table pk-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.no')}</th>
                  <th scope="col">{t('col.indicator')}</th>
                  <th scope="col">{t('col.unit')}</th>
                  <th scope="col">{t('col.kind')}</th>
                  <th scope="col" className="num">{t('col.annual')}</th>
                  {quarters.map((q) => <th key={q} scope="col" className="num">{t('col.quarter', { q })}</th>)}
                </tr>
              </thead>
              <tbody>
                <IndicatorRows indicators={content.indicators.filter((i) => i.goalKey === goal.key)} links={props.links ?? new Map()} />
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {content.programs.length === 0 ? (
        <p className="muted">{t('preview.noPrograms')}</p>
      ) : (
        <BudgetTable label={t('preview.programs')} caption={t('preview.programs')}
          heads={{ code: t('col.code'), name: t('col.program'), budget: t('col.budget') }} totalLabel={t('total')} total={total}>
          {treeOrder(content.programs).map(({ program: p, depth }) => (
            <tr key={p.key} className={`program program--${p.level}`}>
              <td className="code"><ProgramCode code={p.code} /></td>
              <th scope="row" className={`indent indent--${indentOf[Math.min(depth, 2)]}`}>{p.name}</th>
              <td className="num">{formatRupiah(p.budget, displayLocale)}</td>
            </tr>
          ))}
        </BudgetTable>
      )}
    </section>
  );
}
