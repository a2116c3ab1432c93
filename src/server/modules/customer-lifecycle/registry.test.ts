import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser } from '../../test/fixtures.ts';
import { runLifecycles } from './hooks.ts';
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

  it('destroys a customer with its whole follow-up history: tasks, attempts, records, reviews, actions, revisits', async () => {
    const am = await newUser(t, 'lcam', ['account_manager'], '销售部');
    const supervisor = await newUser(t, 'lcsup', ['supervisor'], '销售部');
    const { id: customerId } = await newCustomer(t, am, { name: '销毁全流程测试公司' });
    const { id: taskId } = await t.database.db
      .insertInto('followup_tasks')
      .values({
        customer_id: customerId,
        source_key: 'lc:1',
        type: 'routine',
        method: 'phone',
        assignee_id: am.id,
        start_at: new Date(),
        due_at: new Date(Date.now() + 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await callAs(t, am, 'POST', `/api/v1/followup-tasks/${taskId}/attempts`, { outcome: 'busy' });
    const record = await callAs(t, am, 'POST', '/api/v1/followup-records', {
      taskId,
      method: 'phone',
      contactedAt: new Date(Date.now() - 60_000).toISOString(),
      resolved: false,
    });
    expect(record.statusCode).toBe(201);
    const recordId = record.json().id as number;
    await callAs(t, supervisor, 'POST', `/api/v1/followup-records/${recordId}/return`, { comment: '请补充' });
    await callAs(t, am, 'POST', `/api/v1/followup-records/${recordId}/actions`, { kind: 'onsite_visit' });
    const reviewIds = (
      await t.database.db
        .selectFrom('followup_record_reviews')
        .select('id')
        .where('record_id', '=', recordId)
        .execute()
    ).map((r) => r.id);
    expect(reviewIds).toHaveLength(1);

    await t.database.db
      .transaction()
      .execute((trx) => runLifecycles(CUSTOMER_LIFECYCLES, 'destroy', trx, [customerId]));
    for (const table of ['followup_tasks', 'followup_records', 'followup_attempts'] as const) {
      const left = await t.database.db
        .selectFrom(table)
        .select('id')
        .where('customer_id', '=', customerId)
        .execute();
      expect(left, table).toEqual([]);
    }
    const reviews = await t.database.db
      .selectFrom('followup_record_reviews')
      .select('id')
      .where('record_id', '=', recordId)
      .execute();
    expect(reviews).toEqual([]);
    const approvals = await t.database.db
      .selectFrom('approvals')
      .select('id')
      .where('workflow', '=', 'record_review')
      .where('subject_id', 'in', reviewIds)
      .execute();
    expect(approvals).toEqual([]);
  });
});
