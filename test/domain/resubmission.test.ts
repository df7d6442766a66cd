// A returned entry goes back only changed (an edit moves it to draft) or confirmed with a reply.
import { describe, expect, it } from 'vitest';
import { realisationStatuses, type RealisationStatus } from '../../src/domain/realisation-status';
import { checkResubmission, needsReply, statusAfterEdit } from '../../src/domain/resubmission';

describe('checkResubmission: status × reply', () => {
  const replies = [undefined, null, '', '   ', 'Angka sudah sesuai notulen; foto menyusul.'] as const;
  const table = realisationStatuses.flatMap((status) => replies.map((reply) => [status, reply] as const));
  it.each(table)('%s with reply %j', (status, reply) => {
    const result = checkResubmission({ status }, reply);
    const written = typeof reply === 'string' && reply.trim() !== '';
    if (status === 'returned' && !written) expect(result).toEqual({ allowed: false, reason: 'replyRequired' });
    else if (status === 'returned') expect(result).toEqual({ allowed: true, reply: reply?.trim() });
    // Not returned: no reply asked for, and none kept (the history has nothing to answer).
    else expect(result).toEqual({ allowed: true, reply: null });
  });

  it('trims the reply it keeps', () => {
    expect(checkResubmission({ status: 'returned' }, '  tetap 12, sesuai SP2D  ')).toEqual({ allowed: true, reply: 'tetap 12, sesuai SP2D' });
  });
});

describe('statusAfterEdit: an edit of a returned entry is the change the evaluator asked for', () => {
  const expected: Record<RealisationStatus, RealisationStatus> = { draft: 'draft', returned: 'draft', submitted: 'submitted', verified: 'verified' };
  it.each(realisationStatuses)('%s', (status) => {
    expect(statusAfterEdit(status)).toBe(expected[status]);
  });

  it('after an edit, no reply is needed; untouched, it is', () => {
    expect(needsReply({ status: 'returned' })).toBe(true);
    expect(needsReply({ status: statusAfterEdit('returned') })).toBe(false);
  });
});
