// Bulk accounts from a CSV: all rows or none, with each faulty line explained.
import { useState, type FormEvent } from 'react';
import type { UserImportResponse } from '../../../api/admin';
import { userImportColumns } from '../../../api/admin';
import { adminApi } from './api';
import { OneTimePasswordList } from './one-time-password';
import { useAdminError } from './use-admin-error';
import './admin.css';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

/**
 * The header row the importer reads, semicolon-separated with a BOM: Excel in an Indonesian locale
 * (comma as decimal sign) splits it into columns and keeps the UTF-8 names right.
 */
export function userImportTemplate(): string {
  return `\uFEFF${userImportColumns.join(';')}\r\n`;
}

function downloadTemplate(): void {
  const url = URL.createObjectURL(new Blob([userImportTemplate()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'templat-impor-pengguna.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
      {/* The columns are typed into the file as they stand: code, and free to wrap on a phone. */}
      <p>{t('admin.import.columns')} <code className="import-columns">{userImportColumns.join(';')}</code></p>
      <p>{t('admin.import.help')}</p>
      <p>
        <button type="button" className="button" onClick={downloadTemplate} aria-describedby="import-template-hint">{t('admin.import.template')}</button>
      </p>
      <p id="import-template-hint" className="field__hint">{t('admin.import.templateHint')}</p>
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
        <>
          <p role="status">{t('admin.import.created', { count: result.created.length })}</p>
          <OneTimePasswordList items={result.created.map((c) => ({ username: c.username, password: c.oneTimePassword }))} onClose={() => setResult(null)} />
        </>
      )}
    </section>
  );
}
