/**
 * One pass over every route's request schemas when the route is added (app.ts), so that no route has to remember:
 * - an integer with no stated maximum is bounded to what its column holds and JavaScript keeps exactly: ids
 *   (`id`, `…Id`, items of `…Ids`) are bigint in the database, bounded to Number.MAX_SAFE_INTEGER; any other
 *   integer (versions, counts, days) is an int4, bounded to ±2 147 483 647. A larger number is a 400 naming the
 *   field, not an "out of range" from PostgreSQL;
 * - a body object takes only the fields its schema names (`additionalProperties: false`, with Ajv's
 *   removeAdditional off): an unknown field is a 400 naming it, so nothing unlisted reaches a service or the
 *   audit details. An allOf (TypeBox Intersect) gets the check at its root, over the fields of all its parts.
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

/** The properties of an allOf's parts (nested allOfs and object branches included). */
function allOfProperties(schema: Schema): string[] {
  const parts = Array.isArray(schema.allOf) ? (schema.allOf as unknown[]).filter(isObject) : [];
  return parts.flatMap((part) => [
    ...Object.keys(isObject(part.properties) ? part.properties : {}),
    ...allOfProperties(part),
  ]);
}

/**
 * A bounded (and, for bodies, closed) copy of a request schema. `name` is the property the schema describes,
 * which tells an id from a count.
 */
export function boundRequestSchema(schema: unknown, options: { closeObjects: boolean }, name = ''): unknown {
  if (Array.isArray(schema)) return schema.map((item) => boundRequestSchema(item, options, name));
  if (!isObject(schema)) return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isObject(value)) {
      copy.properties = Object.fromEntries(
        Object.entries(value).map(([property, sub]) => [
          property,
          boundRequestSchema(sub, options, property),
        ]),
      );
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') {
      copy[key] = value;
    } else {
      copy[key] = boundRequestSchema(value, options, name);
    }
  }
  if (typesOf(copy).includes('integer')) {
    const limit = isIdName(name) ? MAX_ID : MAX_INT4;
    if (copy.maximum === undefined && copy.exclusiveMaximum === undefined) copy.maximum = limit;
    if (copy.minimum === undefined && copy.exclusiveMinimum === undefined) copy.minimum = -limit;
  }
  if (
    options.closeObjects &&
    copy.additionalProperties === undefined &&
    copy.patternProperties === undefined
  ) {
    if (Array.isArray(copy.allOf)) {
      const names = allOfProperties(copy);
      if (names.length > 0) {
        copy.type = 'object';
        copy.properties = {
          ...Object.fromEntries(names.map((n) => [n, {}])),
          ...(copy.properties as Schema),
        };
        copy.additionalProperties = false;
      }
    } else if (typesOf(copy).includes('object') || (isObject(copy.properties) && copy.type === undefined)) {
      copy.additionalProperties = false;
    }
  }
  return copy;
}

/** Members of an allOf must not close themselves: each would refuse the fields of the others. */
function openAllOfParts(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openAllOfParts);
  if (!isObject(schema)) return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = openAllOfParts(value);
  if (Array.isArray(copy.allOf)) {
    copy.allOf = (copy.allOf as unknown[]).map((part) => {
      if (!isObject(part) || part.additionalProperties !== false) return part;
      const { additionalProperties: _closed, ...open } = part;
      return open;
    });
  }
  return copy;
}

interface RouteSchema {
  body?: unknown;
  querystring?: unknown;
  query?: unknown;
  params?: unknown;
}

/** Bounds (and, for the body, closes) a route's request schemas in place of the originals. */
export function boundRouteSchema(schema: RouteSchema | undefined): void {
  if (!schema) return;
  if (schema.body) schema.body = openAllOfParts(boundRequestSchema(schema.body, { closeObjects: true }));
  for (const part of ['querystring', 'query', 'params'] as const) {
    if (schema[part]) schema[part] = boundRequestSchema(schema[part], { closeObjects: false });
  }
}
