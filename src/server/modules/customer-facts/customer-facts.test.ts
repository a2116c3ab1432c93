import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
const cookie: Record<string, string> = {};
let customerId: number;
const api = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.call(cookie[user], { method, url, payload });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const name of ['owner', 'other']) {
    await createUserAs(t, admin, { username: name, roles: ['account_manager'], departmentName: '销售部' });
    cookie[name] = await t.login(name, 'Passw0rd!');
  }
  customerId = (
    await api('owner', 'POST', '/api/v1/customers', {
      name: '晨光文具',
      firstCooperationOn: '2016-01-01',
      prospects: 10,
    })
  ).json().id;
});
afterAll(() => t.close());

describe('transactions, contracts and service events', () => {
  it('records a sale, rescoring the customer, and shows cooperation details only to who may see 绝密', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const sale = await api('owner', 'POST', '/api/v1/transactions', {
      customerId,
      occurredOn: today,
      amount: '125000',
      productClass: 'A',
      product: '办公用品年度采购',
      dueOn: today,
      paidOn: today,
    });
    expect(sale.statusCode).toBe(201);
    expect(sale.json()).toMatchObject({ amount: '125000.00', productClass: 'A' });
    const detail = (await api('owner', 'GET', `/api/v1/customers/${customerId}`)).json();
    // profit 43750/37500 → 30, amount 30, years 10, credit 20, prospects 10
    expect(detail.score).toBe(100);

    const denied = await api('other', 'GET', `/api/v1/customers/${customerId}/transactions`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().detail).toContain('绝密');
    expect(
      (await api('other', 'POST', '/api/v1/transactions', { customerId, occurredOn: today, amount: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await api('owner', 'GET', `/api/v1/customers/${customerId}/transactions`)).json().items,
    ).toHaveLength(1);
  });

  it('re-scores every scored customer at once when an admin changes the score weights', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const partial = (await api('owner', 'POST', '/api/v1/customers', { name: '半程贸易' })).json().id;
    await api('owner', 'POST', '/api/v1/transactions', {
      customerId: partial,
      occurredOn: today,
      amount: '62500',
      productClass: 'B',
      dueOn: today,
      paidOn: today,
    });
    // profit 15625/37500 of 30 → 12.5, amount half of 30 → 15, no years, credit 20, no prospects
    expect((await api('owner', 'GET', `/api/v1/customers/${partial}`)).json().score).toBe(47.5);
    const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
    const rules = (await t.call(admin, { method: 'GET', url: '/api/v1/settings/customer-rules' })).json();
    expect(rules.weights).toEqual({ profit: 30, orderAmount: 30, years: 10, credit: 20, prospects: 10 });
    const put = (weights: object) =>
      t.call(admin, {
        method: 'PUT',
        url: '/api/v1/settings/customer-rules',
        payload: { ...rules, weights },
      });
    const wrongSum = await put({ ...rules.weights, credit: 25 });
    expect(wrongSum.statusCode).toBe(400);
    expect(wrongSum.json().errors).toEqual([{ field: 'weights', message: '各项权重合计应为 100，现为 105' }]);
    expect(
      (await put({ profit: 10, orderAmount: 50, years: 10, credit: 20, prospects: 10 })).statusCode,
    ).toBe(200);
    // profit 4.2 + amount 25 + credit 20
    expect((await api('owner', 'GET', `/api/v1/customers/${partial}`)).json().score).toBe(49.2);
    expect((await api('owner', 'GET', `/api/v1/customers/${customerId}`)).json().score).toBe(100);
    await put(rules.weights);
    expect((await api('owner', 'GET', `/api/v1/customers/${partial}`)).json().score).toBe(47.5);
  });

  it('checks contract dates and amounts', async () => {
    const bad = await api('owner', 'POST', '/api/v1/contracts', {
      customerId,
      title: '年度框架协议',
      amount: 'abc',
      startsOn: '2026-06-01',
      endsOn: '2026-01-01',
    });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['amount', 'endsOn']);
    const good = await api('owner', 'POST', '/api/v1/contracts', {
      customerId,
      title: '年度框架协议',
      amount: 300000,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect(good.json()).toMatchObject({ amount: '300000.00', endsOn: '2026-12-31' });
  });

  it('names an unknown staff member instead of failing on the foreign key', async () => {
    const response = await api('owner', 'POST', '/api/v1/service-events', {
      customerId,
      kind: 'repair',
      occurredAt: '2026-03-02T10:00:00+08:00',
      staffId: 2_147_483_648,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'staffId', message: '服务人员不存在或已停用' }]);
  });

  it('keeps a timeline of everything that happened', async () => {
    await api('owner', 'POST', '/api/v1/service-events', {
      customerId,
      kind: 'installation',
      occurredAt: '2026-03-01T10:00:00+08:00',
      product: '智能货架',
      summary: '完成安装调试',
    });
    const ownerView = (await api('owner', 'GET', `/api/v1/customers/${customerId}/timeline`)).json().items;
    const kinds = ownerView.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'service:installation',
        'transaction:sale',
        'contract',
        'tier:created',
        'audit:customers.created',
      ]),
    );
    const otherView = (await api('other', 'GET', `/api/v1/customers/${customerId}/timeline`)).json().items;
    expect(otherView.some((e: { kind: string }) => e.kind.startsWith('transaction'))).toBe(false);
    expect(otherView.some((e: { kind: string }) => e.kind === 'service:installation')).toBe(true);
  });
});
