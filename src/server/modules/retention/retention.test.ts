import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const api = (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  t.call(cookies[user], { method, url, payload });

/** The company's date N years (and days) ago; the test time zone is the default Asia/Shanghai. */
function yearsAgo(years: number, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestApp();
  cookies.admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const [username, roles] of [
    ['owner', ['account_manager']],
    ['boss', ['executive']],
  ] as const) {
    await createUserAs(t, cookies.admin, { username, roles: [...roles], departmentName: '销售部' });
    cookies[username] = await t.login(username, 'Passw0rd!');
  }
  for (const [key, name, lostOn, mobile] of [
    ['old', '久远流失公司', yearsAgo(3), '13600001111'],
    ['recent', '刚好未满公司', yearsAgo(3, 1), '13600002222'],
  ] as const) {
    const created = await api('owner', 'POST', '/api/v1/customers', {
      name,
      status: 'lost',
      lostReason: '经营不善，已停止合作',
      lostOn,
      contacts: [{ name: '赵六', mobile }],
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    ids[key] = created.json().id;
  }
  await api('owner', 'POST', '/api/v1/transactions', {
    customerId: ids.old,
    occurredOn: yearsAgo(4),
    amount: '50000',
  });
});
afterAll(() => t.close());

describe('数据销毁', () => {
  it('lists archives lost N years ago or earlier, and destroys them only once the executive approves', async () => {
    const due = (await api('admin', 'GET', '/api/v1/data-retention/due')).json();
    expect(due.retentionYears).toBe(3);
    expect(
      due.items.map((c: { name: string }) => c.name),
      'due: lost exactly N years ago or earlier',
    ).toEqual(['久远流失公司']);

    const early = await api('admin', 'POST', '/api/v1/data-retention/requests', {
      customerIds: [ids.old, ids.recent],
      reason: '超过保存期限',
    });
    expect(early.json().errors[0].message).toBe('未过保存期限，不能销毁：KH0002');
    const request = (
      await api('admin', 'POST', '/api/v1/data-retention/requests', {
        customerIds: [ids.old],
        reason: '超过保存期限',
      })
    ).json();
    expect(request).toMatchObject({
      status: 'pending',
      customers: [{ code: 'KH0001', name: '久远流失公司' }],
    });

    expect(
      (await api('admin', 'POST', `/api/v1/data-retention/requests/${request.id}/approve`, {})).statusCode,
    ).toBe(403);
    // Nothing is destroyed before the approval.
    expect((await api('owner', 'GET', `/api/v1/customers/${ids.old}`)).statusCode).toBe(200);
    const approved = await api('boss', 'POST', `/api/v1/data-retention/requests/${request.id}/approve`, {});
    expect(approved.json()).toMatchObject({ status: 'approved', decidedByName: '测试boss' });

    expect((await api('owner', 'GET', `/api/v1/customers/${ids.old}`)).statusCode).toBe(404);
    const list = (await api('owner', 'GET', '/api/v1/customers')).json().items;
    expect(list.map((c: { name: string }) => c.name)).toEqual(['刚好未满公司']);
    const tombstone = await t.database.db
      .selectFrom('customers')
      .select(['name', 'lost_on', 'address', 'destroyed_at'])
      .where('id', '=', ids.old as number)
      .executeTakeFirstOrThrow();
    expect(tombstone).toMatchObject({ name: '已销毁客户 KH0001', lost_on: yearsAgo(3), address: null });
    const left = await sql<{
      n: number;
    }>`select (select count(*) from contacts where customer_id = ${ids.old})
      + (select count(*) from transactions where customer_id = ${ids.old}) as n`.execute(t.database.db);
    expect(Number(left.rows[0]?.n)).toBe(0);
    const audit = (await api('admin', 'GET', '/api/v1/audit-events?action=customers.destroyed')).json().items;
    expect(audit[0].details).toMatchObject({ codes: ['KH0001'], deleted: { contacts: 1, transactions: 1 } });
  });

  it('never counts a customer without a 流失 date: one lost long ago and won back is not due', async () => {
    const created = await api('owner', 'POST', '/api/v1/customers', {
      name: '失而复得公司',
      status: 'lost',
      lostReason: '价格原因',
      lostOn: yearsAgo(5),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    try {
      const back = await api('owner', 'PATCH', `/api/v1/customers/${id}`, { status: 'active' });
      expect(back.json()).toMatchObject({ status: 'active', lostOn: null });
      const due = (await api('admin', 'GET', '/api/v1/data-retention/due')).json().items;
      expect(due.map((c: { id: number }) => c.id)).not.toContain(id);
      const refused = await api('admin', 'POST', '/api/v1/data-retention/requests', {
        customerIds: [id],
        reason: '超过保存期限',
      });
      expect(refused.json().errors[0].message).toBe(`未过保存期限，不能销毁：${created.json().code}`);
    } finally {
      // The other tests count the customers they list.
      await t.database.db
        .updateTable('customers')
        .set({ deleted_at: new Date() })
        .where('id', '=', id)
        .execute();
    }
  });

  it('leaves everything as it was when the destruction fails part-way', async () => {
    await api('admin', 'PUT', '/api/v1/settings/customer-rules', {
      ...(await api('admin', 'GET', '/api/v1/settings/customer-rules')).json(),
      retentionYears: 1,
    });
    const request = (
      await api('admin', 'POST', '/api/v1/data-retention/requests', {
        customerIds: [ids.recent],
        reason: '到期',
      })
    ).json();
    await sql`create function test_fail_destroy() returns trigger language plpgsql as $$
      begin raise exception 'disk full'; end $$`.execute(t.database.db);
    await sql`create trigger test_fail_destroy before delete on transactions
      for each statement execute function test_fail_destroy()`.execute(t.database.db);
    const failed = await api('boss', 'POST', `/api/v1/data-retention/requests/${request.id}/approve`, {});
    expect(failed.statusCode).toBe(500);
    await sql`drop trigger test_fail_destroy on transactions`.execute(t.database.db);
    const contacts = (await api('owner', 'GET', `/api/v1/customers/${ids.recent}/contacts`)).json().items;
    expect(contacts).toHaveLength(1);
    const pending = (await api('boss', 'GET', '/api/v1/data-retention/requests')).json().items;
    expect(pending.find((r: { id: number }) => r.id === request.id).status).toBe('pending');
  });
});
