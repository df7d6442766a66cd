// Jadwal input: per quarter of a year, lock now and/or lock by itself at a deadline ("TW I dibuka
// s.d. 15 April"). The server enforces it (quarter_locked); devices pull it and warn in the form.
// The deadline is typed and shown on the pemda's clock (its zone, from the settings just loaded),
// whatever zone this device is set to; it is sent as the instant it names.
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { useCallback, useState, type FormEvent } from 'react';
import type { PeriodWindow } from '../../../domain/period-window';
import type { OrgUnit } from '../../../domain/org-unit';
import { ExtensionsField, type TypedExtension } from './extensions-field';
import { isQuarterLocked } from '../../../domain/period-lock';
import { periodOf, quarters, quarterRoman, type Quarter } from '../../../domain/period';
import { instantOfWallTime, wallTimeIn, type TenantTimeZone } from '../../../domain/tenant-clock';
import { useI18n } from '../../i18n/i18n-context';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages, zoneAbbreviationKey } from './messages';

function WindowRow(props: { year: number; quarter: Quarter; window: PeriodWindow | undefined; timeZone: TenantTimeZone; units: OrgUnit[]; onSaved: () => void }) {
  const { formatDate } = useI18n();
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  // Kept on the device until saved (session/use-form-draft.ts).
  const [initial] = useState(() => ({
    locked: props.window?.locked ?? false, deadline: props.window?.lockAt ? wallTimeIn(new Date(props.window.lockAt), props.timeZone) : '',
    extensions: (props.window?.extensions ?? []).map((e): TypedExtension => ({ orgUnitId: e.orgUnitId, until: wallTimeIn(new Date(e.until), props.timeZone) })),
  }));
  const form = useFormDraft({ key: `admin:window:${props.year}:${props.quarter}`, initial });
  const { locked, deadline, extensions } = form.values;
  const setLocked = (value: boolean) => form.setValues((v) => ({ ...v, locked: value }));
  const setDeadline = (value: string) => form.setValues((v) => ({ ...v, deadline: value }));
  const [message, setMessage] = useState<string | null>(null);
  const q = quarterRoman[props.quarter];
  const zone = t(zoneAbbreviationKey[props.timeZone]);
  const id = `window-${props.year}-${props.quarter}`;
  const state = !props.window ? 'open' : isQuarterLocked(props.window, new Date()) ? 'locked' : 'open';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const lockAt = deadline === '' ? null : (instantOfWallTime(deadline, props.timeZone)?.toISOString() ?? null);
    const extended = extensions.flatMap((e) => {
      const until = instantOfWallTime(e.until, props.timeZone);
      return until ? [{ orgUnitId: e.orgUnitId, until: until.toISOString() }] : [];
    });
    try {
      await adminApi.setPeriodWindow(props.year, props.quarter, { locked, lockAt, extensions: extended });
      form.saved();
      setMessage(t('admin.windows.saved', { q }));
      props.onSaved();
    } catch (reason) { setMessage(describe(reason)); }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.windows.quarter', { q, year: props.year })}</h3>
      <p>
        {state === 'locked' ? t('admin.windows.stateLocked') : t('admin.windows.stateOpen')}
        {props.window?.lockAt && <> · {t('admin.windows.deadlineIs', { time: `${formatDate(props.window.lockAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: props.timeZone })} ${zone}` })}</>}
      </p>
      <DraftNotice draft={form} />
      <label className="choice">
        <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} />
        {t('admin.windows.lockNow')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-deadline`}>{t('admin.windows.deadline')}</label>
        <input id={`${id}-deadline`} type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field__hint">{t('admin.windows.deadlineHint', { zone })}</p>
      </div>
      <ExtensionsField id={id} units={props.units} extensions={extensions} zone={zone}
        onChange={(next) => form.setValues((v) => ({ ...v, extensions: next }))} />
      {message && <p role="status">{message}</p>}
      <button type="submit" className="button button--primary">{t('admin.save')}</button>
    </form>
  );
}

export function WindowsSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const [chosenYear, setYear] = useState<number | null>(null);
  // The settings give the pemda's zone as it is now (the session's copy may predate a change).
  const load = useCallback(() => Promise.all([adminApi.listPeriodWindows(), adminApi.getSettings(), adminApi.listOrgUnits()]), []);
  const { data, error, reload } = useLoaded(load);
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const [windows, { timeZone }, units] = data;
  const thisYear = periodOf(new Date(), timeZone).year;
  const year = chosenYear ?? thisYear;
  return (
    <section aria-labelledby="admin-windows">
      <h2 id="admin-windows">{t('admin.tab.windows')}</h2>
      <p>{t('admin.windows.intro')}</p>
      <div className="field">
        <label htmlFor="windows-year">{t('admin.windows.year')}</label>
        <select id="windows-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear - 1, thisYear, thisYear + 1].map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      {quarters.map((quarter) => {
        const window = windows.find((w) => w.year === year && w.quarter === quarter);
        return <WindowRow key={`${year}-${quarter}-${window?.rev ?? 0}-${timeZone}`} year={year} quarter={quarter} window={window} timeZone={timeZone} units={units} onSaved={reload} />;
      })}
    </section>
  );
}
