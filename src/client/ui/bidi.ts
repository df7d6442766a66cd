// Showing text people typed next to other text. A name or note in another direction (Arabic
// script, or a bidi control stored before the server stripped them, domain/plain-text.ts) must not
// reorder what is around it: the history's "before → after" or the sentence a name sits in.

/** A value inside a translated sentence, isolated (FSI … PDI: the plain-text form of <bdi>). */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON shown to an auditor, with its bidi controls as visible escapes (\u202e): they see that one
 * was there, and it cannot flip the rest of the row.
 */
export function withVisibleControls(text: string): string {
  return text.replace(bidiControls, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
