import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextOf,
  createTestApp,
  createUserAs,
  TEST_ADMIN_PASSWORD,
  type TestApp,
} from '../../test/app-helper.ts';
import { checklist } from './service.ts';

let t: TestApp;
let admin: string;
const read = async (cookie = admin) => t.call(cookie, { method: 'GET', url: '/api/v1/setup/checklist' });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
});
afterAll(() => t.close());

describe('the first-run checklist (初始设置)', () => {
  it('starts with nothing done after the bootstrap, and each step turns done as its data appears', async () => {
    const fresh = (await read()).json();
    // The bootstrap's seven default departments are not yet the company's own tree.
    expect(fresh.departments).toEqual({ done: false, departments: 7 });
    expect(fresh.users).toEqual({ done: false, businessUsers: 0 });
    expect(fresh.preset).toEqual({ done: false, activeRules: 0, presets: [] });
    expect(fresh.customers).toMatchObject({ done: false, customers: 0, youMayImport: false, importers: 0 });
    // The administrator may not import: the checklist names who may (客户经理 by default).
    expect(fresh.customers.importRoles).toContainEqual({
      key: 'account_manager',
      nameZh: '客户经理',
      nameEn: 'Account manager',
    });
    expect(fresh.calendar.done).toBe(fresh.calendar.missingYears.length === 0);
    expect(fresh.doneCount).toBe(fresh.calendar.done ? 1 : 0);
    expect(fresh.total).toBe(5);

    const department = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      payload: { name: '华北销售部' },
    });
    expect(department.statusCode).toBe(201);
    expect((await read()).json().departments).toEqual({ done: true, departments: 8 });

    await createUserAs(t, admin, {
      username: 'setupam',
      roles: ['account_manager'],
      departmentName: '销售部',
    });
    const withUser = (await read()).json();
    expect(withUser.users).toEqual({ done: true, businessUsers: 1 });
    expect(withUser.customers).toMatchObject({ done: false, importers: 1 });

    const installed = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-presets/b2b/install',
      payload: {},
    });
    expect(installed.statusCode).toBe(200);
    const withRules = (await read()).json();
    expect(withRules.preset.done).toBe(true);
    expect(withRules.preset.activeRules).toBe(installed.json().installed);
    expect(withRules.preset.presets).toEqual([
      { key: 'b2b', nameZh: '通用 B2B', nameEn: expect.any(String) },
    ]);

    const am = await t.login('setupam', 'Passw0rd!');
    const customer = await t.call(am, {
      method: 'POST',
      url: '/api/v1/customers',
      payload: { name: '保定恒通商贸' },
    });
    expect(customer.statusCode).toBe(201);
    const withCustomer = (await read()).json();
    expect(withCustomer.customers).toMatchObject({ done: true, customers: 1, moreThanShown: false });
    expect(withCustomer.doneCount).toBe(withCustomer.calendar.done ? 5 : 4);
  });

  it('asks for this year’s and next year’s holidays until both are known', async () => {
    const ctx = await contextOf(t, admin);
    // A year the bundled statutory calendar does not cover, so the answer does not depend on today's date.
    const later = new Date('2031-06-01T04:00:00Z');
    expect((await checklist(t.database.db, ctx, 'Asia/Shanghai', later)).calendar).toEqual({
      done: false,
      missingYears: [2031, 2032],
    });
    for (const year of [2031, 2032]) {
      const saved = await t.call(admin, {
        method: 'PUT',
        url: `/api/v1/calendar/years/${year}`,
        payload: { holidays: [`${year}-01-01`], workdays: [], note: '国务院办公厅通知' },
      });
      expect(saved.statusCode).toBe(200);
    }
    expect((await checklist(t.database.db, ctx, 'Asia/Shanghai', later)).calendar).toEqual({
      done: true,
      missingYears: [],
    });
  });

  it('is the administrator’s: others are refused', async () => {
    const am = await t.login('setupam', 'Passw0rd!');
    expect((await read(am)).statusCode).toBe(403);
    expect((await t.call(undefined, { method: 'GET', url: '/api/v1/setup/checklist' })).statusCode).toBe(401);
  });
});
