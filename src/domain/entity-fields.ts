// What a device writes of each synced entity, by field name: the one list per entity (zod-free, so
// the client's first load may read it). The zod shapes (agreement-edit.ts, realisation.ts) are
// checked against these lists when compiling (`satisfies`), and the device's writes
// (client/db/agreement-writes.ts, realisation-repository.ts), the server's defaults and the
// change history read them. Adding a field to an entity: here, its shape, its column
// (server/store/schema.ts + migration) and its form; design.md, "Recipes", names the rest.
import type { Agreement, Goal, Program } from './agreement';
import type { Indicator } from './indicator';

export const agreementEditableFields = ['kind', 'number', 'firstParty', 'secondParty'] as const satisfies readonly (keyof Agreement)[];
/** Set when the PK is created, never changed after. */
export const agreementCreateOnlyFields = ['orgUnitId', 'year', 'version', 'parentId'] as const satisfies readonly (keyof Agreement)[];

export const goalEditableFields = ['order', 'name', 'tujuanId'] as const satisfies readonly (keyof Goal)[];
export const goalCreateOnlyFields = ['agreementId'] as const satisfies readonly (keyof Goal)[];

export const indicatorEditableFields = [
  'goalId', 'order', 'name', 'unit', 'polarity', 'aggregation', 'targetType', 'annualTarget', 'quarterTargets',
  'lowerIsBetterFormula', 'scaleLevels', 'definition', 'dataSource', 'responsible', 'supportsId',
  'minValue', 'maxValue', 'evidenceRequired',
] as const satisfies readonly (keyof Indicator)[];
export const indicatorCreateOnlyFields = ['agreementId', 'previousId'] as const satisfies readonly (keyof Indicator)[];

export const programEditableFields = ['parentId', 'level', 'order', 'code', 'name', 'budget'] as const satisfies readonly (keyof Program)[];
export const programCreateOnlyFields = ['agreementId'] as const satisfies readonly (keyof Program)[];

/**
 * The fields a unit edits on a realisation; a mutation carries any subset of them. (Not checked
 * against the Realisation type here: realisation.ts reads this module, and its shape is checked
 * against this list there; test/domain/entity-fields.test.ts checks the row.)
 */
export const realisationEditableFields = ['value', 'drivers', 'obstacles', 'followUp'] as const;
export type RealisationEditableField = (typeof realisationEditableFields)[number];
/**
 * What travels with a realisation's edit but is no field of the row: the checks at entry the user
 * confirmed for the value (realisation.ts); the server keeps it in the change log only.
 */
export const realisationRemarkFields = ['confirmedChecks'] as const;

/** The unit's account of a quarter beside its value. */
export const realisationNoteFields = ['drivers', 'obstacles', 'followUp'] as const satisfies readonly RealisationEditableField[];

/** An indicator's fields a new indicator may leave out, and what they then are. */
export type IndicatorOptionalField = 'previousId' | 'lowerIsBetterFormula' | 'scaleLevels' | 'definition' | 'dataSource' | 'responsible' | 'supportsId'
  | 'minValue' | 'maxValue' | 'evidenceRequired';
export function indicatorDefaults(): Pick<Indicator, IndicatorOptionalField> {
  return {
    previousId: null, lowerIsBetterFormula: null, scaleLevels: [], definition: '', dataSource: '', responsible: '', supportsId: null,
    minValue: null, maxValue: null, evidenceRequired: false,
  };
}

/** A new realisation's contents where the device sent none: not filled, nothing written. */
export function realisationDefaults(): { value: number | null } & Record<(typeof realisationNoteFields)[number], string> {
  return { value: null, drivers: '', obstacles: '', followUp: '' };
}

/** `input` with every optional field it left out (undefined) set to its default. */
export function withDefaults<T extends object, D extends object>(input: T, defaults: D): Omit<T, keyof D> & D {
  const filled = { ...input } as Record<string, unknown>;
  for (const [key, value] of Object.entries(defaults)) if (filled[key] === undefined) filled[key] = value;
  return filled as Omit<T, keyof D> & D;
}

/** The mask that makes the listed fields of a zod object optional (`.partial(maskOf(...))`). */
export function maskOf<K extends string>(fields: readonly K[]): { [P in K]: true } {
  return Object.fromEntries(fields.map((field) => [field, true])) as { [P in K]: true };
}
