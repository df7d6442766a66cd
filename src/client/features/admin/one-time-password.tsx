// One-time passwords, shown once: the admin reads them out, or opens them as a list to print and
// cut into slips, one per user. Each must be changed at the first sign-in (the server refuses
// everything else until then: password_change_required).
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export interface IssuedPassword { username: string; name?: string; password: string }

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The list as a page of its own (no script, no style: the app's CSP applies to it too), opened
 * in a new tab to print; the address is dropped a minute later.
 */
function openPrintable(items: readonly IssuedPassword[], texts: { title: string; username: string; name: string; password: string; note: string }): void {
  const rows = items.map((i) => `<tr><td>${escape(i.username)}</td><td>${escape(i.name ?? '')}</td><td><code>${escape(i.password)}</code></td></tr>`).join('');
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escape(texts.title)}</title></head><body>`
    + `<h1>${escape(texts.title)}</h1><p>${escape(texts.note)}</p>`
    + `<table border="1" cellpadding="10" cellspacing="0"><thead><tr><th>${escape(texts.username)}</th><th>${escape(texts.name)}</th><th>${escape(texts.password)}</th></tr></thead>`
    + `<tbody>${rows}</tbody></table></body></html>`;
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function OneTimePasswordList(props: { items: readonly IssuedPassword[]; onClose: () => void }) {
  const t = useFeatureMessages(adminMessages);
  if (props.items.length === 0) return null;
  return (
    <div role="alert" className="notice">
      <p>{t('admin.users.oneTimeListIntro', { count: props.items.length })}</p>
      <div className="table-scroll" role="region" aria-label={t('admin.users.oneTime')} tabIndex={0}>
        <table>
          <thead><tr><th scope="col">{t('admin.users.username')}</th><th scope="col">{t('admin.users.name')}</th><th scope="col">{t('admin.users.oneTime')}</th></tr></thead>
          <tbody>
            {props.items.map((i) => (
              <tr key={i.username}><th scope="row">{i.username}</th><td>{i.name ?? ''}</td><td><code data-testid="one-time-password">{i.password}</code></td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('admin.users.oneTimeOnce')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => openPrintable(props.items, {
          title: t('admin.users.oneTimePrintTitle'), username: t('admin.users.username'), name: t('admin.users.name'),
          password: t('admin.users.oneTime'), note: t('admin.users.oneTimeOnce'),
        })}>{t('admin.users.oneTimePrint')}</button>
        <button type="button" className="button" onClick={props.onClose}>{t('admin.users.oneTimeDone')}</button>
      </div>
    </div>
  );
}

export function OneTimePassword(props: { username: string; password: string; onClose: () => void }) {
  return <OneTimePasswordList items={[{ username: props.username, password: props.password }]} onClose={props.onClose} />;
}
