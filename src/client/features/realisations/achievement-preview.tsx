import { quarterAchievement, yearToDateAchievement, type QuarterValues } from '../../../domain/achievement';
import type { Indicator } from '../../../domain/indicator';
import { quarterRoman, type Quarter } from '../../../domain/period';
import { useActiveSession } from '../../session/session-context';
import { AchievementSummary } from '../../ui/achievement-summary';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { realisationMessages } from './messages';

/** Recomputed on every keystroke from the domain rules; announced politely. Read-only: just the figures. */
export function AchievementPreview(props: { indicator: Indicator; values: QuarterValues; quarter: Quarter; live: boolean }) {
  const t = useFeatureMessages(realisationMessages);
  const { info } = useActiveSession();
  const { lowerIsBetterFormula, categoryBands } = info.tenant.settings;
  const { indicator, values, quarter } = props;
  const q = quarterRoman[quarter];
  return (
    <section className="card preview" aria-live={props.live ? 'polite' : undefined}>
      <h2>{props.live ? t('realisation.preview') : t('realisation.achievementTitle')}</h2>
      <dl>
        <div>
          <dt>{t('realisation.quarterAchievement', { q })}</dt>
          <dd>
            <AchievementSummary
              achievement={quarterAchievement(indicator, values, quarter, lowerIsBetterFormula)}
              bands={categoryBands}
            />
          </dd>
        </div>
        <div>
          <dt>{t('realisation.toDateAchievement', { q })}</dt>
          <dd>
            <AchievementSummary
              achievement={yearToDateAchievement(indicator, values, quarter, lowerIsBetterFormula)}
              bands={categoryBands}
            />
          </dd>
        </div>
      </dl>
    </section>
  );
}
