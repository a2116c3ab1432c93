import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../src/server/test/app-helper.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './organisation.ts';
import { DEMO_CUSTOMER_COUNT, seedDemo } from './seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  // Seeding a year of business and two weeks of follow-ups for a few hundred customers takes ≈25 s alone, more
  // beside other test files.
  it('creates a user for every role who can sign in with the documented password, once', {
    timeout: 240_000,
  }, async () => {
    expect(await seedDemo(t.app, t.database, TEST_ADMIN_PASSWORD)).toBe(true);
    expect(await seedDemo(t.app, t.database, TEST_ADMIN_PASSWORD)).toBe(false);
    const roles = new Set(DEMO_USERS.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual([
      'account_manager',
      'admin',
      'agent',
      'analyst',
      'dept_manager',
      'executive',
      'marketing',
      'supervisor',
    ]);
    const cookie = await t.login('chenjing', DEMO_PASSWORD);
    const me = (await t.call(cookie, { method: 'GET', url: '/api/v1/auth/me' })).json();
    expect(me).toMatchObject({ displayName: '陈静', roles: ['agent'], mustChangePassword: false });

    const boss = await t.login('wangzong', DEMO_PASSWORD);
    const tiers = new Set<string>();
    let cursor = '';
    let count = 0;
    do {
      const page = (
        await t.call(boss, { method: 'GET', url: `/api/v1/customers?limit=200&cursor=${cursor}` })
      ).json();
      for (const c of page.items) tiers.add(c.tier);
      count += page.items.length;
      cursor = page.nextCursor ?? '';
    } while (cursor);
    expect(count).toBe(DEMO_CUSTOMER_COUNT);
    expect([...tiers].sort()).toEqual(['A', 'B', 'C']);
    const facts = await t.database.db
      .selectFrom('customers as c')
      .select((eb) => [
        eb.selectFrom('transactions').select(eb.fn.countAll<number>().as('n')).as('transactions'),
        eb.selectFrom('contracts').select(eb.fn.countAll<number>().as('n')).as('contracts'),
        eb.selectFrom('service_events').select(eb.fn.countAll<number>().as('n')).as('events'),
        eb.fn.count<number>('c.score').as('scored'),
      ])
      .executeTakeFirstOrThrow();
    // Cooperating customers have a year of sales (scored from them), many a contract and service visits.
    expect(Number(facts.transactions)).toBeGreaterThan(DEMO_CUSTOMER_COUNT);
    expect(Number(facts.contracts)).toBeGreaterThan(DEMO_CUSTOMER_COUNT / 3);
    expect(Number(facts.events)).toBeGreaterThan(DEMO_CUSTOMER_COUNT / 3);
    expect(Number(facts.scored)).toBeGreaterThan(DEMO_CUSTOMER_COUNT / 2);

    // Weeks of follow-up work under 通用 B2B: done, overdue and open tasks; records signed, sent back, waiting.
    const statuses = async (
      table: 'followup_tasks' | 'followup_records',
      column: 'status' | 'review_status',
    ) =>
      Object.fromEntries(
        (
          await t.database.db
            .selectFrom(table)
            .select([column, (eb) => eb.fn.countAll<number>().as('n')])
            .groupBy(column)
            .execute()
        ).map((r) => [(r as Record<string, unknown>)[column], Number(r.n)]),
      );
    const tasks = await statuses('followup_tasks', 'status');
    expect(tasks.done).toBeGreaterThan(100);
    expect(tasks.overdue).toBeGreaterThan(0);
    expect(tasks.pending).toBeGreaterThan(0);
    const reviews = await statuses('followup_records', 'review_status');
    expect(reviews.approved).toBeGreaterThan(reviews.returned);
    expect(reviews.returned).toBeGreaterThan(0);
    expect(reviews.provisional).toBeGreaterThan(0);
    // An account manager's worklist and the customers' last follow-up show the history.
    const am = await t.login('zhoujie', DEMO_PASSWORD);
    const worklist = (await t.call(am, { method: 'GET', url: '/api/v1/worklist' })).json();
    expect(worklist.counts.now + worklist.counts.overdue + worklist.counts.upcoming).toBeGreaterThan(0);
    // Issues in every status and urgency, some escalated, one reopened by an unhappy revisit.
    const issues = (await t.call(boss, { method: 'GET', url: '/api/v1/issues?limit=200' })).json().items as {
      status: string;
      urgency: string;
      cycle: number;
      escalationLevel: string | null;
    }[];
    expect(new Set(issues.map((i) => i.status))).toEqual(
      new Set(['pending', 'in_progress', 'resolved', 'closed', 'no_action']),
    );
    expect(new Set(issues.map((i) => i.urgency))).toEqual(new Set(['normal', 'urgent', 'major']));
    expect(issues.some((i) => i.cycle === 2 && i.status === 'in_progress')).toBe(true);
    expect(
      issues.some((i) => i.escalationLevel === 'supervisor' || i.escalationLevel === 'department_head'),
    ).toBe(true);
    // The 客户服务部 manager has a solution plan waiting for her; the others were approved before resolving.
    const leader = await t.login('zhaomin', DEMO_PASSWORD);
    const plans = (await t.call(leader, { method: 'GET', url: '/api/v1/issue-plans?box=all' })).json()
      .items as {
      status: string;
    }[];
    expect(plans.map((p) => p.status).sort()).toEqual(expect.arrayContaining(['approved', 'pending']));
    // Every approver's box has something waiting: access (机密 for 赵敏, 绝密 for 王总), a grade request at each
    // step (孙浩's, then 王总's), an export for 孙浩.
    const waiting = async (cookie: string, list: string) =>
      (await t.call(cookie, { method: 'GET', url: `/api/v1/${list}?box=to_approve` })).json().items as {
        status: string;
        level?: string;
      }[];
    const sales = await t.login('sunhao', DEMO_PASSWORD);
    expect((await waiting(leader, 'access-requests')).map((r) => r.level)).toEqual(['confidential']);
    expect((await waiting(boss, 'access-requests')).map((r) => r.level)).toContain('top_secret');
    expect((await waiting(sales, 'grade-requests')).map((r) => r.status)).toEqual(['pending_dept']);
    expect((await waiting(boss, 'grade-requests')).map((r) => r.status)).toEqual(['pending_exec']);
    expect((await waiting(sales, 'export-requests')).map((r) => r.status)).toEqual(['pending']);
    // The grade requests carry the figures the system counted for the customer.
    const mine = (await t.call(am, { method: 'GET', url: '/api/v1/grade-requests?box=mine' })).json().items;
    expect(mine[0].figures).toMatchObject({ deals: expect.any(Number), amount: expect.any(String) });
    expect(mine[0].figures.deals).toBeGreaterThan(0);
    const visited = (await t.call(boss, { method: 'GET', url: '/api/v1/customers?limit=200' })).json();
    expect(visited.items.some((c: { lastFollowupAt: string | null }) => c.lastFollowupAt !== null)).toBe(
      true,
    );
  });
});
