// A pending undo of a review decision, re-applied over a pulled row (rebase.ts): the row waits
// again (submitted) and the step's flag stays with the mutation, not on the row.
import { describe, expect, it } from 'vitest';
import { overlayFields } from '../../../src/client/db/rebase';
import type { OutboxEntry } from '../../../src/client/db/database';

const entry = (fields: Record<string, unknown>): OutboxEntry => ({
  seq: 1, id: crypto.randomUUID(), entity: 'realisation', recordId: 'r1', op: 'upsert', fields, baseRev: 40,
  clientTime: '2026-04-02T00:00:00.000Z', state: 'pending', attempts: 0, lastError: null,
});

describe('rebasing an undo', () => {
  it('keeps the row submitted and without the undo flag', () => {
    const pulled = { id: 'r1', status: 'verified', reviewNote: null, value: 12 };
    const next = overlayFields(pulled, [entry({ status: 'submitted', undo: true })]);
    expect(next).toEqual({ id: 'r1', status: 'submitted', reviewNote: null, value: 12 });
  });
});
