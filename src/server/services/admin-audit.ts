// The audit log viewer: the change log with who, when, device and before/after; paged, and as CSV.
import type { AuditEntry, AuditPage, AuditQuery } from '../../api/admin';
import { auditQuerySchema } from '../../api/admin';
import type { Actor } from '../../domain/user';
import type { ServiceContext } from './context';
import { requireAdmin } from './admin-log';

const dayMs = 24 * 3600 * 1000;
/** Dates are days in WIB/WITA/WIT alike enough for an audit filter; the `to` day is inclusive. */
const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);

export async function listAudit(ctx: ServiceContext, actor: Actor, query: AuditQuery): Promise<AuditPage> {
  requireAdmin(actor);
  const q = auditQuerySchema.parse(query);
  const { total, rows } = await ctx.store.listAudit({
    tenantId: actor.tenantId, orgUnitId: q.orgUnitId, userId: q.userId, entity: q.entity,
    from: q.from ? dayStart(q.from) : undefined, to: q.to ? new Date(dayStart(q.to).getTime() + dayMs) : undefined,
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
