import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../test/app-helper.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '2048' });
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
});
afterAll(() => t.close());

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown; body: string },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:huifang:problem:/) });
  expect(response.body).not.toMatch(/at .*\.ts:\d+|node_modules|stack/i);
  return body;
}

describe('every failure is problem+json', () => {
  it('unknown API routes', async () => {
    const body = expectProblem(await t.call(admin, { method: 'GET', url: '/api/v1/nothing-here' }), 404);
    expect(body.detail).toBe('接口不存在：GET /api/v1/nothing-here');
  });

  it('malformed JSON', async () => {
    const response = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(expectProblem(response, 400).code).toBe('malformed_json');
  });

  it('oversized bodies', async () => {
    const response = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      payload: { name: 'x'.repeat(5000) },
    });
    expect(expectProblem(response, 413).detail).toBe('请求内容过大（上限 2 KiB）');
  });

  it('unsupported content types', async () => {
    const response = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      headers: { 'content-type': 'text/xml' },
      payload: '<name>x</name>',
    });
    expect(expectProblem(response, 415).code).toBe('unsupported_media_type');
  });

  it('bad query and path parameters name the field', async () => {
    const query = expectProblem(await t.call(admin, { method: 'GET', url: '/api/v1/users?limit=0' }), 400);
    expect(query.errors).toEqual([{ field: 'querystring.limit', message: '不能小于 1' }]);
    const params = expectProblem(await t.call(admin, { method: 'GET', url: '/api/v1/users/abc' }), 400);
    expect(params.errors).toEqual([{ field: 'params.id', message: '应为整数' }]);
  });

  it('answers in English when asked', async () => {
    const body = expectProblem(
      await t.call(admin, {
        method: 'POST',
        url: '/api/v1/departments',
        headers: { 'x-huifang-locale': 'en' },
        payload: {},
      }),
      400,
    );
    expect(body.errors).toEqual([{ field: 'name', message: 'is required' }]);
  });

  it('no request id is lost: the caller’s X-Request-Id comes back', async () => {
    const response = await t.call(admin, {
      method: 'GET',
      url: '/api/v1/nope',
      headers: { 'x-request-id': 'lb-1234' },
    });
    expect(response.headers['x-request-id']).toBe('lb-1234');
    expect((response.json() as { requestId: string }).requestId).toBe('lb-1234');
  });
});

describe('health and API documentation', () => {
  it('reports database reachability', async () => {
    const response = await t.call(undefined, { method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
  });

  it('publishes OpenAPI with every v1 route', async () => {
    const spec = (await t.call(undefined, { method: 'GET', url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/departments',
      '/api/v1/audit-events',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    const docs = await t.call(undefined, { method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
