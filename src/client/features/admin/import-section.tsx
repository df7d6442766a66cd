// Bulk accounts from a CSV: all rows or none, with each faulty line explained.
import { useState, type FormEvent } from 'react';
import type { UserImportResponse } from '../../../api/admin';
import { userImportColumns } from '../../../api/admin';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export function ImportSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<UserImportResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try { setResult(await adminApi.importUsers(csv)); setProblem(null); } catch (reason) { setProblem(describe(reason)); }
  }
  return (
    <section aria-labelledby="admin-import">
      <h2 id="admin-import">{t('admin.tab.import')}</h2>
      <p>{t('admin.import.help', { columns: userImportColumns.join(',') })}</p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="import-file">{t('admin.import.file')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)} />
        </div>
        <div className="field">
          <label htmlFor="import-text">{t('admin.import.text')}</label>
          <textarea id="import-text" rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary" disabled={csv.trim() === ''}>{t('admin.import.submit')}</button>
      </form>
      {problem && <p role="alert" className="field__error">{problem}</p>}
      {result && result.errors.length > 0 && (
        <div role="alert">
          <p>{t('admin.import.refused')}</p>
          <ul>{result.errors.map((e) => <li key={e.line}>{t('admin.import.line', { line: e.line, message: e.message })}</li>)}</ul>
        </div>
      )}
      {result && result.created.length > 0 && (
        <div role="status">
          <p>{t('admin.import.created', { count: result.created.length })}</p>
          <table>
            <thead><tr><th>{t('admin.users.username')}</th><th>{t('admin.users.oneTime')}</th></tr></thead>
            <tbody>{result.created.map((c) => <tr key={c.username}><th scope="row">{c.username}</th><td><code>{c.oneTimePassword}</code></td></tr>)}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
