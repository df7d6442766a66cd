import type { CategoryBand } from '../../domain/tenant';
import { useI18n } from '../i18n/i18n-context';

/** The band's label is always written out: colour only repeats it. */
export function CategoryBadge(props: { band: CategoryBand }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${props.band.tone}`} title={t('achievement.category', { label: props.band.label })}>
      {props.band.label}
    </span>
  );
}
