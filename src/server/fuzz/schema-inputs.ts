/**
 * Inputs derived from a route's own JSON schema (as the OpenAPI document publishes it): a plausible value for
 * every field, the places a mutation can land, and the mutations. Pure helpers for fuzz.test.ts.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  nullable?: boolean;
  default?: unknown;
}

/** JSON text put in place as it is: numbers JSON.stringify cannot write (1e400), nesting, broken syntax. */
export class Raw {
  constructor(readonly text: string) {}
}

/** JSON text for a value that may hold Raw pieces. */
export function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Raw) {
      raws.push(v.text);
      return `__RAW_${raws.length - 1}__`;
    }
    return v;
  });
  if (text === undefined) return '';
  return text.replace(/"__RAW_(\d+)__"/g, (_whole, n: string) => raws[Number(n)] ?? '');
}

const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
export const deepArray = nested;
export const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** What a field's schema admits, so that each field gets the mutations that probe it (and a few that do not). */
export type FieldKind = 'text' | 'number' | 'container';

/** Mutations of a body field: `all` go to every field, the others to fields whose schema admits that kind. */
export const FIELD_MUTATIONS: { label: string; value: unknown; for: FieldKind | 'all' }[] = [
  { label: 'null', value: null, for: 'all' },
  { label: 'true', value: true, for: 'all' },
  { label: 'text', value: 'x', for: 'all' },
  { label: 'array', value: [], for: 'all' },
  { label: 'object', value: {}, for: 'all' },
  { label: 'NUL', value: '\u0000', for: 'all' },
  { label: 'number 1e400', value: new Raw('1e400'), for: 'all' },
  { label: 'empty text', value: '', for: 'text' },
  { label: 'lone high surrogate', value: '\ud800', for: 'text' },
  { label: 'lone low surrogate inside', value: 'a\udc00b', for: 'text' },
  { label: '0', value: 0, for: 'number' },
  { label: '-1', value: -1, for: 'number' },
  { label: '1.5', value: 1.5, for: 'number' },
  { label: 'number -1e400', value: new Raw('-1e400'), for: 'number' },
  { label: 'number 1e-400', value: new Raw('1e-400'), for: 'number' },
  { label: 'number 9223372036854776000', value: new Raw('9223372036854776000'), for: 'number' },
  { label: 'number 9223372036854775808', value: new Raw('9223372036854775808'), for: 'number' },
  { label: 'number -9223372036854776000', value: new Raw('-9223372036854776000'), for: 'number' },
  { label: 'number 9007199254740993', value: new Raw('9007199254740993'), for: 'number' },
  { label: 'number 2147483648', value: new Raw('2147483648'), for: 'number' },
  { label: 'number 1e308', value: new Raw('1e308'), for: 'number' },
  { label: 'text "9223372036854776000"', value: '9223372036854776000', for: 'number' },
  { label: 'text "1e400"', value: '1e400', for: 'number' },
  { label: 'text "Infinity"', value: 'Infinity', for: 'number' },
  { label: 'array of null', value: [null], for: 'container' },
  { label: 'NUL in an array', value: ['\u0000'], for: 'container' },
  { label: 'surrogate in an object', value: { a: '\ud800' }, for: 'container' },
  { label: 'nesting 40 deep', value: new Raw(nested(40)), for: 'container' },
];

/** The kinds of value a field's schema admits. */
export function fieldKinds(schema: JsonSchema): Set<FieldKind> {
  const kinds = new Set<FieldKind>();
  for (const branch of [...branches(schema), ...(schema.allOf ?? [])]) {
    const types = Array.isArray(branch.type) ? branch.type : branch.type ? [branch.type] : [];
    if (branch.enum?.some((v) => typeof v === 'string')) kinds.add('text');
    for (const type of types) {
      if (type === 'string') kinds.add('text');
      if (type === 'integer' || type === 'number') kinds.add('number');
      if (type === 'array' || type === 'object') kinds.add('container');
    }
    if (branch.properties || branch.allOf) kinds.add('container');
  }
  return kinds;
}

/** The mutations one field gets. */
export function mutationsFor(schema: JsonSchema) {
  const kinds = fieldKinds(schema);
  return FIELD_MUTATIONS.filter((m) => m.for === 'all' || kinds.has(m.for));
}

/** Values that identify rows of the fuzz's own data, by field name (customerId → the seeded customer). */
export type IdLookup = (name: string) => number | undefined;

function branches(schema: JsonSchema): JsonSchema[] {
  const list = schema.anyOf ?? schema.oneOf;
  if (!list) return [schema];
  return list.flatMap(branches).filter((b) => !(b.enum?.length === 1 && b.enum[0] === null));
}

/** The object schemas a value must satisfy at once (allOf merged). */
function objectParts(schema: JsonSchema): JsonSchema[] {
  if (schema.allOf) return schema.allOf.flatMap(objectParts);
  const branch = branches(schema).find((b) => b.properties || b.allOf || b.type === 'object');
  if (!branch) return [];
  return branch.allOf ? objectParts(branch) : [branch];
}

function sampleString(schema: JsonSchema, name: string): string {
  if (schema.format === 'date') return '2024-05-06';
  if (schema.format === 'date-time') return '2024-05-06T07:08:09.000Z';
  if (schema.format === 'email') return 'fuzz@example.com';
  const candidates = [name === 'username' ? 'fuzz_nobody' : 'Fuzz12345x', '12345', ''];
  const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
  let text = candidates.find((c) => !pattern || pattern.test(c)) ?? '';
  while (text.length < (schema.minLength ?? 0)) text += 'x';
  return schema.maxLength !== undefined ? text.slice(0, schema.maxLength) : text;
}

/** A value the schema accepts (as far as a schema can say), ids pointing at the fuzz's own rows. */
export function sample(schema: JsonSchema, name: string, ids: IdLookup): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum.find((v) => v !== null) ?? null;
  const parts = objectParts(schema);
  if (parts.length > 0) {
    const value: Record<string, unknown> = {};
    for (const part of parts) {
      for (const [key, property] of Object.entries(part.properties ?? {})) {
        value[key] = sample(property, key, ids);
      }
    }
    return value;
  }
  const branch = branches(schema)[0] ?? schema;
  if (branch !== schema) return sample(branch, name, ids);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return sampleString(schema, name);
    case 'integer':
    case 'number':
      return ids(name) ?? Math.max(schema.minimum ?? 1, Math.min(1, schema.maximum ?? 1));
    case 'boolean':
      return false;
    case 'array': {
      const id = ids(name);
      if (id !== undefined) return [id];
      return schema.items ? [sample(schema.items, name.replace(/s$/, ''), ids)] : [];
    }
    default:
      return null;
  }
}

export type FieldPath = (string | number)[];

/** Every place in a body a mutation can land (each property, each array's first item, at every depth), with its schema. */
export function fieldPaths(
  schema: JsonSchema,
  base: FieldPath = [],
): { path: FieldPath; schema: JsonSchema }[] {
  const paths: { path: FieldPath; schema: JsonSchema }[] = [];
  for (const part of objectParts(schema)) {
    for (const [key, property] of Object.entries(part.properties ?? {})) {
      const path = [...base, key];
      paths.push({ path, schema: property }, ...fieldPaths(property, path));
      const array = branches(property).find((b) => b.type === 'array' && b.items);
      if (array?.items) {
        paths.push({ path: [...path, 0], schema: array.items }, ...fieldPaths(array.items, [...path, 0]));
      }
    }
  }
  return paths;
}

/** Every object in a body (its path and schema), for missing required fields and unknown ones. */
export function objectPaths(
  schema: JsonSchema,
  base: FieldPath = [],
): { path: FieldPath; required: string[] }[] {
  const parts = objectParts(schema);
  if (parts.length === 0) return [];
  const result = [{ path: base, required: parts.flatMap((p) => p.required ?? []) }];
  for (const part of parts) {
    for (const [key, property] of Object.entries(part.properties ?? {})) {
      result.push(...objectPaths(property, [...base, key]));
      const array = branches(property).find((b) => b.type === 'array' && b.items);
      if (array?.items) result.push(...objectPaths(array.items, [...base, key, 0]));
    }
  }
  return result;
}

/** A copy of `body` with the value at `path` replaced (or removed when `value` is `REMOVE`). */
export const REMOVE = Symbol('remove');
export function withValue(body: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...FieldPath];
  const copy = (Array.isArray(body) ? [...body] : { ...(body as object) }) as Record<
    string | number,
    unknown
  >;
  const next = rest.length === 0 ? value : withValue(copy[head] ?? {}, rest, value);
  if (next === REMOVE) delete copy[head];
  else copy[head] = next;
  return copy;
}

export const label = (path: FieldPath) => path.join('.') || '(root)';

/** Query and path text, percent-encoded; a lone surrogate goes as its WTF-8 bytes (encodeURIComponent throws). */
export function encodeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(char);
  }
  return out;
}
