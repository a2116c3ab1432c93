import ExcelJS from 'exceljs';
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
    ['gceo', ['executive'], '总经理办公室'],
    ['gsup', ['supervisor'], '客户服务部'],
  ] as const) {
    await createUserAs(t, admin, { username: name, roles: [...roles], departmentName: dept });
    cookie[name] = await t.login(name, 'Passw0rd!');
  }
  const created = await api('gam', 'POST', '/api/v1/customers', {
    name: '成都天府制药',
    annualAmount: '800000',
  });
  expect(created.json().tier).toBe('A');
  customerId = created.json().id;
});
afterAll(() => t.close());

describe('大客户登记名单', () => {
  it('lists key accounts with their year figures for the executive only', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await api('gam', 'POST', '/api/v1/transactions', {
      customerId,
      occurredOn: today,
      amount: '200000',
      quantity: 40,
    });
    await api('gam', 'POST', '/api/v1/transactions', {
      customerId,
      occurredOn: today,
      amount: '10000',
      quantity: 2,
      kind: 'return',
    });
    const list = (await api('gceo', 'GET', '/api/v1/reports/key-accounts')).json();
    expect(list.tiers).toEqual([{ tier: 'A', customers: 1 }]);
    expect(list.items[0]).toMatchObject({
      code: 'KH0001',
      deals: 1,
      quantity: 40,
      amount: '200000.00',
      returnRate: 5,
    });
    expect((await api('gsup', 'GET', '/api/v1/reports/key-accounts')).statusCode).toBe(403);

    const file = await api('gceo', 'GET', '/api/v1/reports/key-accounts/export?tier=A');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('A类客户');
    expect(sheet?.getRow(1).values).toContain('交易金额（元）');
    expect(sheet?.getRow(2).values).toEqual(expect.arrayContaining(['KH0001', 200000, 5]));
    expect(book.getWorksheet('导出信息')?.getRow(1).values).toContain('导出人');
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'customers.key_accounts_exported')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await api('gsup', 'GET', '/api/v1/reports/key-accounts/export')).statusCode).toBe(403);
  });
});
