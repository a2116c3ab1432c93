import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../domain/customers/import-columns.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../test/app-helper.ts';
import { jsonDepth } from './input-guards.ts';

let t: TestApp;
let admin: string;
let manager: string;
let departmentId: number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  await createUserAs(t, admin, {
    username: 'guard.am',
    roles: ['account_manager'],
    departmentName: '销售部',
  });
  manager = await t.login('guard.am', 'Passw0rd!');
  const created = await t.call(admin, {
    method: 'POST',
    url: '/api/v1/departments',
    payload: { name: '输入检查部' },
  });
  departmentId = created.json().id;
});
afterAll(() => t.close());

const json = { 'content-type': 'application/json' };
const cursor = (text: string) => Buffer.from(text).toString('base64url');

/** The answer is a 400 problem+json; returns its field errors. */
async function fieldErrors(
  cookie: string,
  options: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT';
    url: string;
    payload?: string | object;
    headers?: object;
  },
) {
  const response = await t.call(cookie, options as Parameters<TestApp['call']>[1]);
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return (response.json() as { errors: { field: string; message: string }[] }).errors;
}

describe('numbers beyond what a column or JavaScript holds are a 400 naming the field', () => {
  it('ids above the safe range, in the path, the query and the body', async () => {
    expect(
      await fieldErrors(manager, { method: 'GET', url: '/api/v1/customers/9223372036854775808' }),
    ).toEqual([{ field: 'params.id', message: '不能大于 9007199254740991' }]);
    expect(
      await fieldErrors(manager, { method: 'GET', url: '/api/v1/customers?ownerId=9223372036854776000' }),
    ).toEqual([{ field: 'querystring.ownerId', message: '不能大于 9007199254740991' }]);
    const body = '{"customerId":9223372036854776000,"occurredOn":"2024-01-01","amount":"1"}';
    expect(
      await fieldErrors(manager, {
        method: 'POST',
        url: '/api/v1/transactions',
        payload: body,
        headers: json,
      }),
    ).toEqual([{ field: 'customerId', message: '不能大于 9007199254740991' }]);
  });

  it('versions and other integers are int4; 1e400 is not a number at all', async () => {
    const url = `/api/v1/departments/${departmentId}`;
    expect(
      await fieldErrors(admin, {
        method: 'PATCH',
        url,
        payload: '{"sortOrder":1,"parentId":1e400}',
        headers: json,
      }),
    ).toEqual([{ field: 'parentId', message: '必须是有限的数值' }]);
    const users = `/api/v1/users/${(await t.call(admin, { method: 'GET', url: '/api/v1/auth/me' })).json().id}`;
    expect(
      await fieldErrors(admin, {
        method: 'PATCH',
        url: users,
        payload: '{"version":9223372036854776000}',
        headers: json,
      }),
    ).toEqual([{ field: 'version', message: '不能大于 2147483647' }]);
    // Coerced from text, 1e400 becomes Infinity, which Ajv lets past the bounds: caught after validation.
    expect(await fieldErrors(manager, { method: 'GET', url: '/api/v1/customers?staleDays=1e400' })).toEqual([
      { field: 'querystring.staleDays', message: '必须是有限的数值' },
    ]);
  });
});

describe('forged cursors are a 400 naming the cursor', () => {
  const forged = [
    cursor('{"v":"x","id":1e308}'),
    cursor('{"v":"x","id":1.5}'),
    cursor('{"v":{},"id":1}'),
    cursor('{"v":"\\u0000","id":1}'),
    cursor('{"v":"x","id":1,"w":2}'),
  ];
  it.each([
    ['customers', () => manager, '/api/v1/customers?sort=name&cursor='],
    ['customers by creation time, 30 February', () => manager, '/api/v1/customers?sort=createdAt&cursor='],
    ['users', () => admin, '/api/v1/users?cursor='],
    ['audit events', () => admin, '/api/v1/audit-events?cursor='],
    ['the audit export', () => admin, '/api/v1/audit-events/export?cursor='],
    ['access requests', () => manager, '/api/v1/access-requests?cursor='],
  ])('%s', async (_what, who, url) => {
    const cursors = url.includes('createdAt')
      ? [cursor('{"v":"2024-02-30T00:00:00.000000Z","id":1}')]
      : forged;
    for (const value of cursors) {
      expect(await fieldErrors(who(), { method: 'GET', url: `${url}${value}` })).toEqual([
        { field: 'cursor', message: '分页游标无效，请从第一页重新开始' },
      ]);
    }
  });
});

describe('text no column can store is a 400 naming the field', () => {
  it('NUL in the query, in a body field, in a key; a lone surrogate; in English on request', async () => {
    expect(await fieldErrors(manager, { method: 'GET', url: '/api/v1/customers?q=a%00b' })).toEqual([
      { field: 'querystring.q', message: '不能包含空字符（U+0000）' },
    ]);
    const create = (payload: string, headers: object = json) =>
      fieldErrors(manager, { method: 'POST', url: '/api/v1/customers', payload, headers });
    expect(await create('{"name":"x","contacts":[{"name":"a\\u0000"}]}')).toEqual([
      { field: 'contacts.0.name', message: '不能包含空字符（U+0000）' },
    ]);
    expect(await create('{"name":"\\ud800x"}')).toEqual([
      { field: 'name', message: '包含无效的 Unicode 字符（不成对的代理项）' },
    ]);
    expect(await create('{"name":"x","\\u0000":1}', { ...json, 'x-huifang-locale': 'en' })).toEqual([
      { field: '\\u0000', message: 'must not contain a NUL character (U+0000)' },
    ]);
  });

  it('a NUL in a CSV after its first 4 KiB refuses the import, naming the row', async () => {
    const header = IMPORT_COLUMNS.map((c) => c.header).join(',');
    const rows = Array.from({ length: 250 }, (_, i) => `,检查导入客户${i}`).join('\n');
    const file = `${header}\n${rows}\n,坏\u0000名字\n`;
    expect(Buffer.byteLength(file)).toBeGreaterThan(4096);
    for (const step of ['preview', 'apply']) {
      expect(
        await fieldErrors(manager, {
          method: 'POST',
          url: `/api/v1/customer-imports/${step}`,
          payload: file,
          headers: { 'content-type': 'text/csv' },
        }),
      ).toEqual([{ field: 'file', message: '第 252 行不能包含空字符（U+0000）' }]);
    }
  });
});

describe('bodies take only their own fields, nested at most 32 deep', () => {
  it('refuses an unknown field by name, at any depth and in an intersection of schemas', async () => {
    const url = `/api/v1/departments/${departmentId}`;
    expect(await fieldErrors(admin, { method: 'PATCH', url, payload: { name: '改名', note: 'x' } })).toEqual([
      { field: 'note', message: '不是可识别的字段' },
    ]);
    const customer = { name: '某公司', contacts: [{ name: '张三', extra: 1 }] };
    expect(
      await fieldErrors(manager, { method: 'POST', url: '/api/v1/customers', payload: customer }),
    ).toEqual([{ field: 'contacts.0.extra', message: '不是可识别的字段' }]);
    const rules = (await t.call(admin, { method: 'GET', url: '/api/v1/settings/customer-rules' })).json();
    const put = (payload: object) =>
      t.call(admin, { method: 'PUT', url: '/api/v1/settings/customer-rules', payload });
    expect((await put(rules)).statusCode).toBe(200);
    expect((await put({ ...rules, surprise: true })).json().errors).toEqual([
      { field: 'surprise', message: '不是可识别的字段' },
    ]);
  });

  it('refuses nesting deeper than 32 before parsing it; brackets inside strings do not count', async () => {
    const post = (payload: string) =>
      fieldErrors(admin, { method: 'POST', url: '/api/v1/departments', payload, headers: json });
    const deep = `{"name":"x","extra":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`;
    expect(await post(deep)).toEqual([{ field: '(root)', message: 'JSON 嵌套不能超过 32 层' }]);
    expect(await post('['.repeat(20_000))).toEqual([{ field: '(root)', message: 'JSON 嵌套不能超过 32 层' }]);
    expect(jsonDepth(JSON.stringify({ a: ['[[[[', { b: '"{{' }] }))).toBe(3);
    const inString = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      payload: { name: `括号${'['.repeat(60)}`.slice(0, 100) },
    });
    expect(inString.statusCode).toBe(201);
  });
});

describe('times', () => {
  it('a date-time JavaScript cannot hold (the leap second 23:59:60) is a 400, not an Invalid Date in SQL', async () => {
    expect(
      await fieldErrors(admin, { method: 'GET', url: '/api/v1/audit-events?from=2016-12-31T23:59:60Z' }),
    ).toEqual([{ field: 'querystring.from', message: '格式不正确（应为 date-time）' }]);
  });
});

describe('URLs the router cannot read', () => {
  it('are problem+json too', async () => {
    const bad = await fieldErrors(manager, { method: 'GET', url: '/api/v1/customers/%ED%A0%80' });
    expect(bad).toEqual([{ field: '(url)', message: '地址无效（百分号编码有误，或不是 UTF-8）' }]);
    const long = await t.call(manager, { method: 'GET', url: `/api/v1/customers/${'9'.repeat(400)}` });
    expect(long.statusCode).toBe(414);
    expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
