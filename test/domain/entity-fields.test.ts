// One list of fields per entity (entity-fields.ts): the schemas that validate mutations, the rows
// they write and the device's create/edit specs must all say the same, so a field added in one
// place and forgotten in another fails here (an edit that never syncs was the old failure).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { agreementSchema, goalSchema, programSchema } from '../../src/domain/agreement';
import {
  agreementCreateSchema, agreementEditSchema, goalCreateSchema, goalEditSchema, indicatorCreateSchema, indicatorEditSchema,
  programCreateSchema, programEditSchema,
} from '../../src/domain/agreement-edit';
import {
  agreementCreateOnlyFields, agreementEditableFields, goalCreateOnlyFields, goalEditableFields, indicatorCreateOnlyFields,
  indicatorDefaults, indicatorEditableFields, programCreateOnlyFields, programEditableFields, realisationDefaults,
  realisationEditableFields, realisationNoteFields, realisationRemarkFields, withDefaults,
} from '../../src/domain/entity-fields';
import { indicatorSchema } from '../../src/domain/indicator';
import { realisationCreateSchema, realisationEditSchema, realisationSchema } from '../../src/domain/realisation';
import { conflictFieldSchema } from '../../src/domain/conflict';
import { contentFields } from '../../src/domain/resubmission';
import { agreementSpec, goalSpec, indicatorSpec, programSpec } from '../../src/client/db/agreement-writes';

const keys = (schema: z.ZodObject) => Object.keys(schema.shape).sort();
const sorted = (fields: readonly string[]) => [...fields].sort();

const entities = [
  { name: 'agreement', row: agreementSchema, create: agreementCreateSchema, edit: agreementEditSchema, createOnly: agreementCreateOnlyFields, editable: agreementEditableFields, spec: agreementSpec },
  { name: 'goal', row: goalSchema, create: goalCreateSchema, edit: goalEditSchema, createOnly: goalCreateOnlyFields, editable: goalEditableFields, spec: goalSpec },
  { name: 'indicator', row: indicatorSchema, create: indicatorCreateSchema, edit: indicatorEditSchema, createOnly: indicatorCreateOnlyFields, editable: indicatorEditableFields, spec: indicatorSpec },
  { name: 'program', row: programSchema, create: programCreateSchema, edit: programEditSchema, createOnly: programCreateOnlyFields, editable: programEditableFields, spec: programSpec },
] as const;

describe('one list of fields per entity', () => {
  it.each(entities)('$name: the edit and create schemas, the row and the device specs agree with the list', (entity) => {
    expect(keys(entity.edit)).toEqual(sorted(entity.editable));
    expect(keys(entity.create)).toEqual(sorted([...entity.createOnly, ...entity.editable]));
    expect(sorted(entity.spec.edit)).toEqual(sorted(entity.editable));
    expect(sorted(entity.spec.create)).toEqual(sorted([...entity.createOnly, ...entity.editable]));
    for (const field of [...entity.createOnly, ...entity.editable]) expect(Object.keys(entity.row.shape), field).toContain(field);
  });

  it('realisation: the edit and create schemas, the row, conflicts and resubmission agree with the list', () => {
    // The schemas take the row's editable fields and what travels beside them (never on the row).
    expect(keys(realisationEditSchema)).toEqual(sorted([...realisationEditableFields, ...realisationRemarkFields]));
    expect(keys(realisationCreateSchema)).toEqual(sorted(['indicatorId', 'quarter', ...realisationEditableFields, ...realisationRemarkFields]));
    for (const field of realisationRemarkFields) expect(Object.keys(realisationSchema.shape)).not.toContain(field);
    expect(sorted(conflictFieldSchema.options)).toEqual(sorted(realisationEditableFields));
    expect(contentFields).toBe(realisationEditableFields);
    for (const field of realisationEditableFields) expect(Object.keys(realisationSchema.shape)).toContain(field);
    expect(realisationNoteFields.every((field) => (realisationEditableFields as readonly string[]).includes(field))).toBe(true);
  });

  it('a new indicator may leave out exactly its defaulted fields, and the defaults are valid values', () => {
    const goalId = crypto.randomUUID();
    const minimal = {
      agreementId: crypto.randomUUID(), goalId, order: 0, name: 'Jumlah layanan', unit: 'layanan', polarity: 'higher',
      aggregation: 'sum', targetType: 'number', annualTarget: 100, quarterTargets: [25, 25, 25, 25],
    };
    const parsed = indicatorCreateSchema.parse(minimal);
    const filled = withDefaults(parsed, indicatorDefaults());
    expect(indicatorCreateSchema.parse(filled)).toEqual(filled);
    expect(filled).toMatchObject({ previousId: null, lowerIsBetterFormula: null, scaleLevels: [], definition: '', dataSource: '', responsible: '' });
    for (const field of Object.keys(indicatorDefaults())) {
      expect(() => indicatorCreateSchema.parse({ ...minimal, [field]: undefined }), field).not.toThrow();
    }
    expect(() => indicatorCreateSchema.parse({ ...minimal, name: undefined })).toThrow();
  });

  it('defaults fill only what was left out: a null, a zero or an empty text given stays', () => {
    expect(withDefaults({ value: 0, drivers: undefined }, realisationDefaults())).toEqual({ value: 0, drivers: '', obstacles: '', followUp: '' });
    expect(withDefaults({ lowerIsBetterFormula: 'B' as const, definition: '' }, indicatorDefaults())).toMatchObject({ lowerIsBetterFormula: 'B', definition: '' });
    expect(realisationEditSchema.parse(realisationDefaults())).toEqual(realisationDefaults());
    // Each call is a fresh object: one indicator's scale levels never become another's.
    expect(indicatorDefaults().scaleLevels).not.toBe(indicatorDefaults().scaleLevels);
  });
});
