import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

// 客户编号 come from SQL (customer_code_seq and hf_next_customer_code, migration 0002): this file has a database of
// its own, so the first customer is KH0001, and moves the sequence to the four-digit limit.
let t: TestApp;
let am: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  am = await newUser(t, 'am', ['account_manager'], '销售部');
});
afterAll(() => t.close());

describe('customer numbering (客户编号)', () => {
  it('numbers KH0001 onwards with four digits, and goes on to five after KH9999', async () => {
    const first = await newCustomer(t, am, { name: '第一家客户' });
    expect(first.code).toBe('KH0001');
    await sql`select setval('customer_code_seq', 9998)`.execute(t.database.db);
    const last4 = await newCustomer(t, am, { name: '第九千九百九十九家客户' });
    const first5 = await newCustomer(t, am, { name: '第一万家客户' });
    expect([last4.code, first5.code], 'codes on both sides of KH9999').toEqual(['KH9999', 'KH10000']);
    // Code order is numbering order (KH10000 after KH9999, which text order would not give) …
    const byCode = (await callAs(t, am, 'GET', '/api/v1/customers?sort=code')).json().items;
    expect(byCode.map((c: { code: string }) => c.code)).toEqual(['KH0001', 'KH9999', 'KH10000']);
    // … and a five-digit code is looked up as a whole code, not as a piece of another.
    for (const q of ['KH10000', 'kh10000']) {
      const found = (await callAs(t, am, 'GET', `/api/v1/customers?q=${q}`)).json().items;
      expect(
        found.map((c: { code: string }) => c.code),
        q,
      ).toEqual(['KH10000']);
    }
  });
});
