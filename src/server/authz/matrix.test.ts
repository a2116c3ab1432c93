/**
 * Issue 9, "make it stay fixed": every route of the OpenAPI document × every role × every relationship to what
 * it acts on gets the answer written in matrix.table.ts. One fixture company (matrix.world.ts), one pass.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_KEYS } from '../../domain/roles.ts';
import { REQUESTS } from './matrix.requests.ts';
import { seedWorld } from './matrix.seed.ts';
import { COLUMNS, type Column, type Expected, KNOWN_FAILURES, MATRIX } from './matrix.table.ts';
import type { World } from './matrix.world.ts';

let w: World;

beforeAll(async () => {
  w = await seedWorld();
}, 180_000);
afterAll(() => w?.t.close());

const CONTENT: readonly Expected[] = ['full', 'masked', 'basic', 'unlisted'];
const SUCCESS: readonly Expected[] = ['ok', ...CONTENT];
const keyOf = (route: string, kase: string, column: string) => `${route} | ${kase} | ${column}`;
const where = (route: string, kase: string, column: string) =>
  `${route} as ${column}${kase ? ` on ${kase}` : ''}`;

function operations(): string[] {
  const doc = w.t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

interface Observed {
  /** The classes of matrix.table.ts the answer fits. */
  fits: string[];
  /** The answer, for the failure message. */
  said: string;
}

async function observed(route: string, kase: string, response: LightMyRequestResponse): Promise<Observed> {
  const status = response.statusCode;
  if (status < 200 || status >= 300) {
    let detail = '';
    try {
      detail = ` (${String((response.json() as { detail?: string }).detail ?? '').slice(0, 80)})`;
    } catch {}
    return { fits: [String(status)], said: `${status}${detail}` };
  }
  const fits = (await REQUESTS[route]?.observe?.(w, kase, response)) ?? ['ok'];
  return {
    fits,
    said: fits.length === 1 && fits[0] !== 'ok' ? (fits[0] as string) : `${status} ${fits.join(' or ')}`,
  };
}

/** Sends a row's request as one column and observes the answer. */
async function answer(route: string, kase: string, column: Column, expected: Expected): Promise<Observed> {
  const spec = REQUESTS[route];
  if (!spec) return { fits: [], said: 'no request in matrix.requests.ts' };
  try {
    const call = await spec.request(w, column, kase);
    if (call === 'n/a') return { fits: ['n/a'], said: 'n/a (no such fixture for this role)' };
    const { cookie, after, method, url, payload, headers } = call;
    const response = await w.t.call(cookie ?? w.cookieOf(column), { method, url, payload, headers });
    await after?.(response);
    const got = await observed(route, kase, response);
    return CONTENT.includes(expected) && !spec.observe
      ? { fits: [], said: `${got.said}, and no observer` }
      : got;
  } catch (error) {
    return { fits: [], said: `an error: ${(error as Error).message.slice(0, 300)}` };
  }
}

describe('authorization matrix (matrix.table.ts)', () => {
  it('has rows for exactly the operations of the OpenAPI document, each with its request', () => {
    expect(COLUMNS).toEqual(['anonymous', ...ROLE_KEYS]);
    const ops = operations();
    const rows = new Map<string, string[]>();
    const problems: string[] = [];
    for (const [route, kase] of MATRIX) {
      const cases = rows.get(route) ?? [];
      if (cases.includes(kase)) problems.push(`${route} has two rows for case '${kase}'`);
      rows.set(route, [...cases, kase]);
    }
    for (const op of ops) if (!rows.has(op)) problems.push(`add a row for ${op} to matrix.table.ts`);
    for (const route of rows.keys()) {
      if (!ops.includes(route))
        problems.push(`${route} is no longer a route: remove its rows from matrix.table.ts`);
    }
    for (const [route, cases] of rows) {
      const spec = REQUESTS[route];
      if (!spec) {
        problems.push(`add the request for ${route} to matrix.requests.ts`);
        continue;
      }
      const missing = spec.cases.filter((c) => !cases.includes(c));
      const unknown = cases.filter((c) => !spec.cases.includes(c));
      if (missing.length > 0) problems.push(`${route} needs rows for cases ${missing.join(', ')}`);
      if (unknown.length > 0)
        problems.push(`${route} has no case ${unknown.join(', ')} in matrix.requests.ts`);
    }
    for (const route of Object.keys(REQUESTS)) {
      if (!rows.has(route)) problems.push(`matrix.requests.ts has ${route}, which has no row`);
    }
    for (const f of KNOWN_FAILURES) {
      if (!MATRIX.some(([route, kase]) => route === f.route && kase === f.kase)) {
        problems.push(`KNOWN_FAILURES names ${where(f.route, f.kase, f.role)}, which has no row`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('answers every route, role and case as the matrix says', { timeout: 300_000 }, async () => {
    const known = new Map(KNOWN_FAILURES.map((f) => [keyOf(f.route, f.kase, f.role), f]));
    const mismatches: string[] = [];
    // One call at a time, in table order: calls in parallel gained nothing measurable (PGlite answers one query
    // at a time) and would make a failure's side effects harder to read.
    for (const [route, kase, ...cells] of MATRIX) {
      for (const [i, column] of COLUMNS.entries()) {
        const expected = cells[i] as Expected;
        const key = keyOf(route, kase, column);
        w.sharing = SUCCESS.includes(expected) || known.has(key) ? undefined : `${route} | ${kase}`;
        const got = await answer(route, kase, column, expected);
        if (w.sharing !== undefined && got.fits.some((f) => SUCCESS.includes(f as Expected)))
          w.forgetShared();
        w.sharing = undefined;
        if (!got.fits.includes(expected)) {
          // A known failure that still fails is what KNOWN_FAILURES says; anything else is news.
          if (!known.has(key))
            mismatches.push(`${where(route, kase, column)}: expected ${expected}, got ${got.said}`);
        } else if (known.has(key)) {
          mismatches.push(
            `${where(route, kase, column)} now answers ${expected}: remove it from KNOWN_FAILURES`,
          );
        }
      }
    }
    expect(
      mismatches,
      `${mismatches.length} answers differ from matrix.table.ts:\n${mismatches.join('\n')}`,
    ).toEqual([]);
  });
});
