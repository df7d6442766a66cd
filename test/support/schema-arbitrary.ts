// fast-check arbitraries generated from the zod contract (via z.toJSONSchema): `validOf` builds
// values the schema accepts, `hostileOf` breaks them in the ways an attacker or a broken client
// would (wrong types, huge strings, deep nesting, prototype keys, odd numbers, SQL-ish text).
import fc, { type Arbitrary } from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[];
  additionalProperties?: boolean | JsonSchema; items?: JsonSchema; minItems?: number; maxItems?: number;
  enum?: unknown[]; const?: unknown; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; format?: string;
  minLength?: number; maxLength?: number; minimum?: number; maximum?: number; exclusiveMinimum?: number;
};

/** Per-path replacements for parts the contract leaves open (e.g. a mutation's `fields`). */
export type Overrides = Record<string, Arbitrary<unknown>>;

/** Arrays are kept short so that thousands of cases stay fast; the limits themselves are tested apart. */
const maxGeneratedItems = 4;

function fromJsonSchema(schema: JsonSchema, path: string, overrides: Overrides): Arbitrary<unknown> {
  const override = overrides[path];
  if (override) return override;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((o) => fromJsonSchema(o, path, overrides)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  if (types.length > 1) return fc.oneof(...types.map((type) => fromJsonSchema({ ...schema, type }, path, overrides)));
  switch (types[0]) {
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, Arbitrary<unknown>> = {};
      for (const [key, sub] of Object.entries(properties)) record[key] = fromJsonSchema(sub, `${path}.${key}`, overrides);
      return fc.record(record, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(fromJsonSchema(schema.items ?? {}, `${path}[]`, overrides),
        { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? maxGeneratedItems, maxGeneratedItems)) });
    }
    case 'string':
      if (schema.format === 'uuid') return fc.uuid({ version: 4 });
      if (schema.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) });
    case 'integer':
      return fc.integer({ min: schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -1e6), max: Math.min(schema.maximum ?? 1e6, 1e6) });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

export function validOf(schema: z.ZodType, overrides: Overrides = {}): Arbitrary<unknown> {
  return fromJsonSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '$', overrides);
}

const deeplyNested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

/** Values that are wrong for almost any field. */
export const hostileValue: Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, true, false, 0, -1, -0, 1.5, -1e308, 1e308, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'NaN', 'Infinity', '-1', '1e999',
    '00000000-0000-0000-0000-000000000000', 'not-a-uuid', 'ffffffff-ffff-ffff-ffff-fffffffffffg',
    "'; DROP TABLE realisations; --", "' OR '1'='1", '$1', '\\x00', '\u0000', '\u202e\u0301\ud83d\ude00', '<script>alert(1)</script>',
    '{"__proto__":{"admin":true}}', [], {}, [[[]]], { __proto__: { polluted: true } }, { constructor: { prototype: { polluted: true } } },
  ),
  fc.string({ minLength: 1000, maxLength: 20_000 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.integer({ min: 5, max: 3000 }).map(deeplyNested),
  fc.jsonValue({ maxDepth: 4 }),
);

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'x'.repeat(500), '\u0000', 'rev', 'tenantId', 'orgUnitId', 'status', 'id');

function hostileKeyed(value: Record<string, unknown>, key: string, extra: unknown): Record<string, unknown> {
  // JSON text is what the attacker sends; defineProperty keeps a literal "__proto__" key.
  const copy = { ...value };
  Object.defineProperty(copy, key, { value: extra, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Replaces, adds or wraps one spot somewhere in a valid value. */
function breakAt(value: unknown, choose: number[], replacement: unknown, key: string, mode: number): unknown {
  if (choose.length === 0 || value === null || typeof value !== 'object') {
    if (mode === 0) return replacement;
    if (mode === 1 && value !== null && typeof value === 'object' && !Array.isArray(value)) return hostileKeyed(value as Record<string, unknown>, key, replacement);
    return mode === 2 ? [value, replacement] : replacement;
  }
  const [index = 0, ...rest] = choose;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const at = index % value.length;
    return value.map((v, i) => (i === at ? breakAt(v, rest, replacement, key, mode) : v));
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0 || index % (entries.length + 1) === entries.length) {
    return hostileKeyed(value as Record<string, unknown>, key, replacement);
  }
  const [name] = entries[index % entries.length] ?? ['x'];
  return { ...(value as Record<string, unknown>), [name]: breakAt((value as Record<string, unknown>)[name], rest, replacement, key, mode) };
}

/** A body that is almost valid: one spot of it broken. */
export function hostileOf(valid: Arbitrary<unknown>): Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(valid, fc.array(fc.nat(), { maxLength: 5 }), hostileValue, hostileKey, fc.nat(3))
      .map(([v, choose, replacement, key, mode]) => breakAt(v, choose, replacement, key, mode)) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: valid },
  );
}
