import type { Achievement } from '../../domain/achievement';
import { categoryOf } from '../../domain/category';
import type { CategoryBand } from '../../domain/tenant';
import { formatPercent } from '../../domain/number-format';
import { useI18n } from '../i18n/i18n-context';
import { displayLocale } from '../i18n/i18n-provider';
import { CategoryBadge } from './category-badge';

const reasonKeys = {
  noRealisation: 'achievement.noRealisation',
  noTarget: 'achievement.noTarget',
  zeroTarget: 'achievement.zeroTarget',
} as const;

/** A percent with its category, or why there is none (never a made-up 0 or 100). */
export function AchievementSummary(props: { achievement: Achievement; bands: readonly CategoryBand[] }) {
  const { t } = useI18n();
  const { achievement } = props;
  if (!achievement.computable) return <span className="muted">{t(reasonKeys[achievement.reason])}</span>;
  return (
    <span className="achievement">
      <span className="achievement__percent">{formatPercent(achievement.percent, displayLocale)}</span>{' '}
      <CategoryBadge band={categoryOf(achievement.percent, props.bands)} />
    </span>
  );
}
