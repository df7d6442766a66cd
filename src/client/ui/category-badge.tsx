import type { CategoryBand } from '../../domain/tenant';
import { useI18n } from '../i18n/i18n-context';
import { categoryLabel } from './category-label';

/** The band's label is always written out: colour only repeats it. */
export function CategoryBadge(props: { band: CategoryBand }) {
  const { t, language } = useI18n();
  const label = categoryLabel(props.band, language);
  return (
    <span className={`badge badge--${props.band.tone}`} title={t('achievement.category', { label })}>
      {label}
    </span>
  );
}
