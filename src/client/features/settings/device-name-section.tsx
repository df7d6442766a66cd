// The device's name: tells this tablet apart from the user's other devices in conflicts and in the
// admin's sessions list. Stored on the device, sent with the next push (db/device-name.ts).
import { useEffect, useState, type FormEvent } from 'react';
import { defaultDeviceName, getOwnDeviceName, setOwnDeviceName } from '../../db/device-name';
import { useActiveSession } from '../../session/session-context';
import { TextField } from '../../ui/text-field';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { settingsMessages } from './messages';

export function DeviceNameSection() {
  const t = useFeatureMessages(settingsMessages);
  const { db, engine } = useActiveSession();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fallback = defaultDeviceName(navigator.userAgent) ?? t('settings.deviceName.unknown');

  useEffect(() => {
    let live = true;
    getOwnDeviceName(db).then(
      (own) => {
        if (live) setName(own ?? '');
      },
      // Unreadable (the database closed as the screen left, or by a newer build in another tab):
      // the field stays empty and shows the default name.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const stored = await setOwnDeviceName(db, name);
      setName(stored ?? '');
      setSaved(stored ?? fallback);
      engine.notifyLocalChange();
    } catch (caught) {
      setSaved(null);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <section className="card" aria-labelledby="device-name-title">
      <h2 id="device-name-title">{t('settings.deviceName')}</h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <TextField
          label={t('settings.deviceName.label')}
          hint={t('settings.deviceName.hint', { fallback })}
          value={name}
          maxLength={80}
          placeholder={fallback}
          onChange={(event) => {
            setName(event.target.value);
            setSaved(null);
          }}
          error={error}
        />
        <div className="button-row">
          <button type="submit" className="button">{t('settings.deviceName.save')}</button>
        </div>
      </form>
      {saved !== null && <p role="status">{t('settings.deviceName.saved', { name: saved })}</p>}
    </section>
  );
}
