/**
 * The fixed (deterministic) bad inputs for one route, derived from its OpenAPI description: path parameters,
 * query parameters, forged cursors, and bodies. fuzz.test.ts adds fast-check's random inputs on top.
 */
import {
  deepArray,
  deepObject,
  type FieldKind,
  fieldKinds,
  fieldPaths,
  type IdLookup,
  type JsonSchema,
  jsonText,
  label,
  mutationsFor,
  objectPaths,
  Raw,
  REMOVE,
  sample,
  withValue,
} from './schema-inputs.ts';

export interface Param {
  name: string;
  in: 'path' | 'query';
  schema: JsonSchema;
}

export interface Route {
  method: string;
  /** OpenAPI form: /api/v1/customers/{id} */
  path: string;
  params: Param[];
  query: Param[];
  body?: JsonSchema;
}

export interface Case {
  /** The class of input (failures are summed up by it). */
  kind: string;
  label: string;
  url: string;
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

export interface Fixtures {
  ids: IdLookup;
  /** A path parameter that names one of the fuzz's own rows (already URL-encoded). */
  pathValue(route: Route, name: string): string;
}

/** Path parameter values, URL-encoded as sent. */
const PATH_VALUES: [string, string][] = [
  ['0', '0'],
  ['-1', '-1'],
  ['text', 'abc'],
  ['1.5', '1.5'],
  ['1e400', '1e400'],
  ['int8 max', '9223372036854775807'],
  ['int8 max + 1', '9223372036854775808'],
  ['9223372036854776000', '9223372036854776000'],
  ['23 digits', '99999999999999999999999'],
  ['2^53 + 1', '9007199254740993'],
  ['int4 max + 1', '2147483648'],
  ['Infinity', 'Infinity'],
  ['hex', '0x10'],
  ['NUL', '%00'],
  ['1 then NUL', '1%00'],
  ['lone surrogate bytes', '%ED%A0%80'],
  ['broken escape', '%'],
  ['invalid UTF-8', '%FF'],
  ['leading space', '%201'],
  ['400 digits', '9'.repeat(400)],
  ['long text', 'x'.repeat(300)],
];

/** Query parameter values (URL-encoded as sent): `all` for every parameter, the others by its schema. */
const QUERY_VALUES: [string, string, FieldKind | 'all' | 'time'][] = [
  ['NUL', '%00', 'all'],
  ['NUL inside', 'a%00b', 'all'],
  ['lone surrogate bytes', '%ED%A0%80', 'all'],
  ['invalid UTF-8', '%FF', 'all'],
  ['broken escape', '%', 'all'],
  ['empty', '', 'all'],
  ['1e400', '1e400', 'all'],
  ['long text', 'x'.repeat(5000), 'all'],
  ['text', 'abc', 'number'],
  ['0', '0', 'number'],
  ['-1', '-1', 'number'],
  ['1.5', '1.5', 'number'],
  ['-1e400', '-1e400', 'number'],
  ['Infinity', 'Infinity', 'number'],
  ['NaN', 'NaN', 'number'],
  ['hex', '0x10', 'number'],
  ['leading space', '%201', 'number'],
  ['true', 'true', 'number'],
  ['int8 max', '9223372036854775807', 'number'],
  ['int8 max + 1', '9223372036854775808', 'number'],
  ['9223372036854776000', '9223372036854776000', 'number'],
  ['-int8 min - 1', '-9223372036854775809', 'number'],
  ['2^53 + 1', '9007199254740993', 'number'],
  ['int4 max + 1', '2147483648', 'number'],
  ['400 digits', '9'.repeat(400), 'number'],
  ['impossible date-time', '2024-02-30T25:61:61Z', 'time'],
  ['leap second', '2016-12-31T23:59:60Z', 'time'],
  ['year 0', '0000-01-01T00:00:00Z', 'time'],
  ['year 9999 end', '9999-12-31T23:59:59.999999Z', 'time'],
  ['offset +24:00', '2024-01-01T00:00:00+24:00', 'time'],
];

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** Cursors a client could forge: well-formed base64url of JSON the server never wrote. */
export const FORGED_CURSORS: [string, string][] = [
  ['id 1e308', b64('{"v":"x","id":1e308}')],
  ['id 1e400', b64('{"v":"x","id":1e400}')],
  ['id -1', b64('{"v":"x","id":-1}')],
  ['id 0', b64('{"v":"x","id":0}')],
  ['id 1.5', b64('{"v":"x","id":1.5}')],
  ['id as text', b64('{"v":"x","id":"1"}')],
  ['id null', b64('{"v":"x","id":null}')],
  ['id int8 max + 1', b64('{"v":"x","id":9223372036854775808}')],
  ['id 2^53 + 1', b64('{"v":"x","id":9007199254740993}')],
  ['v object', b64('{"v":{},"id":1}')],
  ['v array', b64('{"v":[1],"id":1}')],
  ['v null', b64('{"v":null,"id":1}')],
  ['v 1e308', b64('{"v":1e308,"id":1}')],
  ['v -1.5', b64('{"v":-1.5,"id":1}')],
  ['v 1', b64('{"v":1,"id":1}')],
  ['v true', b64('{"v":true,"id":1}')],
  ['v NUL', b64('{"v":"\\u0000","id":1}')],
  ['v lone surrogate', b64('{"v":"\\ud800","id":1}')],
  ['v impossible time', b64('{"v":"2024-13-45T99:99:99Z","id":1}')],
  ['v time year 0', b64('{"v":"0000-01-01T00:00:00Z","id":1}')],
  ['v 300 characters', b64(`{"v":"${'x'.repeat(300)}","id":1}`)],
  ['no id', b64('{"v":"x"}')],
  ['no v', b64('{"id":1}')],
  ['extra keys', b64('{"v":"x","id":1,"w":2}')],
  ['__proto__', b64('{"v":"x","id":1,"__proto__":{"id":2}}')],
  ['array', b64('[1,2]')],
  ['null', b64('null')],
  ['number', b64('1')],
  ['text', b64('"x"')],
  ['not JSON', b64('x')],
  ['empty object', b64('{}')],
  ['deep', b64(deepArray(180))],
  ['not base64', '!!!'],
  ['NUL', '%00'],
  ['500 characters', 'A'.repeat(500)],
];

/** Sort orders combined with forged cursors: the cursor's value is read per sort column. */
const CURSOR_SORTS = [undefined, 'name', '-createdAt', 'username'];

/** Whole bodies, as raw text. */
export const RAW_BODIES: [string, string][] = [
  ['empty', ''],
  ['space', ' '],
  ['null', 'null'],
  ['true', 'true'],
  ['number', '0'],
  ['text', '"x"'],
  ['array', '[]'],
  ['array of objects', '[{}]'],
  ['1e400', '1e400'],
  ['broken', '{'],
  ['trailing comma', '{"a":1,}'],
  ['NUL byte', '\u0000'],
  ['NUL key', '{"\\u0000":1}'],
  ['lone surrogate key', '{"\\ud800":1}'],
  ['__proto__', '{"__proto__":{"x":1}}'],
  ['constructor.prototype', '{"constructor":{"prototype":{"x":1}}}'],
  ['arrays 20 000 deep', deepArray(20_000)],
  ['objects 20 000 deep', deepObject(20_000)],
  ['arrays 33 deep', deepArray(33)],
  ['unclosed, 20 000 deep', '['.repeat(20_000)],
  ['brackets inside a string', JSON.stringify({ a: '['.repeat(20_000) })],
  ['escaped quotes before brackets', `{"a":"\\"${'['.repeat(100)}"}`],
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json;;',
  'application/vnd.api+json',
];

const JSON_TYPE = { 'content-type': 'application/json' };

function fillPath(route: Route, fixtures: Fixtures, override?: { name: string; value: string }): string {
  return route.path.replace(/\{(\w+)\}/g, (_whole, name: string) =>
    override?.name === name ? override.value : fixtures.pathValue(route, name),
  );
}

export function baselineBody(route: Route, fixtures: Fixtures): unknown {
  return route.body ? sample(route.body, '', fixtures.ids) : undefined;
}

export function routeCases(route: Route, fixtures: Fixtures): Case[] {
  const cases: Case[] = [];
  const url = fillPath(route, fixtures);
  const body = baselineBody(route, fixtures);
  const sendsBody = route.method !== 'GET' && route.method !== 'HEAD';
  const bodyText = body === undefined ? (sendsBody ? '{}' : undefined) : jsonText(body);
  const withBody = (c: Omit<Case, 'payload' | 'headers'>): Case =>
    bodyText === undefined ? c : { ...c, payload: bodyText, headers: JSON_TYPE };

  for (const param of route.params) {
    for (const [name, value] of PATH_VALUES) {
      const target = fillPath(route, fixtures, { name: param.name, value });
      cases.push(withBody({ kind: 'path parameter', label: `${param.name} = ${name}`, url: target }));
    }
  }
  for (const param of route.query) {
    const kinds = fieldKinds(param.schema);
    const values = QUERY_VALUES.filter(
      ([, , kind]) =>
        kind === 'all' || (kind === 'time' ? param.schema.format === 'date-time' : kinds.has(kind)),
    );
    for (const [name, value] of values) {
      cases.push(
        withBody({
          kind: 'query parameter',
          label: `${param.name} = ${name}`,
          url: `${url}?${param.name}=${value}`,
        }),
      );
    }
    cases.push(
      withBody({
        kind: 'query parameter',
        label: `${param.name} twice`,
        url: `${url}?${param.name}=1&${param.name}=2`,
      }),
      withBody({ kind: 'query parameter', label: `${param.name}[]`, url: `${url}?${param.name}[]=1` }),
    );
    if (param.name === 'cursor') {
      const sorts = route.query.some((p) => p.name === 'sort') ? CURSOR_SORTS : [undefined];
      for (const sort of sorts) {
        for (const [name, value] of FORGED_CURSORS) {
          const query = `cursor=${value}${sort ? `&sort=${sort}` : ''}`;
          cases.push(
            withBody({
              kind: 'forged cursor',
              label: `${name}, sort ${sort ?? '-'}`,
              url: `${url}?${query}`,
            }),
          );
        }
      }
    }
  }
  if (route.query.length > 0) {
    cases.push(
      withBody({ kind: 'query parameter', label: 'unknown parameter with NUL', url: `${url}?zz=%00` }),
    );
    // A cursor where the route takes none: it must not be read behind the schema's back.
    for (const [name, value] of FORGED_CURSORS.slice(0, 3)) {
      cases.push(
        withBody({ kind: 'forged cursor', label: `unlisted cursor: ${name}`, url: `${url}?cursor=${value}` }),
      );
    }
  }
  if (!sendsBody) return cases;

  for (const [name, text] of RAW_BODIES) {
    cases.push({ kind: 'raw body', label: name, url, payload: text, headers: JSON_TYPE });
  }
  for (const type of CONTENT_TYPES) {
    cases.push({
      kind: 'content type',
      label: type,
      url,
      payload: bodyText,
      headers: { 'content-type': type },
    });
  }
  if (!route.body) return cases;

  const bodyCase = (kind: string, what: string, value: unknown): Case => ({
    kind,
    label: what,
    url,
    payload: jsonText(value),
    headers: JSON_TYPE,
  });
  let hugeDone = false;
  for (const { path, schema } of fieldPaths(route.body)) {
    for (const mutation of mutationsFor(schema)) {
      const kind =
        mutation.value instanceof Raw
          ? 'body number or nesting'
          : typeof mutation.value === 'string' || typeof mutation.value === 'object'
            ? 'body text or type'
            : 'body type';
      cases.push(bodyCase(kind, `${label(path)} = ${mutation.label}`, withValue(body, path, mutation.value)));
    }
    if (!hugeDone) {
      hugeDone = true;
      cases.push(
        bodyCase(
          'body huge',
          `${label(path)} = 300 000 characters`,
          withValue(body, path, 'x'.repeat(300_000)),
        ),
      );
    }
  }
  for (const { path, required } of objectPaths(route.body)) {
    for (const field of required) {
      cases.push(
        bodyCase(
          'body missing field',
          `${label([...path, field])} missing`,
          withValue(body, [...path, field], REMOVE),
        ),
      );
    }
    const unknown = (name: string, value: unknown) =>
      cases.push(
        bodyCase('body unknown field', `${label([...path, name])}`, withValue(body, [...path, name], value)),
      );
    unknown('__fuzz', 1);
    unknown('__fuzzText', 'a\u0000b');
    unknown('__fuzzDeep', new Raw(deepObject(20_000)));
    unknown('__fuzz31', new Raw(deepArray(31)));
    unknown('constructor', { prototype: { polluted: true } });
  }
  return cases;
}
