// The audit log: every change with who, when, device, before/after; filters, pages, CSV export.
import { useCallback, useState } from 'react';
import type { AuditQuery } from '../../../api/admin';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages, zoneAbbreviationKey } from './messages';
import { useI18n } from '../../i18n/i18n-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { withVisibleControls } from '../../ui/bidi';

const pageSize = 50;
const loadFilters = () => Promise.all([adminApi.listOrgUnits(), adminApi.listUsers()]);

export function AuditSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  // Times are written, and the day filters read, on the pemda's clock (WIB, WITA or WIT).
  const { formatDate } = useI18n();
  const zone = t(zoneAbbreviationKey[useTenantTimeZone()]);
  const [filters, setFilters] = useState<AuditQuery>({ page: 1, pageSize });
  const lists = useLoaded(loadFilters);
  const load = useCallback(() => adminApi.audit(filters), [filters]);
  const { data, error } = useLoaded(load);
  const set = (patch: Partial<AuditQuery>) => setFilters({ ...filters, ...patch, page: patch.page ?? 1 });
  const [units, users] = lists.data ?? [[], []];
  const page = Number(filters.page ?? 1);
  return (
    <section aria-labelledby="admin-audit">
      <h2 id="admin-audit">{t('admin.tab.audit')}</h2>
      <div className="actions">
        <div className="field">
          <label htmlFor="audit-unit">{t('admin.users.unit')}</label>
          <select id="audit-unit" value={filters.orgUnitId ?? ''} onChange={(e) => set({ orgUnitId: e.target.value || undefined })}>
            <option value="">{t('admin.audit.all')}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-user">{t('admin.audit.user')}</label>
          <select id="audit-user" value={filters.userId ?? ''} onChange={(e) => set({ userId: e.target.value || undefined })}>
            <option value="">{t('admin.audit.all')}</option>
            {users.map((u) => <option key={u.id} value={u.id}>{u.username}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('admin.audit.entity')}</label>
          <select id="audit-entity" value={filters.entity ?? ''} onChange={(e) => set({ entity: e.target.value || undefined })}>
            <option value="">{t('admin.audit.all')}</option>
            {['realisation', 'orgUnit', 'user', 'tenant', 'agreement', 'indicator', 'evidence', 'conflict'].map((e) => <option key={e} value={e}>{e}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('admin.audit.from')}</label>
          <input id="audit-from" type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('admin.audit.to')}</label>
          <input id="audit-to" type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </div>
      </div>
      <p><a className="button" href={adminApi.auditCsvUrl({ ...filters, page: undefined, pageSize: undefined })} download>{t('admin.audit.csv')}</a></p>
      {error ? <p role="alert">{describe(error)}</p> : !data ? <p>{t('app.loading')}</p> : (
        <>
          <p>{t('admin.audit.total', { count: data.total })}</p>
          <div className="table-scroll" role="region" aria-label={t('admin.audit.table')} tabIndex={0}>
            <table>
              <thead><tr><th>{t('admin.audit.whenIn', { zone })}</th><th>{t('admin.audit.user')}</th><th>{t('admin.audit.device')}</th><th>{t('admin.audit.entity')}</th><th>{t('admin.audit.before')}</th><th>{t('admin.audit.after')}</th></tr></thead>
              <tbody>
                {data.entries.map((e) => (
                  <tr key={e.rev}>
                    <td>{formatDate(e.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</td>
                    <td dir="auto">{e.username ?? '—'}</td>
                    <td>{e.deviceId ?? '—'}</td>
                    <td>{e.entity} ({e.op})</td>
                    <td><code dir="ltr">{e.before ? withVisibleControls(JSON.stringify(e.before)) : '—'}</code></td>
                    <td><code dir="ltr">{withVisibleControls(JSON.stringify(e.after))}</code></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="button" disabled={page <= 1} onClick={() => setFilters({ ...filters, page: page - 1 })}>{t('admin.audit.previous')}</button>
            <button type="button" className="button" disabled={page * pageSize >= data.total} onClick={() => setFilters({ ...filters, page: page + 1 })}>{t('admin.audit.next')}</button>
          </div>
        </>
      )}
    </section>
  );
}
