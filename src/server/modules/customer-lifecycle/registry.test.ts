import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { CUSTOMER_LIFECYCLES } from './registry.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('customer lifecycle registry', () => {
  it('covers every table that references customers, so merge and destruction leave no row behind', async () => {
    const referencing = await sql<{ table_name: string }>`
      select distinct tc.table_name from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'customers' and tc.table_name <> 'customers'
      order by tc.table_name`.execute(t.database.db);
    const declared = new Set(CUSTOMER_LIFECYCLES.map((l) => l.name));
    const missing = referencing.rows.map((r) => r.table_name).filter((name) => !declared.has(name));
    expect(
      missing,
      'tables referencing customers without a lifecycle in customer-lifecycle/registry.ts',
    ).toEqual([]);
    for (const lifecycle of CUSTOMER_LIFECYCLES) {
      expect(lifecycle.merge, `${lifecycle.name} says what a merge does`).toBeTypeOf('function');
      expect(lifecycle.destroy, `${lifecycle.name} says what a destruction does`).toBeTypeOf('function');
    }
  });
});
