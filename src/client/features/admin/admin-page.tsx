// Administration (admin role, online): the unit tree, accounts, tenant settings, the RPJMD plan, jadwal input, the LKE template, the audit log and service tokens.
import { useState } from 'react';
import { useActiveSession } from '../../session/session-context';
import { UnitsSection } from './units-section';
import { UsersSection } from './users-section';
import { ImportSection } from './import-section';
import { SettingsSection } from './settings-section';
import { AuditSection } from './audit-section';
import { WindowsSection } from './windows-section';
import { LkeTemplateSection } from './lke-template-section';
import { PlanSection } from './plan-section';
import { TokensSection } from './tokens-section';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';
import { canAdminister, canEditPlan } from '../../../domain/permissions';

const adminTabs = ['units', 'users', 'import', 'settings', 'plan', 'windows', 'lkeTemplate', 'audit', 'tokens'] as const;
type Tab = (typeof adminTabs)[number];
/** A planner who is not the admin keeps the plan only (domain/permissions.ts canEditPlan). */
const plannerTabs: readonly Tab[] = ['plan'];

export function AdminPage() {
  const t = useFeatureMessages(adminMessages);
  const { actor } = useActiveSession();
  const admin = canAdminister(actor, actor.tenantId).allowed;
  const tabs = admin ? adminTabs : canEditPlan(actor, actor.tenantId).allowed ? plannerTabs : [];
  const [chosen, setTab] = useState<Tab>(tabs[0] ?? 'units');
  const tab = tabs.includes(chosen) ? chosen : tabs[0];
  if (tab === undefined) return <p>{t('admin.onlyAdmins')}</p>;
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t('admin.title')}</h1>
      <p>{t('admin.onlineOnly')}</p>
      {!admin && <p>{t('admin.plannerOnly')}</p>}
      <div className="actions" role="tablist" aria-label={t('admin.title')}>
        {tabs.map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'button button--primary' : 'button'} onClick={() => setTab(key)}>
            {t(`admin.tab.${key}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'units' && <UnitsSection />}
        {tab === 'users' && <UsersSection />}
        {tab === 'import' && <ImportSection />}
        {tab === 'settings' && <SettingsSection />}
        {tab === 'plan' && <PlanSection />}
        {tab === 'windows' && <WindowsSection />}
        {tab === 'lkeTemplate' && <LkeTemplateSection />}
        {tab === 'audit' && <AuditSection />}
        {tab === 'tokens' && <TokensSection />}
      </div>
    </section>
  );
}
