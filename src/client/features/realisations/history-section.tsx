// Riwayat: who changed this entry, when, from which device, and what (online: read from the
// server's change log on request, so an evaluator can see how a value came to be).
import { useState } from 'react';
import type { HistoryEntry, HistoryEvidence } from '../../../api/history';
import { realisationHistoryPath } from '../../../api/routes';
import type { Indicator } from '../../../domain/indicator';
import type { RealisationStatus } from '../../../domain/realisation-status';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import { HttpError, requestJson } from '../../sync/http-client';
import { formatRealisationValue } from '../../ui/indicator-format';
import { isolated } from '../../ui/bidi';
import { HistoryConflictLines } from './history-conflict';
import { realisationMessages } from './messages';
import { useFeatureMessages } from '../../i18n/feature-messages';
import type { FeatureKey, FeatureT } from '../../i18n/feature-messages';
import type { RealisationEditableField } from '../../../domain/entity-fields';
import { dataCheckKinds, type DataCheckKind } from '../../../domain/data-checks';

// zod stays out of the screen's chunk until the history is asked for (client/lazy-schemas.ts).
const historySchema = () => import('../../lazy-schemas').then((m) => m.historyResponseSchema);

const fieldKeys: Record<string, FeatureKey<typeof realisationMessages>> = {
  drivers: 'realisation.drivers',
  obstacles: 'realisation.obstacles',
  followUp: 'realisation.followUp',
  status: 'history.status',
  reviewNote: 'history.reviewNote',
  value: 'history.value',
} satisfies Record<RealisationEditableField | 'status' | 'reviewNote', FeatureKey<typeof realisationMessages>>;

function shown(i18n: I18n, t: FeatureT<keyof typeof realisationMessages.id>, indicator: Indicator, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('review.empty');
  if (field === 'value' && typeof value === 'number') return formatRealisationValue(indicator, value, i18n);
  if (field === 'status') return t(`realisation.status.${value as RealisationStatus}`);
  return String(value);
}

/** The checks a user confirmed, in words; unknown kinds (a newer server) are left out. */
function confirmedText(t: FeatureT<keyof typeof realisationMessages.id>, value: unknown): string {
  const kinds = Array.isArray(value) ? value.filter((k): k is DataCheckKind => (dataCheckKinds as readonly unknown[]).includes(k)) : [];
  return kinds.map((kind) => t(`check.${kind}`)).join(', ');
}

const evidenceKeys = {
  added: 'history.evidenceAdded',
  caption: 'history.evidenceCaption',
  removed: 'history.evidenceRemoved',
} as const satisfies Record<HistoryEvidence['change'], FeatureKey<typeof realisationMessages>>;

/** A change to the entry's evidence: what happened to which file, and the caption (before → after). */
function EvidenceLine(props: { evidence: HistoryEvidence; t: FeatureT<keyof typeof realisationMessages.id> }) {
  const { evidence, t } = props;
  const caption = (text: string | null) => (text ? text : t('review.empty'));
  return (
    <ul>
      <li>
        {t(evidenceKeys[evidence.change], { file: isolated(evidence.fileName) })}
        {evidence.change === 'caption' ? (
          <>: <bdi>{caption(evidence.captionBefore)}</bdi> → <bdi>{caption(evidence.caption)}</bdi></>
        ) : evidence.caption !== '' && (
          <> ({t('history.evidenceCaptionLabel')}: <bdi>{evidence.caption}</bdi>)</>
        )}
      </li>
    </ul>
  );
}

export function HistorySection(props: { realisationId: string; indicator: Indicator }) {
  const i18n = useI18n();
  const { formatDate } = i18n;
  const t = useFeatureMessages(realisationMessages);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    setBusy(true);
    try {
      const response = await requestJson(undefined, 'GET', realisationHistoryPath(props.realisationId), historySchema);
      setEntries(response.entries);
      setError(null);
    } catch (failure) {
      setError(failure instanceof HttpError ? failure.message : t('history.offline'));
    }
    setBusy(false);
  }

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {entries === null ? (
        <button type="button" className="button" disabled={busy} onClick={() => void load()}>{t('history.show')}</button>
      ) : entries.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <ol className="history__list">
          {entries.map((entry) => (
            <li key={entry.rev}>
              <p className="history__who">
                {/* A change with no device (the server's seed, an import) names no device: "perangkat …–" read as broken. */}
                {t(entry.deviceName ? 'history.lineNamed' : entry.deviceId ? 'history.line' : 'history.lineNoDevice', {
                  time: formatDate(entry.at),
                  who: entry.userName ? `${isolated(entry.userName)} (${isolated(entry.username ?? '')})` : t('history.system'),
                  device: entry.deviceId ? entry.deviceId.slice(-6) : '',
                  deviceName: isolated(entry.deviceName ?? ''),
                })}
                {entry.resolvesConflict && <> · {t('history.choiceWrite')}</>}
              </p>
              {entry.conflict && <HistoryConflictLines conflict={entry.conflict} indicator={props.indicator} />}
              {entry.evidence && <EvidenceLine evidence={entry.evidence} t={t} />}
              <ul>
                {entry.fields.map((f) => (
                  <li key={f.field}>
                    {f.field === 'confirmedChecks' ? (
                      // Said once with the value it confirms: the checks the user was asked about.
                      <>{t('history.confirmedChecks')}: <bdi>{confirmedText(t, f.after)}</bdi></>
                    ) : f.field === 'unitReply' ? (
                      // The head's answer to a return is said once, not changed from something.
                      <>{t('history.unitReply')}: <bdi>{shown(i18n, t, props.indicator, f.field, f.after)}</bdi></>
                    ) : (
                      // Each value isolated: one in another direction cannot reorder the arrow and the other.
                      <>{t(fieldKeys[f.field] ?? 'history.value')}: <bdi>{shown(i18n, t, props.indicator, f.field, f.before)}</bdi> → <bdi>{shown(i18n, t, props.indicator, f.field, f.after)}</bdi></>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {error && <p className="notice" role="alert">{error}</p>}
    </section>
  );
}
