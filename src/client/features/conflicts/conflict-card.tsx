// One open conflict: both values side by side with who and when, and the user's choice.
import { useState, type FormEvent } from 'react';
import { parseIndonesianNumber } from '../../../domain/number-format';
import { canEditRealisation } from '../../../domain/permissions';
import type { ConflictResolution, ConflictSide } from '../../../domain/conflict';
import { ConflictChoiceError, resolveConflict } from '../../db/conflict-choice';
import type { ConflictView } from '../../db/inbox-queries';
import { StorageFullError } from '../../db/storage-errors';
import { useI18n } from '../../i18n/i18n-context';
import { entryNamed } from './entry-named';
import { useActiveSession } from '../../session/session-context';
import { TextareaField } from '../../ui/textarea-field';
import { TextField } from '../../ui/text-field';
import { fieldLabel, valueText } from './field-text';
import { useFeatureMessages, type FeatureT } from '../../i18n/feature-messages';
import { conflictMessages } from './messages';

type Translate = FeatureT<keyof typeof conflictMessages.id>;

/** Where the device and user looking at the conflict stand: a side is theirs, or someone else's. */
export interface Viewer { userId: string; deviceId: string | null }

/**
 * Who proposed a side, from the viewer's point of view: "Anda, perangkat ini", "Anda, Tablet
 * lantai 2" (the same user on another tablet), "Budi Santoso, Tablet Budi", "Budi Santoso, perangkat lain".
 */
export function whoText(t: Translate, side: ConflictSide | undefined, viewer: Viewer): string {
  const name = side?.userId && side.userId === viewer.userId ? t('conflicts.you') : (side?.userName ?? t('conflicts.unknownUser'));
  const device = side?.deviceId && side.deviceId === viewer.deviceId
    ? t('conflicts.thisDevice')
    : (side?.deviceName ?? t('conflicts.otherDevice'));
  return t('conflicts.who', { name, device });
}

/** A value inside a button's name: notes shortened, numbers the Indonesian way. */
function shortValue(t: Translate, formatNumber: (n: number, d?: number) => string, value: unknown): string {
  const text = valueText(t, formatNumber, value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * The other tablet's clock when its user saved, if it can be right: a save the server received
 * before it was made (that tablet's clock runs fast) would mislead, so it is left out.
 */
export function plausibleSaveTime(side: Pick<ConflictSide, 'at' | 'savedAt'>): string | null {
  if (!side.savedAt) return null;
  if (side.at && Date.parse(side.savedAt) > Date.parse(side.at) + 60_000) return null;
  return side.savedAt;
}

function Side(props: { title: string; value: unknown; side: ConflictSide | undefined; viewer: Viewer }) {
  const { formatDate, formatNumber } = useI18n();
  const t = useFeatureMessages(conflictMessages);
  const { side } = props;
  return (
    <div className="conflict-side">
      <h4>{props.title}</h4>
      <p className="conflict-side__value">{valueText(t, formatNumber, props.value)}</p>
      <p className="field__hint">
        {t('conflicts.by', { name: whoText(t, side, props.viewer) })}
        {side?.at && <> · {t('conflicts.receivedAt', { time: formatDate(side.at) })}</>}
        {side && plausibleSaveTime(side) && <> · {t('conflicts.savedAt', { time: formatDate(plausibleSaveTime(side) ?? '') })}</>}
      </p>
    </div>
  );
}

/** The starting text of "Gabungkan": for notes both texts, for a number the server's. */
function combinedStart(field: string, server: unknown, yours: unknown, formatNumber: (n: number, d?: number) => string): string {
  if (field === 'value') return typeof server === 'number' ? formatNumber(server, 10) : '';
  return [server, yours].filter((v) => typeof v === 'string' && v !== '').join('\n');
}

export function ConflictCard(props: { view: ConflictView; deviceId: string | null }) {
  const { formatNumber, language } = useI18n();
  const t = useFeatureMessages(conflictMessages);
  const { db, actor, engine } = useActiveSession();
  const { conflict, context } = props.view;
  const record = conflict.record;
  const [combined, setCombined] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const scope = { tenantId: record?.tenantId ?? actor.tenantId, orgUnitId: record?.orgUnitId ?? null, status: 'draft' as const };
  const mayChoose = record !== undefined && canEditRealisation(actor, scope).allowed;
  const isNumber = conflict.field === 'value';
  // The choices are named by what they keep and whose it is, as seen from this device and user:
  // "mine" would be the value that lost on one tablet and the value that won on the other.
  const viewer: Viewer = { userId: actor.id, deviceId: props.deviceId };

  async function choose(resolution: ConflictResolution, value: unknown) {
    setError(null);
    setSaving(true);
    try {
      await resolveConflict(db, actor, conflict.id, { resolution, value });
      engine.notifyLocalChange();
    } catch (caught) {
      setSaving(false);
      if (caught instanceof StorageFullError) setError(t('conflicts.storageFull'));
      else if (caught instanceof ConflictChoiceError && caught.problem === 'notAllowed') setError(t('conflicts.readOnly'));
      else setError(t('conflicts.saveFailed', { reason: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  function submitCombined(event: FormEvent) {
    event.preventDefault();
    if (combined === null) return;
    if (!isNumber) {
      void choose('combined', combined);
      return;
    }
    const parsed = combined.trim() === '' ? null : parseIndonesianNumber(combined);
    if (parsed !== null && !Number.isFinite(parsed)) {
      setError(t('conflicts.notANumber'));
      return;
    }
    void choose('combined', parsed);
  }

  const title = context.indicatorName
    ? t('conflicts.entry', entryNamed(context.indicatorName, context.quarter, context.year, language))
    : t('conflicts.unknownEntry');

  return (
    <article className="card conflict-card" aria-label={title}>
      <h3>{title}</h3>
      {context.orgUnitName && <p className="field__hint">{context.orgUnitName}</p>}
      <p>
        <span className="sync-badge sync-badge--conflict">{t('entry.conflict')}</span>{' '}
        {t('conflicts.fieldChanged', { field: fieldLabel(t, conflict.field) })}
      </p>
      <div className="conflict-sides">
        <Side title={t('conflicts.serverSide')} value={conflict.serverValue} side={record?.server} viewer={viewer} />
        <Side title={t('conflicts.yourSide')} value={conflict.yourValue} side={record?.yours} viewer={viewer} />
      </div>
      {!record && <p className="notice">{t('conflicts.notSynced')}</p>}
      {record && !mayChoose && <p className="notice">{t('conflicts.readOnly')}</p>}
      {mayChoose && combined === null && (
        <div className="button-row">
          <button type="button" className="button" disabled={saving} onClick={() => void choose('server', conflict.serverValue ?? null)}>
            {t('conflicts.keep', { value: shortValue(t, formatNumber, conflict.serverValue), who: whoText(t, record?.server, viewer) })}
          </button>
          <button type="button" className="button" disabled={saving} onClick={() => void choose('yours', conflict.yourValue ?? null)}>
            {t('conflicts.take', { value: shortValue(t, formatNumber, conflict.yourValue), who: whoText(t, record?.yours, viewer) })}
          </button>
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => setCombined(combinedStart(conflict.field, conflict.serverValue, conflict.yourValue, formatNumber))}
          >
            {t('conflicts.combine')}
          </button>
        </div>
      )}
      {mayChoose && combined !== null && (
        <form onSubmit={submitCombined} noValidate>
          {isNumber ? (
            <TextField label={t('conflicts.combinedLabel')} inputMode="decimal" value={combined} onChange={(e) => setCombined(e.target.value)} />
          ) : (
            <TextareaField label={t('conflicts.combinedLabel')} value={combined} onChange={(e) => setCombined(e.target.value)} />
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={saving}>
              {t('conflicts.saveCombined')}
            </button>
            <button type="button" className="button" disabled={saving} onClick={() => setCombined(null)}>
              {t('conflicts.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
