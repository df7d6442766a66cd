// Unsent edits laid over a row the server sent: values only, never what travels beside them
// (a new row's key, a reply, undo, the checks a user confirmed).
import { describe, expect, it } from 'vitest';
import { overlayFields } from '../../../src/client/db/rebase';
import type { OutboxEntry } from '../../../src/client/db/database';

const entry = (seq: number, fields: Record<string, unknown>): OutboxEntry => ({
  seq, id: crypto.randomUUID(), entity: 'realisation', recordId: 'r', op: 'upsert', fields, baseRev: 1,
  clientTime: '2026-12-07T00:00:00.000Z', state: 'pending', attempts: 0, lastError: null,
});

describe('overlayFields', () => {
  it('lays the values over the row in seq order, and nothing that is no field of the row', () => {
    const row = { id: 'r', value: 1, obstacles: '' };
    const later = entry(2, { value: 85, confirmedChecks: ['separatorSlip'] });
    const first = entry(1, { indicatorId: 'i', quarter: 2, value: 8.5, obstacles: 'Hujan', reply: 'Sudah diperbaiki', undo: true });
    expect(overlayFields(row, [later, first])).toEqual({ id: 'r', value: 85, obstacles: 'Hujan' });
  });
});
