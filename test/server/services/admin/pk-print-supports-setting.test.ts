// Whether the PK print names what each indicator supports (issue 19, "Links") as a tenant setting:
// off for a tenant stored before it existed, on when the admin turns it on, kept when other settings
// change, synced to devices in the session's settings, a boolean only, and only the admin may set it.
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

describe('the "Mendukung" column of the PK print', () => {
  it('is off until the admin turns it on; it stays through other changes and reaches the session', async () => {
    const read = async () => tenantSettingsResponseSchema.parse((await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.settings, headers: { cookie: admin } })).json());
    expect((await read()).pkPrintSupports).toBe(false);
    expect((await put('admin', { pkPrintSupports: true })).statusCode).toBe(200);
    expect((await put('admin', { achievementCap: 100 })).statusCode).toBe(200);
    expect((await read()).pkPrintSupports).toBe(true);
    const session = sessionInfoSchema.parse((await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.session, headers: { cookie: signedIn.cookie('kepala.a') } })).json());
    expect(session.tenant.settings.pkPrintSupports).toBe(true);
    expect((await put('admin', { pkPrintSupports: false })).statusCode).toBe(200);
    expect((await read()).pkPrintSupports).toBe(false);
  });

  it('accepts nothing but a boolean, and from nobody but the admin', async () => {
    for (const bad of ['ya', 'true', 1, null, {}]) expect((await put('admin', { pkPrintSupports: bad })).statusCode, JSON.stringify(bad)).toBe(400);
    for (const user of ['evaluator', 'kepala.a', 'operator.x'] as const) {
      expect((await put(user, { pkPrintSupports: true })).statusCode, user).toBe(403);
    }
  });
});
