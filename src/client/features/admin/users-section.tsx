// Accounts: search and filter, create with role and unit, reset password, deactivate (sessions end
// at once; asked first, never one's own account), sessions, one-time passwords to hand out.
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { useState, type FormEvent } from 'react';
import { roles, type Role } from '../../../domain/role';
import type { AdminUser } from '../../../api/admin';
import { useActiveSession } from '../../session/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { ConfirmBox } from '../../ui/confirm-box';
import { TextField } from '../../ui/text-field';
import { adminApi } from './api';
import { OneTimePasswordList, type IssuedPassword } from './one-time-password';
import { UserSessions } from './user-sessions';
import { PlannerField, PlannerMark, PlannerToggle } from './planner-right';
import { mayHoldPlannerRight } from '../../../domain/permissions';
import { filterUsers, noUserFilter, statusOf, type UserFilter, type UserStatus } from './user-filter';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

const loadAll = () => Promise.all([adminApi.listUsers(), adminApi.listOrgUnits()]);
const statuses: readonly UserStatus[] = ['active', 'mustChange', 'inactive'];

export function UsersSection() {
  const t = useFeatureMessages(adminMessages);
  const { formatDate } = useI18n(); // in the pemda's zone (session/tenant-clock.tsx)
  const { actor } = useActiveSession();
  const describe = useAdminError();
  const { data, error, reload } = useLoaded(loadAll);
  // Every one-time password issued on this screen, until the admin says they are noted: one list to print.
  const [issued, setIssued] = useState<IssuedPassword[]>([]);
  const [sessionsOf, setSessionsOf] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [filter, setFilter] = useState<UserFilter>(noUserFilter);
  const [creating, setCreating] = useState(false);
  // Resetting a password and deactivating end the user's sessions: asked first (ConfirmBox).
  const [asking, setAsking] = useState<{ kind: 'reset' | 'deactivate'; user: AdminUser } | null>(null);
  // Kept on the device as it is typed, until the account is made (session/use-form-draft.ts); no password in it.
  const userForm = useFormDraft({ key: 'admin:new-user', initial: { username: '', name: '', role: 'operator' as Role, orgUnitId: '', position: '', nip: '', planner: false } });
  const form = userForm.values;
  const setForm = userForm.setValues;
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const [users, units] = data;
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const shown = filterUsers(users, filter);
  const issue = (item: IssuedPassword) => setIssued((list) => [...list.filter((i) => i.username !== item.username), item]);
  const act = async (work: () => Promise<unknown>, message: string) => {
    try { await work(); setProblem(null); setDone(message); reload(); } catch (reason) { setProblem(describe(reason)); setDone(null); }
  };
  async function create(event: FormEvent) {
    event.preventDefault();
    if (creating) return;
    setCreating(true);
    await act(async () => {
      const nip = form.nip.trim();
      const planner = mayHoldPlannerRight(form.role) && form.planner === true;
      const result = await adminApi.createUser({ ...form, planner, nip: nip === '' ? null : nip, orgUnitId: form.orgUnitId || (units.find((u) => u.active)?.id ?? '') });
      issue({ username: result.user.username, name: result.user.name, password: result.oneTimePassword });
      // The form starts empty again; role and unit stay for the next account of the same unit.
      userForm.saved({ ...form, username: '', name: '', position: '', nip: '', planner: false });
    }, t('admin.users.created', { username: form.username.trim().toLowerCase() }));
    setCreating(false);
  }
  const reset = (user: AdminUser) => act(async () => {
    const result = await adminApi.resetPassword(user.id);
    issue({ username: user.username, name: user.name, password: result.oneTimePassword });
  }, t('admin.users.resetDone', { username: user.username }));
  const setText = (text: string) => setFilter((f) => ({ ...f, text }));
  return (
    <section aria-labelledby="admin-users">
      <h2 id="admin-users">{t('admin.tab.users')}</h2>
      <OneTimePasswordList items={issued} onClose={() => setIssued([])} />
      {problem && <p role="alert" className="field__error">{problem}</p>}
      <p role="status">{done}</p>
      <div className="filters">
        <TextField label={t('admin.users.search')} type="search" value={filter.text} onChange={(e) => setText(e.target.value)} />
        <div className="field">
          <label htmlFor="users-role">{t('admin.users.filterRole')}</label>
          <select id="users-role" value={filter.role} onChange={(e) => setFilter({ ...filter, role: e.target.value as Role | '' })}>
            <option value="">{t('admin.users.all')}</option>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-unit">{t('admin.users.filterUnit')}</label>
          <select id="users-unit" value={filter.orgUnitId} onChange={(e) => setFilter({ ...filter, orgUnitId: e.target.value })}>
            <option value="">{t('admin.users.all')}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.code} — {u.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-status">{t('admin.users.filterStatus')}</label>
          <select id="users-status" value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as UserStatus | '' })}>
            <option value="">{t('admin.users.all')}</option>
            {statuses.map((s) => <option key={s} value={s}>{t(`admin.users.status.${s}`)}</option>)}
          </select>
        </div>
      </div>
      <p>{t('admin.users.shown', { shown: shown.length, total: users.length })}</p>
      {/* A phone scrolls the table in its box, never the page. */}
      <div className="table-scroll" role="region" aria-label={t('admin.users.table')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.users.username')}</th><th scope="col">{t('admin.users.name')}</th><th scope="col">{t('admin.users.nip')}</th>
              <th scope="col">{t('admin.users.role')}</th><th scope="col">{t('admin.users.unit')}</th><th scope="col">{t('admin.users.status')}</th>
              <th scope="col">{t('admin.users.lastSignIn')}</th><th scope="col">{t('admin.users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((user) => {
              const own = user.id === actor.id;
              return (
                <tr key={user.id}>
                  <th scope="row">{user.username}{own && ` (${t('admin.users.ownAccount')})`}{!user.active && ` (${t('admin.inactive')})`}</th>
                  <td>{user.name}</td>
                  <td>{user.nip ?? ''}</td>
                  <td>{t(`role.${user.role}`)}<PlannerMark user={user} /></td>
                  <td>{unitName.get(user.orgUnitId) ?? ''}</td>
                  <td>{t(`admin.users.status.${statusOf(user)}`)}</td>
                  <td>{user.lastSignInAt ? formatDate(user.lastSignInAt) : t('admin.users.never')}</td>
                  <td>
                    <button type="button" className="button" aria-label={`${t('admin.users.reset')} ${user.username}`} onClick={() => setAsking({ kind: 'reset', user })}>{t('admin.users.reset')}</button>{' '}
                    {/* One's own account is never offered for deactivation (the server refuses it too: own_account). */}
                    {!own && (
                      <button type="button" className="button" aria-label={`${user.active ? t('admin.deactivate') : t('admin.activate')} ${user.username}`}
                        onClick={() => (user.active
                          ? setAsking({ kind: 'deactivate', user })
                          : void act(() => adminApi.updateUser(user.id, { active: true }), t('admin.users.activated', { username: user.username })))}>
                        {user.active ? t('admin.deactivate') : t('admin.activate')}
                      </button>
                    )}{' '}
                    <PlannerToggle user={user} onChange={(planner) => void act(() => adminApi.updateUser(user.id, { planner }), t(planner ? 'admin.users.plannerGranted' : 'admin.users.plannerRevoked', { username: user.username }))} />{' '}
                    <button type="button" className="button" aria-expanded={sessionsOf === user.id} onClick={() => setSessionsOf(sessionsOf === user.id ? null : user.id)}>{t('admin.sessions.show')}</button>
                    {asking?.user.id === user.id && (
                      <ConfirmBox title={t(`admin.users.${asking.kind}ConfirmTitle`, { username: user.username })}
                        consequence={t(`admin.users.${asking.kind}Confirm`)} confirmLabel={t(`admin.users.${asking.kind}ConfirmYes`)}
                        cancelLabel={t('admin.users.confirmNo')} onCancel={() => setAsking(null)}
                        onConfirm={() => {
                          setAsking(null);
                          void (asking.kind === 'reset'
                            ? reset(user)
                            : act(() => adminApi.updateUser(user.id, { active: false }), t('admin.users.deactivated', { username: user.username })));
                        }} />
                    )}
                    {sessionsOf === user.id && <UserSessions userId={user.id} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <form className="card" onSubmit={(e) => void create(e)} aria-labelledby="admin-user-new">
        <h3 id="admin-user-new">{t('admin.users.add')}</h3>
        <DraftNotice draft={userForm} />
        <TextField label={t('admin.users.username')} value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} required autoComplete="off" />
        <TextField label={t('admin.users.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        <TextField label={t('admin.users.position')} value={form.position} onChange={(e) => setForm({ ...form, position: e.target.value })} />
        <TextField label={t('admin.users.nip')} hint={t('admin.users.nipHint')} inputMode="numeric" pattern="\d{18}" value={form.nip} onChange={(e) => setForm({ ...form, nip: e.target.value })} />
        <div className="field">
          <label htmlFor="user-role">{t('admin.users.role')}</label>
          <select id="user-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
        </div>
        <PlannerField role={form.role} checked={form.planner === true} onChange={(planner) => setForm({ ...form, planner })} />
        <div className="field">
          <label htmlFor="user-unit">{t('admin.users.unit')}</label>
          <select id="user-unit" value={form.orgUnitId} onChange={(e) => setForm({ ...form, orgUnitId: e.target.value })}>
            {units.filter((u) => u.active).map((u) => <option key={u.id} value={u.id}>{u.code} — {u.name}</option>)}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={creating}>{t('admin.users.create')}</button>
      </form>
    </section>
  );
}
