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
    expect(history[0]).toMatchObject({
      fromTier: 'C',
      toTier: 'A',
      reason: 'grade_approved',
      gradeRequestId: request.id,
    });
    const timeline = (await api('gam', 'GET', `/api/v1/customers/${customerId}/timeline`)).json().items;
    expect(timeline.find((e: { kind: string }) => e.kind.startsWith('tier:'))).toMatchObject({
      kind: 'tier:grade_approved',
      title: 'C → A',
      gradeRequestId: request.id,
    });
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

describe('the figures a grade request starts from', () => {
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

  it('gives the account manager its customer’s last 12 months of sales, and audits the 绝密 read', async () => {
    const id = (await api('gam', 'POST', '/api/v1/customers', { name: '石家庄联泰商贸' })).json().id;
    const url = `/api/v1/customers/${id}/grade-figures`;
    expect((await api('gam', 'GET', url)).json()).toMatchObject({
      customerId: id,
      tier: 'C',
      annualVolume: 0,
      amount: '0.00',
      deals: 0,
      overdueCount: 0,
    });
    for (const sale of [
      // Paid before it was due.
      { occurredOn: day(30), amount: '120000', quantity: 10, dueOn: day(20), paidOn: day(25) },
      // Paid ten days late: overdue once.
      { occurredOn: day(100), amount: '80000.50', quantity: 5, dueOn: day(70), paidOn: day(60) },
      // Due five days ago and not paid: overdue.
      { occurredOn: day(40), amount: '10000', quantity: 2, dueOn: day(5), paidOn: null },
      // Not due yet: not overdue.
      { occurredOn: day(3), amount: '500', quantity: 1, dueOn: day(-27), paidOn: null },
      // More than a year ago: outside the figures.
      { occurredOn: day(400), amount: '99999', quantity: 50, dueOn: day(370), paidOn: day(300) },
      // A return is not a sale.
      { kind: 'return', occurredOn: day(10), amount: '5000', quantity: 1 },
    ]) {
      expect((await api('gam', 'POST', '/api/v1/transactions', { customerId: id, ...sale })).statusCode).toBe(
        201,
      );
    }
    const figures = (await api('gam', 'GET', url)).json();
    expect(figures).toMatchObject({ annualVolume: 18, amount: '210500.50', deals: 4, overdueCount: 2 });
    // A year back from the database's today (a day either side when its clock is in another zone than UTC).
    expect([day(364), day(365), day(366)]).toContain(figures.since);
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('target_type', '=', 'customer')
      .where('target_id', '=', String(id))
      .where('actor_name', '=', '测试gam')
      .where('action', '=', 'customers.viewed')
      .execute();
    expect(audited.map((a) => a.details)).toContainEqual({ levels: ['top_secret'], what: 'transactions' });

    // The figures are what the request then carries.
    const { annualVolume, amount, deals, overdueCount } = figures;
    const filed = await api('gam', 'POST', '/api/v1/grade-requests', {
      customerId: id,
      proposedTier: 'B',
      reasons: '近一年交易额已超过 20 万',
      figures: { annualVolume, amount, deals, overdueCount },
    });
    expect(filed.json().figures).toEqual({
      annualVolume: 18,
      amount: '210500.50',
      deals: 4,
      overdueCount: 2,
    });

    // Only who may file a request for this customer reads them: not the approvers, not another department.
    for (const user of ['gdm', 'gceo', 'gsup', 'gsvcdm']) {
      expect((await api(user, 'GET', url)).statusCode).toBe(403);
    }
    expect((await api('gam', 'GET', '/api/v1/customers/999999/grade-figures')).statusCode).toBe(404);
  });
});
