import { useEffect, useState } from 'react';
import { getStorageStatus, type StorageStatus } from '../../db/persist-storage';
import { useI18n } from '../../i18n/i18n-context';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { settingsMessages } from './messages';

export function StorageSection() {
  const { formatNumber } = useI18n();
  const t = useFeatureMessages(settingsMessages);
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let live = true;
    void getStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  const mb = (bytes: number) => t('settings.megabytes', { value: formatNumber(bytes / 1_048_576, 1) });
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      {status && (
        <>
          <p>
            {status.usage !== null && status.quota !== null
              ? t('settings.storageUsage', { used: mb(status.usage), quota: mb(status.quota) })
              : t('settings.storageUnknown')}
          </p>
          {status.persisted !== null && (
            <p>{t(status.persisted ? 'settings.persistent' : 'settings.notPersistent')}</p>
          )}
        </>
      )}
    </section>
  );
}
