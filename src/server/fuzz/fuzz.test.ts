/**
 * Schema-driven fuzzing of every route the OpenAPI document lists: each gets the fixed bad inputs of cases.ts
 * (as the admin and as a supervisor who reads customers) and fast-check's random ones (fixed seed), and must
 * answer every one of them with a non-5xx status, any error as application/problem+json.
 *
 * `npm test` runs a small fixed-seed budget; `npm run fuzz` a longer run with a random seed
 * (FUZZ_SEED and FUZZ_RUNS replay one: both are printed at the start).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../domain/customers/import-columns.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD } from '../test/app-helper.ts';
import {
  baselineBody,
  type Case,
  type Fixtures,
  FORGED_CURSORS,
  type Param,
  type Route,
  routeCases,
} from './cases.ts';
import { encodeText, fieldPaths, type JsonSchema, jsonText, Raw, withValue } from './schema-inputs.ts';

const LONG = process.env.FUZZ_MODE === 'long';
const SEED = Number(process.env.FUZZ_SEED || (LONG ? Math.floor(Math.random() * 2 ** 31) : 20_250_609));
const RUNS = Number(process.env.FUZZ_RUNS || (LONG ? 400 : 16));
console.log(
  `fuzz: seed ${SEED}, ${RUNS} random inputs per route — replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npm run fuzz`,
);

/** Routes whose body is a file, not JSON: they get the generic cases and, besides, spreadsheets (below). */
const FILE_ROUTES = [
  'POST /api/v1/customer-imports/preview',
  'POST /api/v1/customer-imports/apply',
  'POST /api/v1/customer-imports/errors',
];
/**
 * Not fuzzed, with the reason. Routes hidden from the OpenAPI document are not listed there at all:
 * /api/openapi.json and the /api/docs UI (static, no input); unknown paths are fuzzed as "unknown routes".
 */
const NOT_FUZZED: Record<string, string> = {};
/** Routes that end the caller's session: after a case that went through, the caller signs in again. */
const ENDS_SESSION = new Set(['POST /api/v1/auth/logout']);

const t = await createTestApp();
const spec = t.app.swagger() as {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: (Param & { in: string })[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
};
const routes: Route[] = Object.entries(spec.paths).flatMap(([path, operations]) =>
  Object.entries(operations).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    params: (op.parameters ?? []).filter((p) => p.in === 'path'),
    query: (op.parameters ?? []).filter((p) => p.in === 'query'),
    body: op.requestBody?.content?.['application/json']?.schema,
  })),
);
const keyOf = (route: Route) => `${route.method} ${route.path}`;

const users = { admin: 'admin', reader: 'fuzz.reader' } as const;
type Who = keyof typeof users;
const passwords: Record<Who, string> = { admin: TEST_ADMIN_PASSWORD, reader: 'Passw0rd!' };
const cookies: Record<Who, string> = { admin: '', reader: '' };
const seeded: Record<string, number> = {};

const ID_FIELDS: Record<string, string> = {
  customerId: 'customer',
  customerIds: 'customer',
  duplicateId: 'otherCustomer',
  contactId: 'contact',
  toUserId: 'target',
  supervisorId: 'target',
  ownerId: 'target',
  agentId: 'target',
  staffId: 'target',
  actorId: 'target',
  departmentId: 'department',
  parentId: 'department',
};
const fixtures: Fixtures = {
  ids: (name) => seeded[ID_FIELDS[name] ?? ''],
  pathValue(route, name) {
    if (name === 'key') return 'marketing';
    if (name === 'contactId') return String(seeded.contact);
    const owner: [string, string][] = [
      ['/api/v1/customers/', 'customer'],
      ['/api/v1/users/', 'target'],
      ['/api/v1/departments/', 'department'],
      ['/api/v1/auth/tokens/', 'token'],
      ['/api/v1/access-requests/', 'accessRequest'],
    ];
    const match = owner.find(([prefix]) => route.path.startsWith(prefix));
    return String(match ? seeded[match[1]] : 1);
  },
};

beforeAll(async () => {
  cookies.admin = await t.login(users.admin, passwords.admin);
  const admin = cookies.admin;
  const call = async (method: 'POST' | 'GET', url: string, payload?: object, cookie = admin) => {
    const response = await t.call(cookie, { method, url, payload });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  // A supervisor who is an account manager too: reads the department's customers, imports and exports them.
  await createUserAs(t, admin, {
    username: users.reader,
    roles: ['supervisor', 'account_manager'],
    departmentName: '客户服务部',
  });
  cookies.reader = await t.login(users.reader, passwords.reader);
  seeded.target = await createUserAs(t, admin, {
    username: 'fuzz.target',
    roles: ['account_manager'],
    departmentName: '客户服务部',
  });
  seeded.department = (await call('POST', '/api/v1/departments', { name: '模糊测试部' })).id;
  // The administrator manages the system, not customers: the target's account manager keeps the fuzz's customers.
  const manager = await t.login('fuzz.target', 'Passw0rd!');
  const customer = await call(
    'POST',
    '/api/v1/customers',
    { name: '模糊测试客户甲', annualAmount: '600000', contacts: [{ name: '张三', mobile: '13800138000' }] },
    manager,
  );
  seeded.customer = customer.id;
  seeded.contact = (
    await call('GET', `/api/v1/customers/${customer.id}/contacts`, undefined, manager)
  ).items[0].id;
  seeded.otherCustomer = (await call('POST', '/api/v1/customers', { name: '模糊测试客户乙' }, manager)).id;
  seeded.token = (await call('POST', '/api/v1/auth/tokens', { name: 'fuzz' })).id;
  seeded.accessRequest = (
    await call(
      'POST',
      '/api/v1/access-requests',
      { customerIds: [customer.id], level: 'secret', purpose: '回访', reason: '核对', durationDays: 1 },
      cookies.reader,
    )
  ).id;
});
afterAll(() => t.close());

interface Failure {
  who: Who;
  kind: string;
  label: string;
  what: string;
}

/** What is wrong with an answer: a 5xx, an error that is not problem+json, a streamed 5xx, a nameless 400. */
function wrongWith(response: LightMyRequestResponse): string | null {
  const type = String(response.headers['content-type'] ?? '');
  const excerpt = () => response.body.slice(0, 160).replace(/\s+/g, ' ');
  if (response.statusCode >= 500) return `${response.statusCode}: ${excerpt()}`;
  if (response.statusCode >= 400) {
    if (!type.startsWith('application/problem+json')) {
      return `${response.statusCode} as ${type || 'no content type'}: ${excerpt()}`;
    }
    const problem = response.json() as { code?: string; status?: number; errors?: { field: string }[] };
    if (problem.status !== response.statusCode)
      return `problem status ${problem.status} ≠ ${response.statusCode}`;
    if (problem.code === 'validation' && !problem.errors?.every((e) => e.field))
      return 'validation without fields';
  }
  if (type.startsWith('application/x-ndjson')) {
    for (const line of response.body.split('\n').filter(Boolean)) {
      const item = JSON.parse(line) as { type: string; problem?: { status: number } };
      if (item.type === 'error' && (item.problem?.status ?? 500) >= 500)
        return `streamed ${line.slice(0, 160)}`;
    }
  }
  return null;
}

async function ensureSignedIn(who: Who) {
  const me = await t.call(cookies[who], { method: 'GET', url: '/api/v1/auth/me' });
  if (me.statusCode === 401) cookies[who] = await t.login(users[who], passwords[who]);
}

async function send(route: Route, c: Case, who: Who): Promise<LightMyRequestResponse> {
  const response = await t.call(cookies[who], {
    method: route.method as 'GET',
    url: c.url,
    payload: c.payload,
    headers: c.headers,
  });
  // Signed out by the case (a logout that went through): sign in again for the next.
  if (ENDS_SESSION.has(keyOf(route)) && response.statusCode < 400) {
    cookies[who] = await t.login(users[who], passwords[who]);
  }
  return response;
}

/**
 * Who gets past the permission check with the route's plausible input: the cases go to them, so that they reach
 * the service and the database rather than stop at a 403 (both, in turn, when neither or both do).
 */
async function capable(route: Route): Promise<Who[]> {
  const body = baselineBody(route, fixtures);
  const probe: Case = {
    kind: 'probe',
    label: 'plausible input',
    url: route.path.replace(/\{(\w+)\}/g, (_w, name: string) => fixtures.pathValue(route, name)),
    ...(route.method === 'GET'
      ? {}
      : { payload: jsonText(body ?? {}), headers: { 'content-type': 'application/json' } }),
  };
  const allowed: Who[] = [];
  for (const who of ['admin', 'reader'] as const) {
    if ((await send(route, probe, who)).statusCode !== 403) allowed.push(who);
  }
  return allowed.length > 0 ? allowed : ['admin', 'reader'];
}

/** Sends each case as one of `who`, in turn; returns the bad answers. */
async function run(route: Route, cases: Case[], who: Who[]): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (const [index, c] of cases.entries()) {
    const identity = who[index % who.length] as Who;
    const what = wrongWith(await send(route, c, identity));
    if (what) failures.push({ who: identity, kind: c.kind, label: c.label, what });
  }
  await ensureSignedIn('admin');
  await ensureSignedIn('reader');
  return failures;
}

function report(failures: Failure[]): string {
  if (failures.length === 0) return '';
  const byKind = new Map<string, Failure[]>();
  for (const f of failures) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  return [...byKind]
    .map(([kind, list]) => {
      const shown = list.slice(0, 6).map((f) => `    [${f.who}] ${f.label} → ${f.what}`);
      return [`  ${kind}: ${list.length} failing`, ...shown].join('\n');
    })
    .join('\n');
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Text with every kind of code unit, lone surrogates and NUL included (fast-check's 'binary' leaves them out). */
const anyText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '\udfff', '\ufffe', '\u202e') },
  ),
  maxLength: 40,
});
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ stringUnit: 'binary', maxDepth: 3 }),
  anyText,
  fc.integer(),
  fc.double(),
  fc.bigInt().map((n) => new Raw(n.toString())),
  fc.constantFrom(new Raw('1e400'), new Raw('9223372036854776000'), new Raw('-0'), new Raw('1E+2')),
);
const queryText = fc.oneof(
  anyText.map(encodeText),
  fc.bigInt().map(String),
  fc.double().map((n) => encodeText(String(n))),
  fc.constantFrom(...FORGED_CURSORS.map(([, value]) => value)),
);

/** fast-check's inputs for one route: random bodies (shaped by the schema or not), queries and path values. */
function randomCases(route: Route): Case[] {
  const base = baselineBody(route, fixtures);
  const basePath = route.path.replace(/\{(\w+)\}/g, (_w, name: string) => fixtures.pathValue(route, name));
  const sendsBody = route.method !== 'GET';
  const json = (text: string, kind: string): Case => ({
    kind,
    label: text.length > 120 ? `${text.slice(0, 120)}…` : text,
    url: basePath,
    payload: text,
    headers: { 'content-type': 'application/json' },
  });
  const arbitraries: fc.Arbitrary<Case>[] = [];
  if (sendsBody) {
    arbitraries.push(
      fc.json({ stringUnit: 'binary' }).map((text) => json(text, 'random JSON')),
      fc.anything({ stringUnit: 'binary' }).map((value) => json(jsonText(value), 'random value')),
    );
  }
  if (route.body) {
    const paths = fieldPaths(route.body).map((f) => f.path);
    const properties = Object.keys((base ?? {}) as object);
    if (properties.length > 0) {
      arbitraries.push(
        fc
          .record(Object.fromEntries(properties.map((p) => [p, anyValue])), { requiredKeys: [] })
          .map((value) => json(jsonText(value), 'random fields')),
      );
    }
    if (paths.length > 0) {
      arbitraries.push(
        fc
          .tuple(fc.constantFrom(...paths), anyValue)
          .map(([path, value]) => json(jsonText(withValue(base, path, value)), `random ${path.join('.')}`)),
      );
    }
  }
  if (route.query.length > 0) {
    arbitraries.push(
      fc
        .record(Object.fromEntries(route.query.map((p) => [p.name, queryText])), { requiredKeys: [] })
        .map((query) => {
          const text = Object.entries(query)
            .map(([k, v]) => `${k}=${v}`)
            .join('&');
          return { kind: 'random query', label: text.slice(0, 160), url: `${basePath}?${text}` };
        }),
    );
  }
  for (const param of route.params) {
    arbitraries.push(
      fc.oneof(anyText.filter((s) => s.length > 0).map(encodeText), fc.bigInt().map(String)).map((value) => ({
        kind: 'random path parameter',
        label: `${param.name} = ${value.slice(0, 120)}`,
        url: route.path.replace(/\{(\w+)\}/g, (_w, name: string) =>
          name === param.name ? value : fixtures.pathValue(route, name),
        ),
      })),
    );
  }
  if (arbitraries.length === 0) return [];
  const withBody = (c: Case): Case =>
    c.payload === undefined && sendsBody
      ? { ...c, payload: jsonText(base ?? {}), headers: { 'content-type': 'application/json' } }
      : c;
  return fc
    .sample(fc.oneof(...arbitraries), { seed: SEED ^ hash(keyOf(route)), numRuns: RUNS })
    .map(withBody);
}

/** Spreadsheets for the import routes: a NUL after the first 4 KiB of a CSV, byte soup, a workbook with NUL. */
async function fileCases(route: Route): Promise<Case[]> {
  const url = route.path;
  const header = IMPORT_COLUMNS.map((c) => c.header).join(',');
  const rows = Array.from({ length: 200 }, (_, i) => `,模糊导入客户${i},,,,,,,,1000`).join('\n');
  const csv = (text: string) => Buffer.from(text, 'utf8');
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('s')
    .addRows([IMPORT_COLUMNS.map((c) => c.header), ['', 'a\u0000b'], ['', 'c\ud800d']]);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  const files: [string, Buffer, string][] = [
    ['CSV with NUL after 4 KiB', csv(`${header}\n${rows}\n,坏\u0000名字,,,,,,,,1\n`), 'text/csv'],
    ['CSV with NUL in the header', csv(`${header}\u0000\n,a\n`), 'text/csv'],
    [
      'CSV with invalid UTF-8',
      Buffer.concat([csv(`${header}\n,`), Buffer.from([0xed, 0xa0, 0x80, 0xff]), csv('\n')]),
      'text/csv',
    ],
    ['CSV header only', csv(`${header}\n`), 'text/csv'],
    ['CSV with a 200 000-character cell', csv(`${header}\n,${'长'.repeat(200_000)}\n`), 'text/csv'],
    [
      'workbook with NUL and a lone surrogate',
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'ZIP header and garbage',
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]),
      'application/octet-stream',
    ],
    ['empty', Buffer.alloc(0), 'text/csv'],
  ];
  const soup = fc.sample(fc.uint8Array({ maxLength: 6000 }), {
    seed: SEED ^ hash(url),
    numRuns: Math.min(RUNS, 40),
  });
  for (const [i, bytes] of soup.entries()) files.push([`random bytes #${i}`, Buffer.from(bytes), 'text/csv']);
  return files.flatMap(([label, payload, type]): Case[] => [
    { kind: 'spreadsheet', label, url, payload, headers: { 'content-type': type } },
    {
      kind: 'spreadsheet',
      label: `${label} (progress)`,
      url,
      payload,
      headers: { 'content-type': type, accept: 'application/x-ndjson' },
    },
  ]);
}

describe('fuzzing every route from its own schema: no 5xx, every error problem+json', () => {
  it('knows every route of the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(50);
    for (const key of [...FILE_ROUTES, ...Object.keys(NOT_FUZZED)]) {
      expect(routes.map(keyOf), `${key} is listed as an exception but is no route`).toContain(key);
    }
  });

  for (const route of routes) {
    const key = keyOf(route);
    if (key in NOT_FUZZED) continue;
    it(key, { timeout: LONG ? 3_600_000 : 120_000 }, async () => {
      const who = await capable(route);
      const failures = [
        ...(await run(route, routeCases(route, fixtures), who)),
        ...(await run(route, randomCases(route), who)),
        ...(FILE_ROUTES.includes(key) ? await run(route, await fileCases(route), who) : []),
      ];
      expect(report(failures), `${key}: ${failures.length} bad answers`).toBe('');
    });
  }

  it('unknown routes', async () => {
    const paths = [
      '/api/v1/nope%00',
      '/api/v1/%ED%A0%80',
      '/api/%',
      '/api/v1/customers/1/%FF',
      `/api/${'x'.repeat(3000)}`,
    ];
    const failures: Failure[] = [];
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      for (const url of paths) {
        const response = await t.call(cookies.admin, {
          method,
          url,
          payload: method === 'GET' ? undefined : '{"a":1}',
          headers: { 'content-type': 'application/json' },
        });
        const what = wrongWith(response);
        if (what)
          failures.push({
            who: 'admin',
            kind: 'unknown route',
            label: `${method} ${url.slice(0, 60)}`,
            what,
          });
      }
    }
    expect(report(failures)).toBe('');
  });
});
