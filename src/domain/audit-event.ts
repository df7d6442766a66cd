// What a row of the change log (the audit trail) means to a person: one event kind per row and the
// fields that changed, so the audit screen and its export can say "Siti (evaluator) mengembalikan …"
// instead of showing before/after dumps. Pure: the server and the client use the same reading.

export type AuditEventKind =
  | 'realisationCreated' | 'realisationEdited' | 'realisationSubmitted' | 'realisationResubmitted'
  | 'realisationVerified' | 'realisationReturned' | 'realisationDecisionUndone' | 'realisationDeleted'
  | 'evidenceAdded' | 'evidenceCaptionChanged' | 'evidenceRemoved'
  | 'agreementCreated' | 'agreementSigned' | 'agreementSuperseded' | 'agreementChanged' | 'agreementRemoved'
  | 'partCreated' | 'partChanged' | 'partRemoved'
  | 'budgetRealisationChanged'
  | 'lkeAnswered' | 'lkeReviewed' | 'lkeFinalised' | 'lkeReopened'
  | 'lkeRecommended' | 'lkeRecommendationChanged' | 'lkeRecommendationRemoved' | 'lkeFollowedUp' | 'lkeTemplateSet'
  | 'lkeEvidenceAdded' | 'lkeEvidenceChanged' | 'lkeEvidenceRemoved' | 'planSet'
  | 'unitCreated' | 'unitChanged' | 'unitDeactivated' | 'unitReactivated'
  | 'userCreated' | 'userChanged' | 'userRoleChanged' | 'userDeactivated' | 'userReactivated' | 'userPasswordReset'
  | 'settingsChanged'
  | 'windowLocked' | 'windowOpened' | 'windowChanged'
  | 'conflictResolved' | 'conflictRecorded'
  | 'tokenCreated' | 'tokenRevoked' | 'tokenUsed'
  | 'signedIn' | 'signInLocked' | 'signedOut' | 'sessionEnded' | 'passwordChanged'
  | 'otherCreated' | 'otherChanged' | 'otherRemoved';

/** A row of the log as the audit reads it. */
export interface AuditChange {
  entity: string;
  op: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** The security events written to the log by the auth services (entity 'session'). */
export const securityEvents = ['signedIn', 'signInLocked', 'signedOut', 'sessionEnded', 'passwordChanged'] as const;
export type SecurityEvent = (typeof securityEvents)[number];
export const securityEntity = 'session';

/**
 * Bookkeeping every synced row carries, and what the sentence already says (the quarter and year):
 * never "a change" to a person. References to other rows (indicatorId, goalId…) name the subject,
 * which the sentence names; only a move between units (orgUnitId, parentId) is a change worth listing.
 */
const bookkeeping = new Set(['id', 'tenantId', 'rev', 'updatedAt', 'updatedBy', 'deviceId', 'createdAt', 'passwordHash', 'year', 'quarter']);
export const unitReferenceFields: readonly string[] = ['orgUnitId', 'parentId'];
const isReference = (field: string): boolean => field.endsWith('Id') && !unitReferenceFields.includes(field);
const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '' || value === false;

export interface FieldChange { field: string; before: unknown; after: unknown }

/** The fields whose value differs between before and after (a new row's filled fields). */
export function changedFields(change: Pick<AuditChange, 'before' | 'after'>): FieldChange[] {
  const keys = new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after)]);
  const fields: FieldChange[] = [];
  for (const field of keys) {
    if (bookkeeping.has(field) || isReference(field)) continue;
    const before = change.before?.[field];
    const after = change.after[field];
    if (change.before && JSON.stringify(before) === JSON.stringify(after)) continue;
    // A new row lists what it holds, not the fields it leaves empty.
    if (!change.before && isEmpty(after)) continue;
    fields.push({ field, before: before ?? null, after: after ?? null });
  }
  return fields;
}

const parts = new Set(['goal', 'indicator', 'program']);
const changed = (c: AuditChange, field: string): boolean => c.before !== null && JSON.stringify(c.before[field]) !== JSON.stringify(c.after[field]);
const removed = (c: AuditChange): boolean => c.op === 'delete' || (c.after.deleted === true && c.before?.deleted !== true);

function realisationKind(c: AuditChange, actorRole: string | null): AuditEventKind {
  if (removed(c)) return 'realisationDeleted';
  if (c.op === 'insert' || c.before === null) return 'realisationCreated';
  if (changed(c, 'status')) {
    const from = c.before.status;
    switch (c.after.status) {
      case 'verified': return 'realisationVerified';
      case 'returned': return 'realisationReturned';
      case 'submitted':
        if (from === 'verified' || (from === 'returned' && actorRole === 'evaluator')) return 'realisationDecisionUndone';
        return from === 'returned' ? 'realisationResubmitted' : 'realisationSubmitted';
      default: break;
    }
  }
  return 'realisationEdited';
}

function userKind(c: AuditChange): AuditEventKind {
  if (c.op === 'insert' || c.before === null) return 'userCreated';
  if (c.after.passwordReset === true) return 'userPasswordReset';
  if (changed(c, 'active')) return c.after.active === false ? 'userDeactivated' : 'userReactivated';
  if (changed(c, 'role')) return 'userRoleChanged';
  return 'userChanged';
}

function securityKind(c: AuditChange): AuditEventKind {
  const event = c.after.event;
  return securityEvents.find((e) => e === event) ?? 'otherChanged';
}

/** The event a change-log row records; `actorRole` tells an evaluator's undo from a resubmission. */
export function auditEventKind(c: AuditChange, actorRole: string | null = null): AuditEventKind {
  switch (c.entity) {
    case 'realisation': return realisationKind(c, actorRole);
    case 'evidence':
      if (removed(c)) return 'evidenceRemoved';
      return c.op === 'insert' || c.before === null ? 'evidenceAdded' : 'evidenceCaptionChanged';
    case 'agreement':
      if (removed(c)) return 'agreementRemoved';
      if (c.op === 'insert' || c.before === null) return 'agreementCreated';
      if (changed(c, 'status') && c.after.status === 'signed') return 'agreementSigned';
      if (changed(c, 'status') && c.after.status === 'superseded') return 'agreementSuperseded';
      return 'agreementChanged';
    case 'programRealisation': return 'budgetRealisationChanged';
    case 'lkeResponse': return c.after.side === 'review' ? 'lkeReviewed' : 'lkeAnswered';
    case 'lkeEvaluation': return c.after.status === 'final' ? 'lkeFinalised' : 'lkeReopened';
    case 'lkeRecommendation':
      if (removed(c)) return 'lkeRecommendationRemoved';
      if (c.op === 'insert' || c.before === null) return 'lkeRecommended';
      return changed(c, 'followUp') || changed(c, 'followUpNote') ? 'lkeFollowedUp' : 'lkeRecommendationChanged';
    case 'lkeTemplate': return 'lkeTemplateSet';
    case 'rpjmdPlan': return 'planSet';
    case 'lkeEvidence':
      if (removed(c)) return 'lkeEvidenceRemoved';
      return c.op === 'insert' || c.before === null ? 'lkeEvidenceAdded' : 'lkeEvidenceChanged';
    case 'orgUnit':
      if (c.op === 'insert' || c.before === null) return 'unitCreated';
      if (changed(c, 'active')) return c.after.active === false ? 'unitDeactivated' : 'unitReactivated';
      return 'unitChanged';
    case 'user': return userKind(c);
    case 'tenant': return 'settingsChanged';
    case 'periodWindow':
      if (c.after.locked === true && (c.before === null || c.before.locked !== true)) return 'windowLocked';
      if (c.after.locked === false && c.before?.locked === true) return 'windowOpened';
      return 'windowChanged';
    case 'conflict': return c.after.status === 'resolved' ? 'conflictResolved' : 'conflictRecorded';
    case 'serviceToken':
      if (c.after.used === true) return 'tokenUsed';
      if (c.op === 'insert' || c.before === null) return 'tokenCreated';
      return 'tokenRevoked';
    case securityEntity: return securityKind(c);
    default:
      if (parts.has(c.entity)) return removed(c) ? 'partRemoved' : c.op === 'insert' || c.before === null ? 'partCreated' : 'partChanged';
      return removed(c) ? 'otherRemoved' : c.op === 'insert' || c.before === null ? 'otherCreated' : 'otherChanged';
  }
}
