// A conflict in an entry's history: both proposed values, each with who proposed it and from
// which device (the author of the value that lost, not whoever resolved it), and once resolved,
// who chose, when and what. The value that lost stays here after the choice.
import type { HistoryConflict } from '../../../api/history';
import type { Indicator } from '../../../domain/indicator';
import { useI18n } from '../../i18n/i18n-context';
import { useFeatureMessages, type FeatureKey } from '../../i18n/feature-messages';
import { formatRealisationValue } from '../../ui/indicator-format';
import { isolated } from '../../ui/bidi';
import { realisationMessages } from './messages';
import type { RealisationEditableField } from '../../../domain/entity-fields';

const fieldKeys: Record<string, FeatureKey<typeof realisationMessages>> = {
  value: 'history.value',
  drivers: 'realisation.drivers',
  obstacles: 'realisation.obstacles',
  followUp: 'realisation.followUp',
} satisfies Record<RealisationEditableField, FeatureKey<typeof realisationMessages>>;

export function HistoryConflictLines(props: { conflict: HistoryConflict; indicator: Indicator }) {
  const i18n = useI18n();
  const t = useFeatureMessages(realisationMessages);
  const { conflict } = props;
  const value = (v: unknown) =>
    v === null || v === undefined || v === ''
      ? t('review.empty')
      : conflict.field === 'value' && typeof v === 'number'
        ? formatRealisationValue(props.indicator, v, i18n)
        : isolated(String(v));
  const who = (p: HistoryConflict['kept']) =>
    t('history.proposer', {
      name: p.userName ? isolated(p.userName) : t('history.someone'),
      device: p.deviceName ? isolated(p.deviceName) : t('history.unnamedDevice', { device: (p.deviceId ?? '–').slice(-6) }),
    });
  const proposal = (p: HistoryConflict['kept']) => t('history.conflictProposal', { value: value(p.value), who: who(p) });
  const field = t(fieldKeys[conflict.field] ?? 'history.value');
  if (conflict.status === 'open') {
    return <p className="history__conflict">{t('history.conflictOpen', { field, kept: proposal(conflict.kept), other: proposal(conflict.other) })}</p>;
  }
  return (
    <>
      <p className="history__conflict">
        {t('history.conflictResolved', {
          field,
          resolver: conflict.resolvedByName ? isolated(conflict.resolvedByName) : t('history.someone'),
          time: conflict.resolvedAt ? i18n.formatDate(conflict.resolvedAt) : '–',
          chosen: value(conflict.resolvedValue),
        })}
      </p>
      <p className="history__conflict">{t('history.conflictProposals', { kept: proposal(conflict.kept), other: proposal(conflict.other) })}</p>
    </>
  );
}
