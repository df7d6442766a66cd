// The import's content (domain/pk-import.ts: keys such as "goal-1") in the shape
// replacePkContent takes: keys become ids, which it swaps for fresh UUIDs when it writes; each
// indicator supports what its "Mendukung" cell named (resolve-supports.ts), or nothing.
import type { PkImportContent } from '../../../../domain/pk-import';
import type { PkContentInput } from '../../../db/agreement-repository';
import type { SupportLinks } from './resolve-supports';

export function toPkContentInput(content: PkImportContent, links: SupportLinks = new Map()): PkContentInput {
  return {
    goals: content.goals.map((goal) => ({ id: goal.key, name: goal.name, order: goal.order })),
    indicators: content.indicators.map((imported) => {
      const { goalKey, row: _row, supportsName: _supportsName, ...indicator } = imported;
      return { ...indicator, goalId: goalKey, supportsId: links.get(imported)?.id ?? null };
    }),
    programs: content.programs.map(({ key, parentKey, ...program }) => ({ ...program, id: key, parentId: parentKey })),
  };
}
