// "Mendukung: <IKU or higher indicator>", a muted line under an indicator's name (the PK view,
// where it loads on demand, and the version page). Nothing while the name is read, nor when the
// device does not hold what the indicator supports.
import { useLiveQuery } from 'dexie-react-hooks';
import { getSupportNames } from '../../../db/support-names';
import { defineMessages, useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';

const supportMessages = defineMessages({
  id: { 'supports.line': 'Mendukung: {name}' },
  en: { 'supports.line': 'Supports: {name}' },
});

export function SupportLine(props: { supportsId: string }) {
  const t = useFeatureMessages(supportMessages);
  const { db } = useActiveSession();
  const { supportsId } = props;
  const name = useLiveQuery(async () => (await getSupportNames(db, [supportsId])).get(supportsId) ?? null, [db, supportsId]);
  return name ? <span className="indicator-unit">{t('supports.line', { name })}</span> : null;
}
