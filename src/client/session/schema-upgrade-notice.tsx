// What the user sees when a newer build took the database over (or waits for this one): never a
// blank page, a reload button, and any unsaved text kept in view (db/schema-watch.ts).
import { useFeatureMessages } from '../i18n/feature-messages';
import type { DatabaseStatus } from './database-status';
import type { DraftBackup } from './draft-backup';
import { schemaUpgradeMessages } from './schema-upgrade-messages';

export function SchemaUpgradeNotice(props: { status: DatabaseStatus; drafts: readonly DraftBackup[] }) {
  const t = useFeatureMessages(schemaUpgradeMessages);
  if (props.status === 'ok') return null;
  if (props.status === 'blocked') {
    return (
      <section className="banner banner--warning" role="alert">
        <p>{t('blocked')}</p>
      </section>
    );
  }
  const drafts = props.drafts.filter((d) => Object.values(d.fields).some((text) => text.trim() !== ''));
  return (
    <section className="banner banner--warning" role="alert">
      <p>{t('replaced')}</p>
      {drafts.length > 0 && <p>{t('replacedUnsaved')}</p>}
      {drafts.map((draft) => (
        <dl key={draft.key} className="draft-backup">
          {Object.entries(draft.fields)
            .filter(([, text]) => text.trim() !== '')
            .map(([name, text]) => (
              <div key={name}>
                <dt>{draft.labels[name] ?? name}</dt>
                <dd>{text}</dd>
              </div>
            ))}
        </dl>
      ))}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
    </section>
  );
}
