// Changing one's own password: the current one is checked, the new one meets the policy, other
// sessions end (a stolen cookie dies with the old password) and must_change_password is cleared.
import type { PasswordChangeRequest } from '../../api/admin';
import { checkPasswordPolicy } from '../../domain/password-policy';
import type { Actor } from '../../domain/user';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { hashPassword, verifyPassword } from './password';
import { attemptWindowMs, maxFailuresPerUsername } from './auth';
import { refused } from './admin-log';

export async function changeOwnPassword(
  ctx: ServiceContext, actor: Actor, input: PasswordChangeRequest, currentTokenHash: string, ipAddress: string,
): Promise<void> {
  const record = await ctx.store.findUserById(actor.id);
  if (!record) throw new ServiceError('unauthenticated');
  // Guessing the current password through a stolen session counts like failed logins.
  const now = ctx.now();
  const failures = await ctx.store.failedLoginsForUsername(record.username, new Date(now.getTime() - attemptWindowMs));
  if (failures.failures >= maxFailuresPerUsername) {
    const seconds = Math.max(1, Math.ceil(((failures.oldest?.getTime() ?? now.getTime()) + attemptWindowMs - now.getTime()) / 1000));
    throw new ServiceError('rate_limited', { retryAfterSeconds: seconds }, { seconds });
  }
  if (!(await verifyPassword(input.currentPassword, record.passwordHash))) {
    await ctx.store.recordLoginAttempt({ username: record.username, ip: ipAddress, success: false, attemptedAt: now });
    throw refused('wrong_password', { field: 'currentPassword' });
  }
  const problem = checkPasswordPolicy(input.newPassword, { username: record.username });
  if (problem) throw refused('weak_password', { field: 'newPassword', problem });
  if (input.newPassword === input.currentPassword) throw refused('weak_password', { field: 'newPassword', problem: 'same' });
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.store.transaction(async (tx) => {
    await tx.setPassword(actor.id, passwordHash, false);
    await tx.revokeSessionsOfUser(actor.id, ctx.now(), currentTokenHash);
  });
}
