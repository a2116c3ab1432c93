/**
 * One pass over every route's request schemas when the route is added (input-guards.ts), so that no route has to
 * remember: an integer with no stated maximum is bounded to what its column holds and JavaScript keeps exactly.
 * Ids (`id`, `…Id`, items of `…Ids`) are bigint in the database, bounded to Number.MAX_SAFE_INTEGER; any other
 * integer (versions, counts, days) is an int4, bounded to ±2 147 483 647. A larger number is a 400 naming the
 * field, not an "out of range" from PostgreSQL.
 * The schemas are copied, never changed in place: TypeBox schemas are shared between routes and responses.
 */

export const MAX_ID = Number.MAX_SAFE_INTEGER;
export const MAX_INT4 = 2_147_483_647;

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isIdName = (name: string) => name === 'id' || /Ids?$/.test(name);

function typesOf(schema: Schema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

/** A bounded copy of a request schema. `name` is the property the schema describes, which tells an id from a count. */
export function boundRequestSchema(schema: unknown, name = ''): unknown {
  if (Array.isArray(schema)) return schema.map((item) => boundRequestSchema(item, name));
  if (!isObject(schema)) return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isObject(value)) {
      copy.properties = Object.fromEntries(
        Object.entries(value).map(([property, sub]) => [property, boundRequestSchema(sub, property)]),
      );
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') {
      copy[key] = value;
    } else {
      copy[key] = boundRequestSchema(value, name);
    }
  }
  if (typesOf(copy).includes('integer')) {
    const limit = isIdName(name) ? MAX_ID : MAX_INT4;
    if (copy.maximum === undefined && copy.exclusiveMaximum === undefined) copy.maximum = limit;
    if (copy.minimum === undefined && copy.exclusiveMinimum === undefined) copy.minimum = -limit;
  }
  return copy;
}

interface RouteSchema {
  body?: unknown;
  querystring?: unknown;
  query?: unknown;
  params?: unknown;
}

/** Bounds a route's request schemas in place of the originals. */
export function boundRouteSchema(schema: RouteSchema | undefined): void {
  if (!schema) return;
  for (const part of ['body', 'querystring', 'query', 'params'] as const) {
    if (schema[part]) schema[part] = boundRequestSchema(schema[part]);
  }
}
