// Accounts: create with role and unit, reset password, deactivate (sessions end at once), sessions.
import { DraftNotice } from '../../session/draft-notice';
import { useFormDraft } from '../../session/use-form-draft';
import { useState, type FormEvent } from 'react';
import { roles, type Role } from '../../../domain/role';
import type { AdminUser } from '../../../api/admin';
import { ConfirmBox } from '../../ui/confirm-box';
import { TextField } from '../../ui/text-field';
import { adminApi } from './api';
import { OneTimePassword } from './one-time-password';
import { UserSessions } from './user-sessions';
import { useAdminError } from './use-admin-error';
import { useLoaded } from './use-loaded';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

const loadAll = () => Promise.all([adminApi.listUsers(), adminApi.listOrgUnits()]);

export function UsersSection() {
  const t = useFeatureMessages(adminMessages);
  const describe = useAdminError();
  const { data, error, reload } = useLoaded(loadAll);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const [sessionsOf, setSessionsOf] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Resetting a password and deactivating end the user's sessions: asked first (ConfirmBox).
  const [asking, setAsking] = useState<{ kind: 'reset' | 'deactivate'; user: AdminUser } | null>(null);
  // Kept on the device as it is typed, until the account is made (session/use-form-draft.ts); no password in it.
  const userForm = useFormDraft({ key: 'admin:new-user', initial: { username: '', name: '', role: 'operator' as Role, orgUnitId: '', position: '' } });
  const form = userForm.values;
  const setForm = userForm.setValues;
  if (error) return <p role="alert">{describe(error)}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const [users, units] = data;
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const act = async (work: () => Promise<unknown>) => {
    try { await work(); setProblem(null); reload(); } catch (reason) { setProblem(describe(reason)); }
  };
  async function create(event: FormEvent) {
    event.preventDefault();
    await act(async () => {
      const result = await adminApi.createUser({ ...form, orgUnitId: form.orgUnitId || (units.find((u) => u.active)?.id ?? '') });
      setShown({ username: result.user.username, password: result.oneTimePassword });
      userForm.saved({ ...form, username: '', name: '', position: '' });
    });
  }
  const reset = (user: AdminUser) => act(async () => {
    const result = await adminApi.resetPassword(user.id);
    setShown({ username: user.username, password: result.oneTimePassword });
  });
  return (
    <section aria-labelledby="admin-users">
      <h2 id="admin-users">{t('admin.tab.users')}</h2>
      {shown && <OneTimePassword username={shown.username} password={shown.password} onClose={() => setShown(null)} />}
      {problem && <p role="alert" className="field__error">{problem}</p>}
      {/* A phone scrolls the table in its box, never the page. */}
      <div className="table-scroll" role="region" aria-label={t('admin.users.table')} tabIndex={0}>
        <table>
          <thead><tr><th>{t('admin.users.username')}</th><th>{t('admin.users.name')}</th><th>{t('admin.users.role')}</th><th>{t('admin.users.unit')}</th><th>{t('admin.users.actions')}</th></tr></thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.username}{!user.active && ` (${t('admin.inactive')})`}</th>
                <td>{user.name}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td>{unitName.get(user.orgUnitId) ?? ''}</td>
                <td>
                  <button type="button" className="button" onClick={() => setAsking({ kind: 'reset', user })}>{t('admin.users.reset')}</button>{' '}
                  <button type="button" className="button" aria-label={`${user.active ? t('admin.deactivate') : t('admin.activate')} ${user.username}`}
                    onClick={() => (user.active ? setAsking({ kind: 'deactivate', user }) : void act(() => adminApi.updateUser(user.id, { active: true })))}>
                    {user.active ? t('admin.deactivate') : t('admin.activate')}
                  </button>{' '}
                  <button type="button" className="button" onClick={() => setSessionsOf(sessionsOf === user.id ? null : user.id)}>{t('admin.sessions.show')}</button>
                  {asking?.user.id === user.id && (
                    <ConfirmBox title={t(`admin.users.${asking.kind}ConfirmTitle`, { username: user.username })}
                      consequence={t(`admin.users.${asking.kind}Confirm`)} confirmLabel={t(`admin.users.${asking.kind}ConfirmYes`)}
                      cancelLabel={t('admin.users.confirmNo')} onCancel={() => setAsking(null)}
                      onConfirm={() => {
                        setAsking(null);
                        void (asking.kind === 'reset' ? reset(user) : act(() => adminApi.updateUser(user.id, { active: false })));
                      }} />
                  )}
                  {sessionsOf === user.id && <UserSessions userId={user.id} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="card" onSubmit={(e) => void create(e)} aria-labelledby="admin-user-new">
        <h3 id="admin-user-new">{t('admin.users.add')}</h3>
        <DraftNotice draft={userForm} />
        <TextField label={t('admin.users.username')} value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} required autoComplete="off" />
        <TextField label={t('admin.users.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        <TextField label={t('admin.users.position')} value={form.position} onChange={(e) => setForm({ ...form, position: e.target.value })} />
        <div className="field">
          <label htmlFor="user-role">{t('admin.users.role')}</label>
          <select id="user-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="user-unit">{t('admin.users.unit')}</label>
          <select id="user-unit" value={form.orgUnitId} onChange={(e) => setForm({ ...form, orgUnitId: e.target.value })}>
            {units.filter((u) => u.active).map((u) => <option key={u.id} value={u.id}>{u.code} — {u.name}</option>)}
          </select>
        </div>
        <button type="submit" className="button button--primary">{t('admin.users.create')}</button>
      </form>
    </section>
  );
}
