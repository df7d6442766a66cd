// The import's content (domain/pk-import.ts: keys such as "goal-1") in the shape
// replacePkContent takes: keys become ids, which it swaps for fresh UUIDs when it writes.
import type { PkImportContent } from '../../../../domain/pk-import';
import type { PkContentInput } from '../../../db/agreement-repository';

export function toPkContentInput(content: PkImportContent): PkContentInput {
  return {
    goals: content.goals.map((goal) => ({ id: goal.key, name: goal.name, order: goal.order })),
    indicators: content.indicators.map(({ goalKey, ...indicator }) => ({ ...indicator, goalId: goalKey })),
    programs: content.programs.map(({ key, parentKey, ...program }) => ({ ...program, id: key, parentId: parentKey })),
  };
}
