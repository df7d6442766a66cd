// The audit log: every change and security event as a sentence (audit-row.tsx); filters, pages, CSV export.
import { useCallback, useState } from 'react';
import type { AuditQuery } from '../../../api/admin';
import { adminApi } from './api';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages, zoneAbbreviationKey } from './messages';
import { useI18n } from '../../i18n/i18n-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { auditEntityLabel } from '../../../api/audit-text';
import { securityEntity } from '../../../domain/audit-event';
import { AuditRow } from './audit-row';
import './admin.css';

const pageSize = 50;
/** What the log holds, in the order an inspector looks for it. */
const auditedEntities = ['realisation', 'evidence', 'agreement', 'indicator', 'programRealisation', 'lkeResponse', 'lkeEvaluation', 'lkeRecommendation', 'lkeTemplate', 'lkeEvidence', 'rpjmdPlan', 'conflict', 'periodWindow', 'orgUnit', 'user', securityEntity, 'tenant', 'serviceToken'];
const loadFilters = () => Promise.all([adminApi.listOrgUnits(), adminApi.listUsers()]);

export function AuditSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  // Times are written, and the day filters read, on the pemda's clock (WIB, WITA or WIT).
  const { language } = useI18n();
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
            {users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.username})</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('admin.audit.entity')}</label>
          <select id="audit-entity" value={filters.entity ?? ''} onChange={(e) => set({ entity: e.target.value || undefined })}>
            <option value="">{t('admin.audit.all')}</option>
            {auditedEntities.map((e) => <option key={e} value={e}>{auditEntityLabel(e, language)}</option>)}
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
      <p><a className="button" href={adminApi.auditCsvUrl({ ...filters, page: undefined, pageSize: undefined, lang: language })} download>{t('admin.audit.csv')}</a></p>
      {error ? <p role="alert">{describe(error)}</p> : !data ? <p>{t('app.loading')}</p> : (
        <>
          <p>{t('admin.audit.total', { count: data.total })}</p>
          {data.entries.length === 0 ? <p>{t('admin.audit.none')}</p> : (
            <ol className="audit-list" aria-label={t('admin.audit.table')}>
              {data.entries.map((e) => <AuditRow key={e.rev} entry={e} zone={zone} />)}
            </ol>
          )}
          <div className="actions">
            <button type="button" className="button" disabled={page <= 1} onClick={() => setFilters({ ...filters, page: page - 1 })}>{t('admin.audit.previous')}</button>
            <button type="button" className="button" disabled={page * pageSize >= data.total} onClick={() => setFilters({ ...filters, page: page + 1 })}>{t('admin.audit.next')}</button>
          </div>
        </>
      )}
    </section>
  );
}
