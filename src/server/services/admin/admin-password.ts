// Changing one's own password: the current one is checked, the new one meets the policy, other
// sessions end (a stolen cookie dies with the old password) and must_change_password is cleared.
import type { PasswordChangeRequest } from '../../../api/admin';
import { checkPasswordPolicy } from '../../../domain/password-policy';
import type { Actor } from '../../../domain/user';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { hashPassword, verifyPassword } from '../auth/password';
import { isCommonPassword } from '../auth/common-passwords';
import { countAttempt } from '../auth/login-throttle';
import { refused } from './admin-log';
import { logSecurityEvent } from '../auth/security-log';

export async function changeOwnPassword(
  ctx: ServiceContext, actor: Actor, input: PasswordChangeRequest, currentTokenHash: string, ipAddress: string,
): Promise<void> {
  const record = await ctx.store.findUserById(actor.id);
  if (!record) throw new ServiceError('unauthenticated');
  // Guessing the current password through a stolen session counts like guesses at the login.
  const keys = [`user:${record.username}`, `ip:${ipAddress}`];
  await countAttempt(ctx, keys);
  const correct = await ctx.hashGate.run(() => verifyPassword(input.currentPassword, record.passwordHash));
  if (!correct) throw refused('wrong_password', { field: 'currentPassword' });
  await ctx.store.refundLoginAttempt(keys);
  const tenant = await ctx.store.getTenant(record.tenantId);
  const problem = checkPasswordPolicy(input.newPassword, { username: record.username, tenantName: tenant?.name, isCommon: isCommonPassword });
  if (problem) throw refused('weak_password', { field: 'newPassword', problem });
  if (input.newPassword === input.currentPassword) throw refused('weak_password', { field: 'newPassword', problem: 'same' });
  const passwordHash = await ctx.hashGate.run(() => hashPassword(input.newPassword));
  await ctx.store.transaction(async (tx) => {
    await tx.setPassword(actor.id, passwordHash, false);
    await tx.revokeSessionsOfUser(actor.id, ctx.now(), currentTokenHash);
  });
  await logSecurityEvent(ctx, { event: 'passwordChanged', subject: record, actorId: actor.id });
}
