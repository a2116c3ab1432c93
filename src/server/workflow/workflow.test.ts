import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../test/app-helper.ts';

/** The shared approval machine through the modules on it: configured chains, illegal moves, expiry. */
let t: TestApp;
const cookie: Record<string, string> = {};
const dept: Record<string, number> = {};
let customerId: number;
const api = (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  t.call(cookie[user], { method, url, payload });

beforeAll(async () => {
  t = await createTestApp();
  cookie.admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const d of (await api('admin', 'GET', '/api/v1/departments')).json().items) dept[d.name] = d.id;
  for (const [name, roles, department] of [
    ['wam', ['account_manager'], '销售部'],
    ['wsales', ['dept_manager'], '销售部'],
    ['wservice', ['dept_manager'], '售后服务部'],
    ['wceo', ['executive'], '总经理办公室'],
    ['wmkt', ['marketing'], '市场部'],
    ['wmktdm', ['dept_manager'], '市场部'],
  ] as const) {
    await createUserAs(t, cookie.admin, { username: name, roles: [...roles], departmentName: department });
    cookie[name] = await t.login(name, 'Passw0rd!');
  }
  customerId = (await api('wam', 'POST', '/api/v1/customers', { name: '流程测试客户' })).json().id;
});
afterAll(() => t.close());

const chains = async () => (await api('admin', 'GET', '/api/v1/settings/approval-chains')).json();
const save = (body: object) => api('admin', 'PUT', '/api/v1/settings/approval-chains', body);
const askAccess = async (level: string) =>
  (
    await api('wmkt', 'POST', '/api/v1/access-requests', {
      customerIds: [customerId],
      level,
      purpose: '活动',
      reason: '邀请',
      durationDays: 3,
    })
  ).json();

describe('审批流程 configuration', () => {
  it('starts with today’s chains and refuses unknown fields and empty chains', async () => {
    const current = await chains();
    expect(current.access.confidential.steps).toMatchObject([
      { permission: 'access.approve', reach: 'requester' },
    ]);
    expect(current.grade.default.steps.map((s: { key: string }) => s.key)).toEqual(['dept', 'exec']);
    expect((await save({ ...current, extra: 1 })).statusCode).toBe(400);
    const empty = await save({ ...current, export: { default: { steps: [], expireAfterDays: null } } });
    expect(empty.statusCode).toBe(400);
    expect((await api('wceo', 'GET', '/api/v1/settings/approval-chains')).statusCode).toBe(403);
  });

  it('机密 by the executive from now on; a request already waiting keeps its department manager', async () => {
    const earlier = await askAccess('confidential');
    const current = await chains();
    await save({ ...current, access: { ...current.access, confidential: current.access.top_secret } });
    const later = await askAccess('confidential');
    expect((await api('wmktdm', 'POST', `/api/v1/access-requests/${later.id}/approve`, {})).statusCode).toBe(
      403,
    );
    const inbox = (await api('wmktdm', 'GET', '/api/v1/access-requests?box=to_approve')).json().items;
    expect(inbox.map((r: { id: number }) => r.id)).toEqual([earlier.id]);
    expect((await api('wceo', 'POST', `/api/v1/access-requests/${later.id}/approve`, {})).statusCode).toBe(
      200,
    );
    expect(
      (await api('wmktdm', 'POST', `/api/v1/access-requests/${earlier.id}/approve`, {})).statusCode,
    ).toBe(200);
    await save(current);
  });

  it('runs seed 000’s grade form: 售后服务部, then 销售部 managers, then the executive', async () => {
    const current = await chains();
    const [deptStep, execStep] = current.grade.default.steps;
    const by = (key: string, label: string, department: string) => ({
      ...deptStep,
      key,
      label,
      reach: 'department',
      departmentId: dept[department],
    });
    const saved = await save({
      ...current,
      grade: {
        default: {
          steps: [
            by('service', '售后服务部经理', '售后服务部'),
            by('sales', '销售部经理', '销售部'),
            execStep,
          ],
          expireAfterDays: null,
        },
      },
    });
    expect(saved.statusCode).toBe(200);
    const request = (
      await api('wam', 'POST', '/api/v1/grade-requests', { customerId, proposedTier: 'A', reasons: '增长' })
    ).json();
    expect(request).toMatchObject({ status: 'pending_service', statusLabel: '待售后服务部经理审批' });
    expect((await api('wsales', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {})).statusCode).toBe(
      403,
    );
    const inbox = (await api('wservice', 'GET', '/api/v1/grade-requests?box=to_approve')).json().items;
    expect(inbox.map((r: { id: number }) => r.id)).toEqual([request.id]);
    const first = await api('wservice', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {
      comment: '同意',
    });
    expect(first.json()).toMatchObject({ status: 'pending_sales', deptDecidedByName: '测试wservice' });
    await api('wsales', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {});
    const last = await api('wceo', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {});
    expect(last.json()).toMatchObject({ status: 'approved', execDecidedByName: '测试wceo' });
    expect((await api('wam', 'GET', `/api/v1/customers/${customerId}`)).json().tier).toBe('A');
    await save(current);
  });
});

describe('moves the machine refuses', () => {
  it('names the state: a request nobody decided in time expires and can no longer be approved', async () => {
    const current = await chains();
    await save({ ...current, export: { default: { ...current.export.default, expireAfterDays: 2 } } });
    const request = (
      await api('wam', 'POST', '/api/v1/export-requests', { filter: {}, purpose: '盘点', reason: '核对' })
    ).json();
    await sql`update approvals set due_at = now() - interval '1 second'
      where workflow = 'export' and subject_id = ${request.id}`.execute(t.database.db);
    const refused = await api('wsales', 'POST', `/api/v1/export-requests/${request.id}/approve`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('该导出申请已过期，不能批准');
    const mine = (await api('wam', 'GET', '/api/v1/export-requests')).json().items;
    expect(mine.find((r: { id: number }) => r.id === request.id).status).toBe('expired');
    await save(current);
  });

  it('revokes only an approved grant, and a rejected request stays rejected', async () => {
    const request = await askAccess('secret');
    const early = await api('wmkt', 'POST', `/api/v1/access-requests/${request.id}/revoke`, {});
    expect(early.json().detail).toBe('该查阅申请待审批，不能收回');
    await api('wmktdm', 'POST', `/api/v1/access-requests/${request.id}/reject`, { comment: '不需要' });
    const again = await api('wmktdm', 'POST', `/api/v1/access-requests/${request.id}/approve`, {});
    expect(again.json().detail).toBe('该查阅申请已驳回，不能批准');
  });

  it('pages an inbox on (created_at, id) with a cursor', async () => {
    const first = (await api('wmkt', 'GET', '/api/v1/access-requests?box=mine&limit=2')).json();
    expect(first.items).toHaveLength(2);
    const next = (
      await api('wmkt', 'GET', `/api/v1/access-requests?box=mine&limit=2&cursor=${first.nextCursor}`)
    ).json();
    const ids = [...first.items, ...next.items].map((r: { id: number }) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
