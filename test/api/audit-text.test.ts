// Every event kind reads as a sentence in both languages, with no placeholder, code or key left.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/api/admin';
import { auditDetails, auditEntityLabel, auditSentence, type AuditFormat } from '../../src/api/audit-text';
import type { AuditEventKind } from '../../src/domain/audit-event';

const kinds: AuditEventKind[] = [
  'realisationCreated', 'realisationEdited', 'realisationSubmitted', 'realisationResubmitted', 'realisationVerified', 'realisationReturned',
  'realisationDecisionUndone', 'realisationDeleted', 'evidenceAdded', 'evidenceCaptionChanged', 'evidenceRemoved', 'agreementCreated',
  'agreementSigned', 'agreementSuperseded', 'agreementChanged', 'agreementRemoved', 'partCreated', 'partChanged', 'partRemoved',
  'budgetRealisationChanged', 'unitCreated', 'unitChanged', 'unitDeactivated', 'unitReactivated', 'userCreated', 'userChanged',
  'userRoleChanged', 'userDeactivated', 'userReactivated', 'userPasswordReset', 'settingsChanged', 'windowLocked', 'windowOpened',
  'windowChanged', 'conflictResolved', 'conflictRecorded', 'tokenCreated', 'tokenRevoked', 'tokenUsed', 'signedIn', 'signInLocked',
  'signedOut', 'sessionEnded', 'passwordChanged', 'otherCreated', 'otherChanged', 'otherRemoved',
  'lkeEvidenceAdded', 'lkeEvidenceChanged', 'lkeEvidenceRemoved',
];
const format: AuditFormat = { number: (n) => String(n), dateTime: (iso) => iso };

function entry(kind: AuditEventKind, entity = 'realisation'): AuditEntry {
  return {
    rev: 1, entity, recordId: 'r', orgUnitId: null, op: 'update', before: { role: 'operator', status: 'submitted' },
    after: { role: 'head', status: 'returned', reviewNote: 'Lengkapi bukti', year: 2026 }, userId: 'u', username: 'siti', deviceId: null,
    createdAt: '2026-01-01T00:00:00Z', kind, actorName: 'Siti', actorRole: 'evaluator', unitName: 'Dinas A', deviceName: null,
    subject: 'Persentase sekolah', quarter: 3, fields: [{ field: 'status', before: 'submitted', after: 'returned' }, { field: 'lockAt', before: null, after: '2026-04-15T16:59:00Z' }],
  };
}

describe('audit sentences', () => {
  it.each(kinds.flatMap((k) => [[k, 'id'], [k, 'en']] as const))('%s in %s', (kind, language) => {
    const sentence = auditSentence(entry(kind, kind.startsWith('part') ? 'indicator' : 'realisation'), language, format);
    expect(sentence).not.toMatch(/[{}]|undefined|null|[a-z][A-Z]|_/);
    expect(sentence.length).toBeGreaterThan(10);
  });

  it('names the returning evaluator, the indicator, the quarter and the note', () => {
    expect(auditSentence(entry('realisationReturned'), 'id', format)).toBe('Siti (Evaluator) mengembalikan realisasi Persentase sekolah TW III 2026: “Lengkapi bukti”');
    expect(auditSentence(entry('userRoleChanged', 'user'), 'en', format)).toBe('Siti (Evaluator) changed the role of Persentase sekolah: Operator → Head of unit');
  });

  it('details each field in words, statuses named', () => {
    expect(auditDetails(entry('realisationReturned'), 'id', format)).toEqual(['status: diajukan → dikembalikan', 'batas waktu: — → 2026-04-15T16:59:00Z']);
    expect(auditEntityLabel('periodWindow', 'en')).toBe('Entry window');
  });
});
