// Text users enter (notes, captions) is kept without U+0000: PostgreSQL's text and jsonb cannot
// hold it, so the server refuses any request carrying one, and a single pasted NUL (PDFs have
// them) would hold a whole push batch back for ever.
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/** Every string in a JSON-like value, keys included, without U+0000. */
export function withoutNulDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutNul(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutNulDeep(item)) as T;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [withoutNul(key), withoutNulDeep(inner)])) as T;
}

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, and one
// right-to-left override in a name or note flips the text after it wherever it is shown (the
// history, the audit log, a CSV opened in a spreadsheet), e.g. to hide what a value says. Nobody
// types them on purpose, so removing them loses nothing. The marks U+200E, U+200F and U+061C are
// kept: they only set the direction of the characters beside them, writers of Arabic script (Jawi,
// Arab Pegon) use them, and the screens isolate user text (<bdi>) so they cannot reach beyond it.
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}

/** What a device keeps of typed text, so that it holds what the server will (plain-text-schema.ts). */
export function plainTextOf(text: string): string {
  return withoutBidiControls(withoutNul(text));
}
