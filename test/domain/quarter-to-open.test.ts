import { describe, expect, it } from 'vitest';
import type { Quarter } from '../../src/domain/period';
import type { ChecklistState } from '../../src/domain/quarter-checklist';
import { quarterToOpen } from '../../src/domain/quarter-to-open';

type States = Partial<Record<Quarter, ChecklistState[]>>;

describe('the quarter the submission page opens on', () => {
  it.each<[string, Quarter, States, Quarter]>([
    ['TW III filled but not submitted, now TW IV', 4, { 1: ['locked'], 2: ['locked'], 3: ['ready', 'missingNarrative'], 4: ['missingValue'] }, 3],
    ['TW III half filled', 4, { 1: ['locked'], 2: ['locked'], 3: ['locked', 'missingValue'], 4: [] }, 3],
    ['everything before is submitted or verified', 4, { 1: ['locked'], 2: ['locked', 'notDue'], 3: ['locked'], 4: ['missingValue'] }, 4],
    ['TW I still open opens first', 3, { 1: ['missingValue'], 2: ['ready'], 3: ['missingValue'] }, 1],
    ['a semester indicator without target in TW I', 2, { 1: ['notDue'], 2: ['missingValue'] }, 2],
    ['the first quarter of the year', 1, { 1: ['missingValue'] }, 1],
    ['a PK without indicators', 3, {}, 3],
    ['later quarters are never opened first', 2, { 1: ['locked'], 2: ['locked'], 3: ['missingValue'] }, 2],
  ])('%s → TW %s', (_name, current, states, expected) => {
    expect(quarterToOpen(current, (q) => states[q] ?? [])).toBe(expected);
  });
});
