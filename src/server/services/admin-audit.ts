// The audit log viewer: the change log with who, when, device and before/after; paged, and as CSV.
import type { AuditEntry, AuditPage, AuditQuery } from '../../api/admin';
import { auditQuerySchema } from '../../api/admin';
import type { Actor } from '../../domain/user';
import type { ServiceContext } from './context';
import { requireAdmin } from './admin-log';
import { ServiceError } from './errors';
import { startOfDayIn, tenantTimeZone } from '../../domain/tenant-clock';

/** The first instant of a day in the tenant's zone (the days are valid: auditQuerySchema). */
function dayStart(day: string, timeZone: string): Date {
  const start = startOfDayIn(day, timeZone);
  if (!start) throw new ServiceError('invalid_request');
  return start;
}

/** The day after a YYYY-MM-DD day (calendar arithmetic only, no zone). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function listAudit(ctx: ServiceContext, actor: Actor, query: AuditQuery): Promise<AuditPage> {
  requireAdmin(actor);
  const q = auditQuerySchema.parse(query);
  // The days are the pemda's: 1 April in WITA starts at 31 March 16:00 UTC. The `to` day is inclusive.
  const timeZone = tenantTimeZone((await ctx.store.getTenant(actor.tenantId))?.settings);
  const { total, rows } = await ctx.store.listAudit({
    tenantId: actor.tenantId, orgUnitId: q.orgUnitId, userId: q.userId, entity: q.entity,
    from: q.from ? dayStart(q.from, timeZone) : undefined, to: q.to ? dayStart(nextDay(q.to), timeZone) : undefined,
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  const users = new Map((await ctx.store.listUsers(actor.tenantId)).map((u) => [u.id, u.username]));
  const entries: AuditEntry[] = rows.map((r) => ({
    rev: r.rev, entity: r.entity, recordId: r.recordId, orgUnitId: r.orgUnitId, op: r.op, before: r.before, after: r.after,
    userId: r.userId, username: r.userId ? (users.get(r.userId) ?? null) : null, deviceId: r.deviceId, createdAt: r.createdAt.toISOString(),
  }));
  return { total, page: q.page, pageSize: q.pageSize, entries };
}

/** A cell that a spreadsheet will not run as a formula (CSV injection). */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const auditCsvLimit = 10_000;

export async function auditCsv(ctx: ServiceContext, actor: Actor, query: AuditQuery): Promise<string> {
  const page = await listAudit(ctx, actor, { ...query, page: 1, pageSize: 200 });
  const entries = [...page.entries];
  for (let p = 2; entries.length < Math.min(page.total, auditCsvLimit); p++) {
    const next = await listAudit(ctx, actor, { ...query, page: p, pageSize: 200 });
    if (next.entries.length === 0) break;
    entries.push(...next.entries);
  }
  const header = ['rev', 'waktu', 'pengguna', 'perangkat', 'entitas', 'id', 'unit', 'operasi', 'sebelum', 'sesudah'];
  const lines = entries.map((e) => [e.rev, e.createdAt, e.username ?? e.userId, e.deviceId, e.entity, e.recordId, e.orgUnitId, e.op, e.before, e.after].map(csvCell).join(','));
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
