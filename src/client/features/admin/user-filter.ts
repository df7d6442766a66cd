// The admin's user list, searched and filtered (name, username or NIP; role, unit, status).
import type { AdminUser } from '../../../api/admin';
import type { Role } from '../../../domain/role';

export type UserStatus = 'active' | 'inactive' | 'mustChange';
export interface UserFilter { text: string; role: Role | ''; orgUnitId: string; status: UserStatus | '' }
export const noUserFilter: UserFilter = { text: '', role: '', orgUnitId: '', status: '' };

export function statusOf(user: AdminUser): UserStatus {
  if (!user.active) return 'inactive';
  return user.mustChangePassword ? 'mustChange' : 'active';
}

export function filterUsers(users: readonly AdminUser[], filter: UserFilter): AdminUser[] {
  const text = filter.text.trim().toLocaleLowerCase('id-ID');
  return users.filter((u) =>
    (text === '' || [u.username, u.name, u.nip ?? ''].some((v) => v.toLocaleLowerCase('id-ID').includes(text)))
    && (filter.role === '' || u.role === filter.role)
    && (filter.orgUnitId === '' || u.orgUnitId === filter.orgUnitId)
    && (filter.status === '' || statusOf(u) === filter.status || (filter.status === 'active' && statusOf(u) === 'mustChange')));
}
