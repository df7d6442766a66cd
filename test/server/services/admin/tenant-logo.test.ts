// The pemda's logo: only the admin uploads or removes it (an image, checked by its bytes, size
// limited); every user of the tenant fetches it; another tenant never does.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminRoutes, tenantSettingsResponseSchema } from '../../../../src/api/admin';
import { apiRoutes } from '../../../../src/api/routes';
import { maxTenantLogoBytes } from '../../../../src/domain/tenant';
import { csrf } from '../../../support/server-app';
import { useSignedInServer } from '../../../support/signed-in-server';

const usernames = ['admin', 'operator.a', 'kepala.a', 'evaluator', 'pimpinan', 'operator.x'] as const;
type Username = (typeof usernames)[number];
const signedIn = useSignedInServer(usernames);

const png = (size = 4096) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);
const headers = (username: Username, type = 'image/png') => ({ cookie: signedIn.cookie(username), ...csrf, 'content-type': type });
const upload = (username: Username, body: Buffer, type = 'image/png') =>
  signedIn.server.app.inject({ method: 'PUT', url: adminRoutes.logo, headers: headers(username, type), payload: body });
const fetchLogo = (username: Username) => signedIn.server.app.inject({ method: 'GET', url: apiRoutes.tenantLogo, headers: { cookie: signedIn.cookie(username) } });

describe('tenant logo', () => {
  it('is refused to everyone but the admin, before the body is read', async () => {
    for (const username of usernames.filter((u) => u !== 'admin')) {
      expect((await upload(username, png())).statusCode, username).toBe(403);
      const removal = await signedIn.server.app.inject({ method: 'DELETE', url: adminRoutes.logo, headers: headers(username) });
      expect(removal.statusCode, username).toBe(403);
    }
  });

  it('refuses what is not a png, jpeg or webp by its bytes, an empty body and one over the limit', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(500)]);
    const cases: Array<[Buffer, string, number, string | undefined]> = [
      [pdf, 'image/png', 400, 'logo_type'],
      [randomBytes(600), 'image/png', 400, 'logo_type'],
      [Buffer.alloc(0), 'image/png', 400, undefined],
      [png(maxTenantLogoBytes + 1), 'image/png', 413, undefined],
    ];
    for (const [body, type, status, reason] of cases) {
      const response = await upload('admin', body, type);
      expect(response.statusCode).toBe(status);
      const envelope = response.json() as { error: { code: string; details?: { reason?: string } } };
      expect(envelope.error.code.length).toBeGreaterThan(0);
      if (reason) expect(envelope.error.details?.reason).toBe(reason);
    }
    expect((await fetchLogo('operator.a')).statusCode).toBe(404);
  });

  it('stores an image, shows it in the settings, serves it to the tenant only, and removes it', async () => {
    const bytes = png();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = await upload('admin', bytes);
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toEqual({ sha256, mimeType: 'image/png' });
    const settings = await signedIn.server.app.inject({ method: 'GET', url: adminRoutes.settings, headers: { cookie: signedIn.cookie('admin') } });
    expect(tenantSettingsResponseSchema.parse(settings.json()).logo).toEqual({ sha256, mimeType: 'image/png' });

    for (const username of ['operator.a', 'evaluator', 'pimpinan', 'admin'] as const) {
      const response = await fetchLogo(username);
      expect(response.statusCode, username).toBe(200);
      expect(response.headers['content-type']).toBe('image/png');
      // The route's own policy, not the app's: the global hook leaves a route's CSP alone.
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(Buffer.compare(response.rawPayload, bytes)).toBe(0);
    }
    expect((await fetchLogo('operator.x')).statusCode).toBe(404);
    expect((await signedIn.server.app.inject({ method: 'GET', url: apiRoutes.tenantLogo })).statusCode).toBe(401);

    const audit = await signedIn.server.app.inject({ method: 'GET', url: `${adminRoutes.audit}?entity=tenant`, headers: { cookie: signedIn.cookie('admin') } });
    expect(audit.body).toContain(sha256);

    const removed = await signedIn.server.app.inject({ method: 'DELETE', url: adminRoutes.logo, headers: headers('admin') });
    expect(removed.statusCode).toBe(204);
    expect((await fetchLogo('operator.a')).statusCode).toBe(404);
  });
});
