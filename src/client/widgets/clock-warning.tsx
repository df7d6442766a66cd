// The header's warning that the device clock is off, in human units (loaded only when it shows).
import { clockSkewWarning } from '../../domain/clock-skew';
import { useFeatureMessages } from '../i18n/feature-messages';
import { clockMessages } from '../pwa/clock-messages';

export function ClockWarning(props: { skewMs: number }) {
  const t = useFeatureMessages(clockMessages);
  const skew = clockSkewWarning(props.skewMs);
  if (skew === null) return null;
  return (
    <p className="warning" role="alert">
      {t(skew.direction === 'ahead' ? 'clock.ahead' : 'clock.behind', { duration: t(`clock.${skew.unit}`, { count: skew.amount }) })}
    </p>
  );
}
