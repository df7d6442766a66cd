// The unit's LKE answers over a real Dexie: a note saved as its field is left keeps the answer
// chosen a moment before, even when the screen that saves it has not re-read that answer yet (the
// browser test caught an answer lost this way: "79 dari 80"); one outbox entry per change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { saveLkeResponse } from '../../../src/client/db/lke-repository';
import { keepStoredAnswer } from '../../../src/client/features/lke/lke-answer-side';
import { dropDatabase, operator, unitId } from './factories';

const year = 2026;
const key = { orgUnitId: unitId, year, criterionId: 'perencanaan.keberadaan.1', side: 'self' as const };

let db: PantauDatabase;
beforeEach(() => { db = openUserDatabase(crypto.randomUUID()); });
afterEach(async () => { await dropDatabase(db); });

describe('saveLkeResponse', () => {
  it('keeps the answer as stored when the note is saved with keepStoredAnswer', async () => {
    await saveLkeResponse(db, operator, { ...key, answer: 'ya', note: '' });
    // The note field's save, made from a screen that still showed "no answer".
    const saved = await saveLkeResponse(db, operator, { ...key, answer: keepStoredAnswer, note: 'Perbup 14/2025' });
    expect(saved).toMatchObject({ answer: 'ya', note: 'Perbup 14/2025' });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => e.fields)).toEqual([
      { ...key, answer: 'ya', note: '' },
      // Unsent yet, so the create entry and the note's change both wait; the note's carries only the note.
      { note: 'Perbup 14/2025' },
    ]);
  });

  it('still clears the answer when the user chooses "no answer"', async () => {
    await saveLkeResponse(db, operator, { ...key, answer: 'ya', note: '' });
    expect(await saveLkeResponse(db, operator, { ...key, answer: null, note: '' })).toMatchObject({ answer: null });
  });
});
