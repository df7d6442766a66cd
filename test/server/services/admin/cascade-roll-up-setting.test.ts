// How the pohon kinerja rolls up (issue 19) as a tenant setting: the mean for a tenant stored
// before it existed, 'lowest' when the admin chooses it, kept when other settings change, synced to
// devices in the session's settings, nothing else accepted, and only the admin may set it.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRoutes, tenantSettingsResponseSchema } from '../../../../src/api/admin';
import { sessionInfoSchema } from '../../../../src/api/auth';
import { apiRoutes } from '../../../../src/api/routes';
import { csrf } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const signedIn = useSignedInServer(['admin', 'evaluator', 'kepala.a', 'operator.x'] as const);
const put = (user: 'admin' | 'evaluator' | 'kepala.a' | 'operator.x', payload: object) =>
  signedIn.server.app.inject({ method: 'PUT', url: adminRoutes.settings, headers: { cookie: signedIn.cookie(user), ...csrf }, payload });

let admin = '';
beforeAll(() => { admin = signedIn.cookie('admin'); });

describe('the roll-up rule of the pohon kinerja', () => {
  it('is the mean until the admin chooses the weakest supporter; it stays through other changes and reaches the session', async () => {
    const read = async () => tenantSettingsResponseSchema.parse((await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.settings, headers: { cookie: admin } })).json());
    expect((await read()).cascadeRollUp).toBe('average');
    expect((await put('admin', { cascadeRollUp: 'lowest' })).statusCode).toBe(200);
    expect((await put('admin', { achievementCap: 120 })).statusCode).toBe(200);
    expect((await read()).cascadeRollUp).toBe('lowest');
    const session = sessionInfoSchema.parse((await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: signedIn.cookie('kepala.a') } })).json());
    expect(session.tenant.settings.cascadeRollUp).toBe('lowest');
  });

  it('accepts nothing but the two rules, and from nobody but the admin', async () => {
    for (const bad of ['median', '', null, 1]) expect((await put('admin', { cascadeRollUp: bad })).statusCode, String(bad)).toBe(400);
    for (const user of ['evaluator', 'kepala.a', 'operator.x'] as const) {
      expect((await put(user, { cascadeRollUp: 'average' })).statusCode, user).toBe(403);
    }
  });
});
