// The zod string for text a person types (names, notes, captions, comments): bidi controls are
// removed before any other check (plain-text.ts), so a pasted U+202E is stored without it rather
// than refusing a whole mutation the user cannot see anything wrong with. Client and server parse
// with the same schemas, so both hold the same text. Apart from plain-text.ts, which client code
// imports without wanting zod (zod stays out of the first load, docs/performance.md).
import { z } from 'zod';
import { withoutBidiControls } from './plain-text';

/** `z.string()` for user-entered text; chain .trim(), .min(), .max() as usual (they see the cleaned text). */
export const plainText = (): z.ZodString => z.string().overwrite(withoutBidiControls);
