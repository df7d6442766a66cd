// The mark on a figure that includes realisations an evaluator has not verified (or, with the
// verified-only switch on, how many were left out). Written as words, so it reads in print and
// for screen readers; nothing when every figure is verified.
import { useFeatureMessages } from '../../i18n/feature-messages';
import { dashboardMessages } from './messages';

export function UnverifiedNote(props: { count: number; verifiedOnly: boolean }) {
  const t = useFeatureMessages(dashboardMessages);
  if (props.count === 0) return null;
  return (
    <span className={`unverified-note${props.verifiedOnly ? ' unverified-note--left-out' : ''}`}>
      {props.verifiedOnly ? t('dashboard.unverifiedLeftOut', { count: props.count }) : t('dashboard.unverifiedMark', { count: props.count })}
    </span>
  );
}
