import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
const cookie: Record<string, string> = {};
let customerId: number;
const api = (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.call(cookie[user], { method, url, payload });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const [name, roles, dept] of [
    ['gam', ['account_manager'], '销售部'],
    ['gdm', ['dept_manager'], '销售部'],
    ['gceo', ['executive'], '总经理办公室'],
    ['gsup', ['supervisor'], '客户服务部'],
    ['gsvcdm', ['dept_manager'], '客户服务部'],
  ] as const) {
    await createUserAs(t, admin, { username: name, roles: [...roles], departmentName: dept });
    cookie[name] = await t.login(name, 'Passw0rd!');
  }
  customerId = (
    await api('gam', 'POST', '/api/v1/customers', { name: '成都天府制药', annualAmount: '80000' })
  ).json().id;
});
afterAll(() => t.close());

describe('客户等级申报', () => {
  it('goes through the department manager then the executive, and the approved tier stays', async () => {
    const created = await api('gam', 'POST', '/api/v1/grade-requests', {
      customerId,
      proposedTier: 'A',
      reasons: '新签三年框架协议，预计年采购额 80 万',
      figures: { annualVolume: 1200, amount: '800000', deals: 12, paymentMethod: '月结', overdueCount: 0 },
    });
    expect(created.statusCode).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({ fromTier: 'C', proposedTier: 'A', statusLabel: '待部门经理审批' });

    expect((await api('gceo', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {})).statusCode).toBe(
      403,
    );
    const inbox = (await api('gdm', 'GET', '/api/v1/grade-requests?box=to_approve')).json().items;
    expect(inbox.map((r: { id: number }) => r.id)).toEqual([request.id]);
    expect(inbox[0].figures).toMatchObject({ amount: '800000' });
    // A manager of another department neither sees the request (with its 绝密 figures) nor decides it.
    const elsewhere = await api('gsvcdm', 'GET', '/api/v1/grade-requests?box=to_approve');
    expect(elsewhere.json().items).toEqual([]);
    const outside = await api('gsvcdm', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {});
    expect(outside.statusCode).toBe(403);
    expect(outside.json().detail).toContain('管理范围');
    const step1 = await api('gdm', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {
      comment: '属实',
    });
    expect(step1.json()).toMatchObject({ status: 'pending_exec', deptDecidedByName: '测试gdm' });
    expect((await api('gam', 'GET', `/api/v1/customers/${customerId}`)).json().tier).toBe('C');

    const step2 = await api('gceo', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {});
    expect(step2.json()).toMatchObject({ status: 'approved', statusLabel: '已批准' });
    expect((await api('gam', 'GET', `/api/v1/customers/${customerId}`)).json().tier).toBe('A');

    await api('gam', 'PATCH', `/api/v1/customers/${customerId}`, { annualAmount: '90000' });
    expect((await api('gam', 'GET', `/api/v1/customers/${customerId}`)).json().tier).toBe('A');
    const history = (await api('gam', 'GET', `/api/v1/customers/${customerId}/tier-history`)).json().items;
    expect(history[0]).toMatchObject({ fromTier: 'C', toTier: 'A', reason: `等级申报 #${request.id} 获批` });
    expect((await api('gceo', 'POST', `/api/v1/grade-requests/${request.id}/approve`, {})).statusCode).toBe(
      409,
    );
  });

  it('needs a reason to reject and refuses a no-change proposal', async () => {
    const same = await api('gam', 'POST', '/api/v1/grade-requests', {
      customerId,
      proposedTier: 'A',
      reasons: 'x',
    });
    expect(same.json().errors).toEqual([{ field: 'proposedTier', message: '客户已是 A 级' }]);
    const request = (
      await api('gam', 'POST', '/api/v1/grade-requests', {
        customerId,
        proposedTier: 'B',
        reasons: '采购下降',
      })
    ).json();
    const noReason = await api('gdm', 'POST', `/api/v1/grade-requests/${request.id}/reject`, {});
    expect(noReason.json().errors).toEqual([{ field: 'comment', message: '驳回时请填写原因' }]);
    const rejected = await api('gdm', 'POST', `/api/v1/grade-requests/${request.id}/reject`, {
      comment: '数据不足',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', deptComment: '数据不足' });
  });
});
