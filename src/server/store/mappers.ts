// Database rows → domain types (src/domain schemas), exactly: ISO timestamps, no storage-only columns.
import type { InferSelectModel, Table } from 'drizzle-orm';
import type { OrgUnit } from '../../domain/org-unit';
import type { Agreement, Goal, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { Realisation } from '../../domain/realisation';
import type { Evidence } from '../../domain/evidence';
import type { Tenant, TenantLogo } from '../../domain/tenant';
import type { User } from '../../domain/user';
import type { Quarter } from '../../domain/period';
import type * as schema from './schema';

type Select<T extends Table> = InferSelectModel<T>;

const iso = (date: Date): string => date.toISOString();

export function toOrgUnit(row: Select<typeof schema.orgUnits>): OrgUnit {
  return { ...row, updatedAt: iso(row.updatedAt) };
}

export function toAgreement(row: Select<typeof schema.agreements>): Agreement {
  return { ...row, updatedAt: iso(row.updatedAt) };
}

export function toGoal(row: Select<typeof schema.goals>): Goal {
  return { ...row, updatedAt: iso(row.updatedAt) };
}

export function toIndicator(row: Select<typeof schema.indicators>): Indicator {
  return { ...row, updatedAt: iso(row.updatedAt) };
}

export function toProgram(row: Select<typeof schema.programs>): Program {
  return { ...row, updatedAt: iso(row.updatedAt) };
}

export function toRealisation(row: Select<typeof schema.realisations>): Realisation {
  const { fieldRevs: _fieldRevs, fieldDevices: _fieldDevices, ...rest } = row;
  return { ...rest, quarter: rest.quarter as Quarter, updatedAt: iso(row.updatedAt) };
}

export function toTenant(row: Select<typeof schema.tenants>): Tenant {
  const { logoSha256, logoMimeType, ...tenant } = row;
  return { ...tenant, logo: logoSha256 && logoMimeType ? { sha256: logoSha256, mimeType: logoMimeType } : null };
}

export function fromTenant(tenant: Tenant): Omit<Tenant, 'logo'> & { logoSha256: string | null; logoMimeType: TenantLogo['mimeType'] | null } {
  const { logo, ...rest } = tenant;
  return { ...rest, logoSha256: logo?.sha256 ?? null, logoMimeType: logo?.mimeType ?? null };
}

export function toUser(row: Select<typeof schema.users>): User {
  const { passwordHash: _hash, mustChangePassword: _must, ...user } = row;
  return user;
}

/** Domain row → insertable values: the inverse of the mappers above. */
export function fromDomain<T extends { updatedAt: string }>(row: T): Omit<T, 'updatedAt'> & { updatedAt: Date } {
  return { ...row, updatedAt: new Date(row.updatedAt) };
}

export function toEvidence(row: Select<typeof schema.evidence>): Evidence {
  return { ...row, updatedAt: iso(row.updatedAt), takenAt: row.takenAt ? iso(row.takenAt) : null };
}

export function fromEvidence(row: Evidence): Omit<Evidence, 'updatedAt' | 'takenAt'> & { updatedAt: Date; takenAt: Date | null } {
  return { ...row, updatedAt: new Date(row.updatedAt), takenAt: row.takenAt === null ? null : new Date(row.takenAt) };
}
