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
