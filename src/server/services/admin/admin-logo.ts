// The pemda's logo for reports: the admin uploads an image (type by its bytes, size limited), the
// bytes go to blob storage by sha256, the tenant row names them, and every user of the tenant may
// fetch them. Logged like every admin write (the audit shows which file, never the bytes).
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { sniffMimeType } from '../../../domain/evidence-file';
import { maxTenantLogoBytes, tenantLogoMimeTypes, type Tenant, type TenantLogo } from '../../../domain/tenant';
import type { Actor } from '../../../domain/user';
import type { BlobStorage } from '../evidence/blob-storage';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { refused, requireAdmin, writeLogged } from './admin-log';

function logoOf(bytes: Buffer): TenantLogo {
  if (bytes.length === 0) throw refused('logo_empty');
  if (bytes.length > maxTenantLogoBytes) throw new ServiceError('payload_too_large', { maxBytes: maxTenantLogoBytes });
  const type = sniffMimeType(bytes.subarray(0, 16));
  const mimeType = tenantLogoMimeTypes.find((t) => t === type);
  if (!mimeType) throw refused('logo_type');
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mimeType };
}

function setLogo(ctx: ServiceContext, actor: Actor, logo: TenantLogo | null): Promise<TenantLogo | null> {
  return writeLogged(ctx, actor, async (tx) => {
    const before = await tx.getTenant(actor.tenantId);
    if (!before) throw new ServiceError('not_found');
    const after: Tenant = { ...before, logo };
    await tx.updateTenant(after);
    return { change: { entity: 'tenant', recordId: after.id, orgUnitId: null, op: 'update', before, after }, result: logo };
  });
}

export async function uploadTenantLogo(ctx: ServiceContext, storage: BlobStorage, actor: Actor, bytes: Buffer): Promise<TenantLogo> {
  requireAdmin(actor);
  const logo = logoOf(bytes);
  // Bytes first: a tenant row never names a file that is not stored.
  await storage.put(logo.sha256, bytes);
  await setLogo(ctx, actor, logo);
  return logo;
}

export async function removeTenantLogo(ctx: ServiceContext, actor: Actor): Promise<void> {
  requireAdmin(actor);
  await setLogo(ctx, actor, null);
}

/** The logo of the actor's own tenant; not_found when it has none. */
export async function openTenantLogo(ctx: ServiceContext, storage: BlobStorage, actor: Actor): Promise<{ logo: TenantLogo; stream: Readable }> {
  const tenant = await ctx.store.getTenant(actor.tenantId);
  const logo = tenant?.logo;
  const stream = logo ? await storage.open(logo.sha256) : null;
  if (!logo || !stream) throw new ServiceError('not_found');
  return { logo, stream };
}
