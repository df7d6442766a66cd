// Reading the change log for people: every kind of row gets its event, and only the fields a person
// would call a change are listed.
import { describe, expect, it } from 'vitest';
import { auditEventKind, changedFields, type AuditChange } from '../../src/domain/audit-event';

const update = (entity: string, before: Record<string, unknown>, after: Record<string, unknown>): AuditChange => ({ entity, op: 'update', before, after });
const insert = (entity: string, after: Record<string, unknown>): AuditChange => ({ entity, op: 'insert', before: null, after });

describe('auditEventKind', () => {
  it.each([
    ['a new realisation', insert('realisation', { value: 3, status: 'draft' }), null, 'realisationCreated'],
    ['a value edit', update('realisation', { value: 3, status: 'draft' }, { value: 4, status: 'draft' }), 'operator', 'realisationEdited'],
    ['a submission', update('realisation', { status: 'draft' }, { status: 'submitted' }), 'head', 'realisationSubmitted'],
    ['a resubmission by the head', update('realisation', { status: 'returned' }, { status: 'submitted' }), 'head', 'realisationResubmitted'],
    ['an evaluator undoing a return', update('realisation', { status: 'returned' }, { status: 'submitted' }), 'evaluator', 'realisationDecisionUndone'],
    ['an evaluator undoing a verification', update('realisation', { status: 'verified' }, { status: 'submitted' }), 'evaluator', 'realisationDecisionUndone'],
    ['a verification', update('realisation', { status: 'submitted' }, { status: 'verified' }), 'evaluator', 'realisationVerified'],
    ['a return', update('realisation', { status: 'submitted' }, { status: 'returned', reviewNote: 'x' }), 'evaluator', 'realisationReturned'],
    ['a deletion (tombstone)', update('realisation', { deleted: false }, { deleted: true }), 'operator', 'realisationDeleted'],
    ['evidence attached', insert('evidence', { caption: 'Foto' }), null, 'evidenceAdded'],
    ['evidence captioned', update('evidence', { caption: 'a' }, { caption: 'b' }), null, 'evidenceCaptionChanged'],
    ['evidence removed', update('evidence', { deleted: false }, { deleted: true }), null, 'evidenceRemoved'],
    ['LKE evidence attached', insert('lkeEvidence', { criterionId: '1.a.1', caption: '' }), 'head', 'lkeEvidenceAdded'],
    ['LKE evidence captioned', update('lkeEvidence', { caption: 'a' }, { caption: 'b' }), 'operator', 'lkeEvidenceChanged'],
    ['LKE evidence removed', update('lkeEvidence', { deleted: false }, { deleted: true }), 'operator', 'lkeEvidenceRemoved'],
    ['a PK signed', update('agreement', { status: 'draft' }, { status: 'signed' }), 'head', 'agreementSigned'],
    ['a PK superseded', update('agreement', { status: 'signed' }, { status: 'superseded' }), 'head', 'agreementSuperseded'],
    ['an indicator added', insert('indicator', { name: 'x' }), null, 'partCreated'],
    ['an indicator removed', update('indicator', { deleted: false }, { deleted: true }), null, 'partRemoved'],
    ['a unit deactivated', update('orgUnit', { active: true }, { active: false }), 'admin', 'unitDeactivated'],
    ['a unit reactivated', update('orgUnit', { active: false }, { active: true }), 'admin', 'unitReactivated'],
    ['a role change', update('user', { role: 'operator' }, { role: 'head' }), 'admin', 'userRoleChanged'],
    ['a password reset', update('user', { mustChangePassword: false }, { mustChangePassword: true, passwordReset: true }), 'admin', 'userPasswordReset'],
    ['a user deactivated', update('user', { active: true }, { active: false }), 'admin', 'userDeactivated'],
    ['settings', update('tenant', { name: 'a' }, { name: 'b' }), 'admin', 'settingsChanged'],
    ['a window closed', insert('periodWindow', { locked: true }), 'admin', 'windowLocked'],
    ['a window reopened', update('periodWindow', { locked: true }, { locked: false }), 'admin', 'windowOpened'],
    ['a token used', update('serviceToken', { name: 't' }, { name: 't', used: true }), null, 'tokenUsed'],
    ['a sign-in', insert('session', { event: 'signedIn' }), null, 'signedIn'],
    ['a lock', insert('session', { event: 'signInLocked' }), null, 'signInLocked'],
    ['an unknown security event', insert('session', { event: 'teleported' }), null, 'otherChanged'],
    ['an entity added later', insert('cascade', { name: 'x' }), null, 'otherCreated'],
  ])('%s', (_name, change, role, kind) => {
    expect(auditEventKind(change, role)).toBe(kind);
  });
});

describe('changedFields', () => {
  it('lists what differs, never bookkeeping, the period or references to other rows', () => {
    const fields = changedFields(update('realisation',
      { id: 'r', rev: 1, updatedAt: 'a', value: 1, drivers: 'x', indicatorId: 'i', quarter: 2, year: 2026, orgUnitId: 'u1' },
      { id: 'r', rev: 2, updatedAt: 'b', value: 2, drivers: 'x', indicatorId: 'i', quarter: 2, year: 2026, orgUnitId: 'u2' }));
    expect(fields).toEqual([{ field: 'value', before: 1, after: 2 }, { field: 'orgUnitId', before: 'u1', after: 'u2' }]);
  });

  it('lists a new row by what it holds, not by the fields it leaves empty', () => {
    expect(changedFields(insert('realisation', { value: 0, drivers: '', obstacles: null, deleted: false, status: 'draft' })))
      .toEqual([{ field: 'value', before: null, after: 0 }, { field: 'status', before: null, after: 'draft' }]);
  });
});
