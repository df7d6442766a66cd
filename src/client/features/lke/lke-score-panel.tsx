// The LKE's score: the final one the server fixed, or the running one while in review (the
// evaluator's answer where given, else the unit's), with the unit's self-assessment alone beside
// it and each component's points, so a unit sees where it loses.
import { lkePredikat, roundLkeScore, type LkePredikatCode } from '../../../domain/lke-score';
import { formatNumber, formatPercent } from '../../../domain/number-format';
import { useI18n } from '../../i18n/i18n-context';
import { displayLocale } from '../../i18n/i18n-provider';
import type { LkeView } from '../../db/lke-queries';
import type { FeatureT } from '../../i18n/feature-messages';
import type { lkeMessages } from './messages';
import { LheDownload } from './lhe-download';

type T = FeatureT<keyof typeof lkeMessages.id>;

export function LkeScorePanel(props: { t: T; view: LkeView }) {
  const { t, view } = props;
  const { language, formatDate } = useI18n();
  const locale = displayLocale;
  const figure = (n: number) => formatNumber(roundLkeScore(n), locale, 2);
  const labelOf = (score: number) => (language === 'en' ? lkePredikat(score).labelEn : lkePredikat(score).label);
  const evaluation = view.evaluation;
  const final = evaluation?.status === 'final';
  const date = (iso: string) => formatDate(iso, { dateStyle: 'long' });
  const code = (score: number): LkePredikatCode => lkePredikat(score).code;
  return (
    <section aria-labelledby="lke-score-title" className="card">
      <h2 id="lke-score-title">{t('lke.scoreTitle')}</h2>
      {final && evaluation.score !== null && evaluation.finalisedAt !== null ? (
        <p className="lke-score">{t('lke.scoreFinal', { score: figure(evaluation.score), code: code(evaluation.score), label: labelOf(evaluation.score), date: date(evaluation.finalisedAt) })}</p>
      ) : final ? (
        <p role="status">{t('lke.scorePending')}</p>
      ) : (
        <p className="lke-score">{t('lke.scoreRunning', { score: figure(view.score.total), code: code(view.score.total), label: labelOf(view.score.total) })}</p>
      )}
      <p>{t('lke.scoreSelf', { score: figure(view.selfScore.total), code: code(view.selfScore.total) })}</p>
      {view.selfScore.unanswered.length > 0 && <p className="field__hint">{t('lke.unanswered', { n: view.selfScore.unanswered.length })}</p>}
      {!final && view.unreviewed.length > 0 && <p className="field__hint">{t('lke.unreviewed', { n: view.unreviewed.length })}</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr><th scope="col">{t('lke.col.component')}</th><th scope="col" className="num">{t('lke.col.weight')}</th><th scope="col" className="num">{t('lke.col.points')}</th><th scope="col" className="num">{t('lke.col.percent')}</th></tr>
          </thead>
          <tbody>
            {view.template.components.map((component, i) => {
              const scored = view.score.components[i];
              return (
                <tr key={component.id}>
                  <th scope="row">{component.title}</th>
                  <td className="num">{formatNumber(component.weight, locale, 2)}</td>
                  <td className="num">{scored ? figure(scored.points) : '–'}</td>
                  <td className="num">{scored ? formatPercent(scored.percent, locale) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr><th scope="row">{t('lke.total')}</th><td className="num">100</td><td className="num">{figure(view.score.total)}</td><td /></tr>
          </tfoot>
        </table>
      </div>
      <LheDownload t={t} view={view} />
    </section>
  );
}
