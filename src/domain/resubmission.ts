// A returned entry goes back to the evaluator only when the unit did something about the note
// (issue 15): it changed the entry, or it confirms the entry unchanged with a reply.
// "Changed" is the status itself: an edit of a returned entry's contents moves it back to draft
// (statusAfterEdit; the server does the same in realisation-mutation.ts), keeping the evaluator's
// note, so an entry still "returned" at submission is one nobody touched since it came back.
// Both sides read it from the row they hold: no extra field, nothing to keep in step. Pure.
import type { RealisationStatus } from './realisation-status';
import { realisationEditableFields } from './entity-fields';

/** The fields of an entry whose edit is a change: its editable fields (entity-fields.ts). */
export const contentFields = realisationEditableFields;

/** The longest reply a unit may write (the same bound as the entry's notes). */
export const maxReplyLength = 4000;

export type ResubmissionCheck =
  | { allowed: true; reply: string | null }
  /** The entry is returned and unchanged: it needs a reply that says why it stays as it is. */
  | { allowed: false; reason: 'replyRequired' };

/** The status an entry takes when the unit edits its contents (value, notes, evidence). */
export function statusAfterEdit(status: RealisationStatus): RealisationStatus {
  return status === 'returned' ? 'draft' : status;
}

/** Whether submitting this entry needs a reply: returned and not changed since. */
export function needsReply(entry: { status: RealisationStatus }): boolean {
  return entry.status === 'returned';
}

/**
 * May the entry be submitted with this reply? A blank reply is no reply. A reply is kept (for the
 * history) only where it answers a return; on a draft it is not asked for and is dropped.
 */
export function checkResubmission(entry: { status: RealisationStatus }, reply: string | null | undefined): ResubmissionCheck {
  const text = reply?.trim() ?? '';
  if (!needsReply(entry)) return { allowed: true, reply: null };
  if (text === '') return { allowed: false, reason: 'replyRequired' };
  return { allowed: true, reply: text };
}
