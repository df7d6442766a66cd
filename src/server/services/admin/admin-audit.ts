// The audit log viewer: the change log as events people read — who (name and role), what, on which
// indicator or unit, from which device, on the pemda's clock — paged, and as a CSV that opens right
// in Indonesian-locale Excel (semicolon-separated, with a BOM, local times, names, never ids).
import type { AuditEntry, AuditPage, AuditQuery } from '../../../api/admin';
import { auditQuerySchema } from '../../../api/admin';
import { auditActor, auditDetails, auditEntityLabel, auditSentence, type AuditFormat } from '../../../api/audit-text';
import type { Language } from '../../../api/error-codes';
import { auditEventKind, changedFields, unitReferenceFields } from '../../../domain/audit-event';
import { startOfDayIn, tenantTimeZone } from '../../../domain/tenant-clock';
import type { Actor } from '../../../domain/user';
import type { ChangeRecord } from '../../store/sync-queries';
import type { ServiceContext } from '../context';
import { requireAdmin } from './admin-log';
import { ServiceError } from '../errors';

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

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Names for the ids a page of rows mentions, read once per page. */
async function namesFor(ctx: ServiceContext, tenantId: string, rows: readonly ChangeRecord[]) {
  const [users, units] = await Promise.all([ctx.store.listUsers(tenantId), ctx.store.listOrgUnits(tenantId)]);
  const evidenceRealisationIds = [...new Set(rows.filter((r) => r.entity === 'evidence').map((r) => text(r.after.realisationId)).filter((id): id is string => id !== null))];
  const realisations = new Map((await ctx.store.listRealisationsForBatch(evidenceRealisationIds, [])).map((r) => [r.id, r]));
  const indicatorIds = new Set<string>();
  for (const r of rows) {
    const id = r.entity === 'evidence' ? realisations.get(text(r.after.realisationId) ?? '')?.indicatorId : text(r.after.indicatorId);
    if (id && (r.entity === 'realisation' || r.entity === 'conflict' || r.entity === 'evidence')) indicatorIds.add(id);
  }
  const indicators = new Map((await ctx.store.getIndicators([...indicatorIds])).map((i) => [i.id, i.name]));
  const programNames = new Map<string, string>();
  for (const id of new Set(rows.filter((r) => r.entity === 'programRealisation').map((r) => text(r.after.programId)))) {
    if (!id) continue;
    const latest = await ctx.store.getLatestChange(tenantId, 'program', id);
    const name = text(latest?.after.name);
    if (name) programNames.set(id, name);
  }
  const deviceIds = [...new Set(rows.map((r) => r.deviceId).filter((id): id is string => id !== null))];
  const devices = await ctx.store.getDeviceNames(deviceIds);
  return {
    user: (id: string | null) => (id ? users.find((u) => u.id === id) : undefined),
    unit: (id: string | null) => (id ? (units.find((u) => u.id === id)?.name ?? null) : null),
    realisation: (id: string | null) => (id ? realisations.get(id) : undefined),
    indicator: (id: string | null | undefined) => (id ? (indicators.get(id) ?? null) : null),
    program: (id: string | null) => (id ? (programNames.get(id) ?? null) : null),
    device: (id: string | null) => (id ? (devices.get(id) ?? null) : null),
  };
}

type Names = Awaited<ReturnType<typeof namesFor>>;

/** What the row is about, by name: the indicator, the unit's PK and year, the account, the token. */
function subjectOf(r: ChangeRecord, names: Names, unitName: string | null): { subject: string | null; quarter: number | null } {
  const a = r.after;
  switch (r.entity) {
    case 'realisation':
    case 'conflict':
      return { subject: names.indicator(text(a.indicatorId)), quarter: num(a.quarter) ?? num(names.realisation(text(a.recordId))?.quarter) };
    case 'evidence': {
      const realisation = names.realisation(text(a.realisationId));
      return { subject: names.indicator(realisation?.indicatorId), quarter: realisation?.quarter ?? null };
    }
    case 'agreement':
    case 'lkeEvaluation':
    case 'lkeRecommendation':
      return { subject: [unitName, num(a.year)].filter((p) => p !== null).join(' ') || null, quarter: null };
    case 'lkeResponse':
    case 'lkeEvidence': return { subject: [unitName, num(a.year), text(a.criterionId)].filter((p) => p !== null).join(' ') || null, quarter: null };
    case 'programRealisation': return { subject: names.program(text(a.programId)), quarter: num(a.quarter) };
    case 'periodWindow': return { subject: null, quarter: num(a.quarter) };
    case 'rpjmdPlan': return { subject: num(a.periodStart) === null ? null : `${num(a.periodStart)}–${num(a.periodEnd) ?? ''}`, quarter: null };
    case 'lkeTemplate': return { subject: num(a.year) === null ? null : String(num(a.year)), quarter: null };
    case 'user': return { subject: text(a.name) ? `${text(a.name)} (${text(a.username) ?? ''})`.replace(' ()', '') : text(a.username), quarter: null };
    case 'session': return { subject: names.user(text(a.userId) ?? r.recordId)?.name ?? text(a.username), quarter: null };
    case 'tenant': return { subject: null, quarter: null };
    default: return { subject: text(a.name) ?? text(a.statement) ?? text(a.title), quarter: null };
  }
}

function toEntry(r: ChangeRecord, names: Names): AuditEntry {
  const actor = names.user(r.userId);
  const unitName = names.unit(r.orgUnitId);
  const { subject, quarter } = subjectOf(r, names, unitName);
  const change = { entity: r.entity, op: r.op, before: r.before, after: r.after };
  return {
    rev: r.rev, entity: r.entity, recordId: r.recordId, orgUnitId: r.orgUnitId, op: r.op, before: r.before, after: r.after,
    userId: r.userId, username: actor?.username ?? null, deviceId: r.deviceId, createdAt: r.createdAt.toISOString(),
    kind: auditEventKind(change, actor?.role ?? null), actorName: actor?.name ?? null, actorRole: actor?.role ?? null,
    unitName: r.entity === 'orgUnit' ? (text(r.after.name) ?? unitName) : unitName,
    deviceName: names.device(r.deviceId) ?? text(r.after.deviceName), subject, quarter,
    // A move between units shows the units' names, not their ids.
    fields: changedFields(change).map((f) => (unitReferenceFields.includes(f.field)
      ? { ...f, before: names.unit(text(f.before)) ?? f.before, after: names.unit(text(f.after)) ?? f.after } : f)),
  };
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
  const names = await namesFor(ctx, actor.tenantId, rows);
  return { total, page: q.page, pageSize: q.pageSize, entries: rows.map((r) => toEntry(r, names)) };
}

/** A cell that a spreadsheet will not run as a formula (CSV injection), quoted when it must be. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const auditCsvLimit = 10_000;

const headers: Record<Language, string[]> = {
  id: ['Waktu ({zone})', 'Pengguna', 'Unit', 'Perangkat', 'Data', 'Kejadian', 'Rincian', 'No. urut'],
  en: ['Time ({zone})', 'User', 'Unit', 'Device', 'Data', 'Event', 'Details', 'Sequence no.'],
};

export async function auditCsv(ctx: ServiceContext, actor: Actor, query: AuditQuery, language: Language = 'id'): Promise<string> {
  const page = await listAudit(ctx, actor, { ...query, page: 1, pageSize: 200 });
  const entries = [...page.entries];
  for (let p = 2; entries.length < Math.min(page.total, auditCsvLimit); p++) {
    const next = await listAudit(ctx, actor, { ...query, page: p, pageSize: 200 });
    if (next.entries.length === 0) break;
    entries.push(...next.entries);
  }
  const timeZone = tenantTimeZone((await ctx.store.getTenant(actor.tenantId))?.settings);
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const stamp = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  const zone = new Intl.DateTimeFormat('id-ID', { timeZone, timeZoneName: 'short' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const format: AuditFormat = { number: (n) => n.toLocaleString(locale, { maximumFractionDigits: 4 }), dateTime: (iso) => stamp.format(new Date(iso)) };
  const header = headers[language].map((h) => h.replace('{zone}', zone));
  const lines = entries.map((e) => [
    stamp.format(new Date(e.createdAt)), auditActor(e, language), e.unitName ?? '', e.deviceName ?? '',
    auditEntityLabel(e.entity, language), auditSentence(e, language, format), auditDetails(e, language, format).join('; '), String(e.rev),
  ].map(csvCell).join(';'));
  // Semicolons: the list separator of the Indonesian locale, so Excel splits the columns right.
  return `\uFEFF${[header.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}
