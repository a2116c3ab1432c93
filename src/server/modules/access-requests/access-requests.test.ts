import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
const cookie: Record<string, string> = {};
let customerId: number;

const api = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.call(cookie[user], { method, url, payload });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const [name, roles, dept] of [
    ['amgr', ['account_manager'], '销售部'],
    ['mkt1', ['marketing'], '市场部'],
    ['mktboss', ['dept_manager'], '市场部'],
    ['salesboss', ['dept_manager'], '销售部'],
    ['ceo1', ['executive'], '总经理办公室'],
  ] as const) {
    await createUserAs(t, admin, { username: name, roles: [...roles], departmentName: dept });
    cookie[name] = await t.login(name, 'Passw0rd!');
  }
  const created = await api('amgr', 'POST', '/api/v1/customers', {
    name: '远景能源有限公司',
    annualAmount: '800000',
    contacts: [{ name: '赵六', mobile: '13900001111' }],
  });
  customerId = created.json().id;
});
afterAll(() => t.close());

const contactsOf = async (user: string) =>
  (await api(user, 'GET', `/api/v1/customers/${customerId}/contacts`)).json().items[0];

describe('access requests (查阅申请)', () => {
  it('opens 机密 data to marketing once the department manager approves, until it expires', async () => {
    expect((await api('mkt1', 'GET', `/api/v1/customers/${customerId}/contacts`)).statusCode).toBe(403);
    const created = await api('mkt1', 'POST', '/api/v1/access-requests', {
      customerIds: [customerId],
      level: 'confidential',
      purpose: '年终答谢活动',
      reason: '需要联系人电话发送邀请函',
      durationDays: 7,
    });
    expect(created.statusCode).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({
      status: 'pending',
      levelLabel: '机密',
      customers: [{ code: 'KH0001', name: '远景能源有限公司' }],
    });

    expect((await api('mkt1', 'POST', `/api/v1/access-requests/${request.id}/approve`, {})).statusCode).toBe(
      409,
    );
    expect(
      (await api('salesboss', 'POST', `/api/v1/access-requests/${request.id}/approve`, {})).statusCode,
    ).toBe(403);

    const inbox = (await api('mktboss', 'GET', '/api/v1/access-requests?box=to_approve')).json().items;
    expect(inbox.map((r: { id: number }) => r.id)).toEqual([request.id]);
    const approved = await api('mktboss', 'POST', `/api/v1/access-requests/${request.id}/approve`, {
      comment: '同意',
    });
    expect(approved.json()).toMatchObject({ status: 'approved', decidedByName: '测试mktboss' });
    const days = (new Date(approved.json().expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);

    expect(await contactsOf('mkt1')).toMatchObject({ name: '赵六', mobile: '13900001111', masked: false });
    expect((await api('mkt1', 'GET', `/api/v1/customers/${customerId}`)).json().annualAmount).toBeNull();

    await sql`update access_requests set expires_at = now() - interval '1 second' where id = ${request.id}`.execute(
      t.database.db,
    );
    expect((await api('mkt1', 'GET', `/api/v1/customers/${customerId}/contacts`)).statusCode).toBe(403);
    const mine = (await api('mkt1', 'GET', '/api/v1/access-requests?box=mine')).json().items;
    expect(mine[0].status).toBe('expired');

    const audit = (await api('ceo1', 'GET', '/api/v1/audit-events?action=access.granted')).json().items;
    expect(audit[0]).toMatchObject({
      actorName: '测试mktboss',
      details: { level: 'confidential', customerIds: [customerId] },
    });
  });

  it('needs the executive for 绝密, and a reason to reject', async () => {
    const request = (
      await api('mkt1', 'POST', '/api/v1/access-requests', {
        customerIds: [customerId],
        level: 'top_secret',
        purpose: '核对合作金额',
        reason: '活动预算',
        durationDays: 1,
      })
    ).json();
    expect(
      (await api('mktboss', 'POST', `/api/v1/access-requests/${request.id}/approve`, {})).statusCode,
    ).toBe(403);
    const noReason = await api('ceo1', 'POST', `/api/v1/access-requests/${request.id}/reject`, {});
    expect(noReason.json().errors).toEqual([{ field: 'comment', message: '驳回时请填写原因' }]);
    expect((await api('ceo1', 'POST', `/api/v1/access-requests/${request.id}/approve`, {})).statusCode).toBe(
      200,
    );
    expect((await api('mkt1', 'GET', `/api/v1/customers/${customerId}`)).json().annualAmount).toBe(
      '800000.00',
    );
    const again = await api('ceo1', 'POST', `/api/v1/access-requests/${request.id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect((await api('mkt1', 'POST', `/api/v1/access-requests/${request.id}/revoke`, {})).statusCode).toBe(
      200,
    );
    expect((await api('mkt1', 'GET', `/api/v1/customers/${customerId}`)).json().annualAmount).toBeNull();
  });

  it('refuses requests for customers that do not exist', async () => {
    const response = await api('mkt1', 'POST', '/api/v1/access-requests', {
      customerIds: [customerId, 999999],
      level: 'secret',
      purpose: 'x',
      reason: 'y',
      durationDays: 1,
    });
    expect(response.json().errors).toEqual([{ field: 'customerIds', message: '客户不存在：999999' }]);
  });
});
