import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_AUDIENCE, newRuleDefinition } from '../../../domain/followups/rules.ts';
import { openDatabase } from '../../db/connection.ts';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';
import { generateTasks } from './generation.ts';

// Generation as a customer-service department meets it: the 通用 B2B preset installed, customers of two account
// managers, events from the archive, and runs "as of" chosen moments through the job's 立即运行.

const TZ = 'Asia/Shanghai';
const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;
const at = (local: string) => new Date(`${local}+08:00`);
let t: TestApp;
let admin: string;
let am: TestUser;
let agent: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminCookie(t);
  am = await newUser(t, 'genam', ['account_manager'], '销售部');
  agent = await newUser(t, 'genagent', ['agent'], '销售部');
});
afterAll(() => t?.close());

const run = async (asOf: Date) => {
  const answer = await t.call(admin, {
    method: 'POST',
    url: '/api/v1/jobs/followup-generation/run',
    payload: { asOf: asOf.toISOString() },
  });
  expect(answer.statusCode).toBe(200);
  return answer.json() as { created: number; result: { created: number; overdue: number } };
};

const tasksOf = (customerId: number) =>
  t.database.db
    .selectFrom('followup_tasks as t')
    .leftJoin('followup_rules as r', 'r.id', 't.rule_id')
    .select([
      't.id',
      'r.preset_rule as rule',
      't.method',
      't.assignee_id',
      't.start_at',
      't.due_at',
      't.status',
      't.contact_despite_dnc',
    ])
    .where('t.customer_id', '=', customerId)
    .orderBy('t.start_at')
    .execute();

/** As the application saves a customer: the change is stamped (generation looks again at changed customers). */
const setCustomer = (id: number, values: { tier?: string; do_not_contact?: boolean; tags?: string[] }) =>
  t.database.db
    .updateTable('customers')
    .set({ ...values, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();

describe('presets', () => {
  it('installs 通用 B2B once: a second install adds nothing', async () => {
    const first = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-presets/b2b/install',
      payload: {},
    });
    expect(first.json()).toMatchObject({ preset: 'b2b', skipped: 0 });
    const installed = first.json().installed as number;
    expect(installed).toBeGreaterThan(5);
    const second = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-presets/b2b/install',
      payload: {},
    });
    expect(second.json()).toEqual({ preset: 'b2b', installed: 0, skipped: installed });
    const rules = await t.call(admin, { method: 'GET', url: '/api/v1/followup-rules?preset=b2b' });
    expect(rules.json().items).toHaveLength(installed);
    expect(
      (await t.call(admin, { method: 'POST', url: '/api/v1/followup-presets/nope/install', payload: {} }))
        .statusCode,
    ).toBe(404);
  });
});

describe('generation under 通用 B2B', () => {
  it('gives an A customer its visit and calls by its owner, never two proactive contacts in one week, and nothing twice', async () => {
    const a = await newCustomer(t, am, { name: '甲级机械有限公司' });
    await setCustomer(a.id, { tier: 'A' });
    // Two weeks of runs up to the last day of December: the month's visit, whatever day it was planned on, is
    // made by then, and at least one of the two weeks has its call (the other may hold the visit).
    const before = await run(at('2026-12-24T09:00'));
    const first = await run(at('2026-12-31T09:00'));
    expect(before.created + first.created).toBeGreaterThan(1);
    const tasks = await tasksOf(a.id);
    // Only the A-tier routines apply to a new customer (no issue, contract or visit yet).
    expect(new Set(tasks.map((x) => x.rule))).toEqual(
      new Set(['b2b.a-onsite-monthly', 'b2b.a-phone-weekly']),
    );
    expect(tasks.some((x) => x.rule === 'b2b.a-onsite-monthly')).toBe(true);
    expect(tasks.every((x) => x.assignee_id === am.id)).toBe(true);
    // The weekly cap (1): no calendar week holds two of this customer's proactive tasks.
    const weeks = tasks.map((x) => weekOf(x.start_at));
    expect(new Set(weeks).size).toBe(weeks.length);
    // The visit is due as December's last working day ends.
    expect(tasks.find((x) => x.rule === 'b2b.a-onsite-monthly')?.due_at).toEqual(at('2027-01-01T00:00'));

    const again = await run(at('2026-12-31T10:00'));
    expect(again.created).toBe(0);
    expect(await tasksOf(a.id)).toHaveLength(tasks.length);
  });

  it('plans, on a run that repeats the day’s plan, the customers changed since — and only looks at those', async () => {
    // A Friday: its plan reaches Monday, so the whole week's call (or the visit that takes its place) is made.
    const asOf = at('2027-02-12T09:00');
    await run(asOf);
    const promoted = await newCustomer(t, am, { name: '后升甲级测试公司' });
    const untouched = await newCustomer(t, am, { name: '未经程序改级测试公司' });
    const marks = await t.database.db.selectFrom('followup_plan_marks').select('planned_at').execute();
    expect(marks.length).toBeGreaterThan(0);
    // Both were saved well before that pass (an hour's margin included).
    await t.database.db
      .updateTable('customers')
      .set({ updated_at: new Date(Date.now() - 5 * 3_600_000) })
      .where('id', 'in', [promoted.id, untouched.id])
      .execute();
    await t.database.db
      .updateTable('followup_plan_marks')
      .set({ planned_at: new Date(Date.now() - 3 * 3_600_000) })
      .execute();
    await setCustomer(promoted.id, { tier: 'A' });
    // Changed behind the application's back: no stamp, so the repeated plan does not look at it.
    await t.database.db.updateTable('customers').set({ tier: 'A' }).where('id', '=', untouched.id).execute();
    const second = await run(new Date(asOf.getTime() + 3_600_000));
    expect(second.created).toBeGreaterThan(0);
    expect((await tasksOf(promoted.id)).length).toBeGreaterThan(0);
    expect(await tasksOf(untouched.id)).toEqual([]);
    // A new day's plan (another horizon) is a full pass again: by Friday the next week is planned whole.
    await run(at('2027-02-19T09:00'));
    expect((await tasksOf(untouched.id)).length).toBeGreaterThan(0);
  });

  it('keeps every A customer’s monthly visit when runs go day by day: the cap holds the week’s call back, never the visit', async () => {
    const customers = [];
    for (let i = 0; i < 12; i++) {
      const c = await newCustomer(t, am, { name: `逐日生成${i}号机械公司` });
      await setCustomer(c.id, { tier: 'A' });
      customers.push(c.id);
    }
    for (let day = 1; day <= 31; day++) await run(at(`2026-12-${String(day).padStart(2, '0')}T00:10`));
    for (const id of customers) {
      const december = (await tasksOf(id)).filter(
        (x) => x.start_at >= at('2026-11-30T00:00') && x.start_at < at('2027-01-01T00:00'),
      );
      expect(december.filter((x) => x.rule === 'b2b.a-onsite-monthly')).toHaveLength(1);
      // One proactive contact a week: the visit's week has no call.
      const weeks = december.map((x) => weekOf(x.start_at));
      expect(new Set(weeks).size).toBe(weeks.length);
      expect(weeks).toEqual(expect.arrayContaining(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21']));
    }
  });

  it('throttles a customer who dislikes calls, or writes to them instead', async () => {
    const quiet = await newCustomer(t, am, { name: '少打扰机械公司', followupWeeklyCap: 0 });
    await setCustomer(quiet.id, { tier: 'A' });
    const writer = await newCustomer(t, am, { name: '只收邮件贸易公司', preferredChannel: 'E-mail' });
    await setCustomer(writer.id, { tier: 'A' });
    await run(at('2026-12-21T09:00'));
    expect(await tasksOf(quiet.id)).toEqual([]);
    const written = await tasksOf(writer.id);
    expect(written.find((x) => x.rule === 'b2b.a-phone-weekly')?.method ?? 'email').toBe('email');
    expect(written.map((x) => x.method)).not.toContain('phone');
    expect(written.length).toBeGreaterThan(0);
  });

  it('leaves out a customer who asked not to be contacted', async () => {
    const quiet = await newCustomer(t, am, { name: '免打扰贸易公司' });
    await setCustomer(quiet.id, { tier: 'A', do_not_contact: true });
    await run(at('2026-12-02T09:00'));
    expect(await tasksOf(quiet.id)).toEqual([]);
  });

  it('revisits a resolved issue within 2 working days: resolved 2025-09-30, due as 2025-10-10 ends, by the owner', async () => {
    const c = await newCustomer(t, am, { name: '国庆回访科技公司' });
    await t.database.db
      .insertInto('followup_events')
      .values({
        customer_id: c.id,
        kind: 'issue_resolved',
        occurred_at: at('2025-09-30T16:00'),
        severity: 'general',
      })
      .execute();
    await run(at('2025-10-01T09:00'));
    const [task] = (await tasksOf(c.id)).filter((x) => x.rule === 'b2b.post-resolution');
    expect(task).toMatchObject({ method: 'phone', assignee_id: am.id, status: 'pending' });
    expect(task?.due_at).toEqual(at('2025-10-11T00:00'));

    // Past its deadline, the next run marks it overdue.
    await run(at('2025-10-11T08:00'));
    expect((await tasksOf(c.id)).find((x) => x.rule === 'b2b.post-resolution')?.status).toBe('overdue');
  });

  it('warns 30 days before a contract ends, and has a logged sales visit verified by an agent of the team', async () => {
    const c = await newCustomer(t, am, { name: '合同到期电子公司' });
    await t.database.db
      .insertInto('contracts')
      .values({ customer_id: c.id, title: '年度维保合同', starts_on: '2026-01-01', ends_on: '2026-12-25' })
      .execute();
    await t.database.db
      .insertInto('service_events')
      .values({
        customer_id: c.id,
        kind: 'sales_visit',
        occurred_at: at('2026-11-30T15:00'),
        staff_id: am.id,
      })
      .execute();
    await run(at('2026-11-30T18:00'));
    const tasks = await tasksOf(c.id);
    const expiry = tasks.find((x) => x.rule === 'b2b.contract-expiry');
    expect(expiry?.start_at).toEqual(at('2026-11-25T00:00'));
    const verification = tasks.find((x) => x.rule === 'b2b.visit-verification');
    expect(verification?.due_at).toEqual(at('2026-12-01T15:00'));
    expect(verification?.assignee_id).toBe(agent.id);
  });
});

describe('greetings', () => {
  it('greets an A customer’s contact on their birthday and the company on its anniversary, besides the weekly call', async () => {
    const c = await newCustomer(t, am, { name: '生日祝福机械公司' });
    await setCustomer(c.id, { tier: 'A' });
    await t.database.db
      .updateTable('customers')
      .set({ anniversary_on: '2004-02-29' })
      .where('id', '=', c.id)
      .execute();
    const contact = await callAs(t, am, 'POST', `/api/v1/customers/${c.id}/contacts`, {
      name: '周经理',
      mobile: '13912345678',
      birthday: '1985-12-09',
    });
    expect(contact.statusCode).toBe(201);
    expect(contact.json().birthday).toBe('1985-12-09');

    // 2026-02-28 (a common year) stands for 29 February; a greeting is made on its day.
    await run(at('2026-02-28T09:00'));
    await run(at('2026-12-09T09:00'));
    await run(at('2026-12-09T10:00'));
    const greetings = (await tasksOf(c.id)).filter(
      (x) => x.rule?.startsWith('b2b.a-') && x.method === 'letter',
    );
    expect(greetings.map((x) => [x.rule, x.start_at, x.assignee_id])).toEqual([
      ['b2b.a-anniversary', at('2026-02-28T00:00'), am.id],
      ['b2b.a-birthday', at('2026-12-09T00:00'), am.id],
    ]);
    // The week's call (or the month's visit in its place) comes as well: seed 001 greets A customers 除定期沟通外.
    await run(at('2026-12-11T18:00'));
    const regular = (await tasksOf(c.id)).filter(
      (x) =>
        ['b2b.a-phone-weekly', 'b2b.a-onsite-monthly'].includes(x.rule ?? '') &&
        x.start_at >= at('2026-12-07T00:00') &&
        x.start_at < at('2026-12-14T00:00'),
    );
    expect(regular).toHaveLength(1);
  });

  it('takes a birthday only up to today', async () => {
    const c = await newCustomer(t, am, { name: '生日校验公司' });
    const answer = await callAs(t, am, 'POST', `/api/v1/customers/${c.id}/contacts`, {
      name: '钱女士',
      birthday: '2999-01-01',
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors).toEqual([{ field: 'birthday', message: '不能晚于今天' }]);
  });
});

describe('a cadence in days', () => {
  it('calls a key customer in every three-day period that has a working day, never over a weekend; leaves out the excluded', async () => {
    const key = await newCustomer(t, am, { name: '三日一访重点客户' });
    await setCustomer(key.id, { tags: ['三日一访'] });
    // Left out by the rule's exclusion: tagged as well, but also 暂停回访.
    const paused = await newCustomer(t, am, { name: '三日一访暂停客户' });
    await setCustomer(paused.id, { tags: ['三日一访', '暂停回访'] });
    const rule = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-rules',
      payload: {
        definition: newRuleDefinition({
          name: '重点客户每三天电话',
          audience: { ...EMPTY_AUDIENCE, tags: ['三日一访'], excludeTags: ['暂停回访'] },
          trigger: { kind: 'periodic', every: 3, unit: 'day' },
          method: 'phone',
        }),
      },
    });
    expect(rule.statusCode).toBe(201);
    const ruleId = rule.json().id as number;
    await t.call(admin, { method: 'POST', url: `/api/v1/followup-rules/${ruleId}/activate`, payload: {} });
    // Day by day through two weeks of March 2027: periods 03-01…03-03, 03-04…03-06, … (from Monday 1970-01-05).
    for (let day = 1; day <= 14; day++) await run(at(`2027-03-${String(day).padStart(2, '0')}T08:00`));
    const days = (await tasksOf(key.id))
      .filter((x) => x.start_at < at('2027-03-16T00:00'))
      .map((x) => x.start_at.toLocaleDateString('sv-SE', { timeZone: TZ }));
    const periodOfDay = (d: string) =>
      Math.floor((Date.parse(d) - Date.parse('1970-01-05')) / (3 * 86_400_000));
    // One call per period up to 03-15, each on a weekday (03-13…03-15 is Sat–Mon: Monday).
    expect(days.map(periodOfDay)).toEqual([...new Set(days.map(periodOfDay))]);
    expect(days).toHaveLength(5);
    for (const d of days) expect([0, 6]).not.toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
    expect(await tasksOf(paused.id)).toEqual([]);
    await t.call(admin, { method: 'POST', url: `/api/v1/followup-rules/${ruleId}/deactivate`, payload: {} });
  });
});

describe('holiday greetings', () => {
  it('greets the tagged customers on the first day of National Day, once, and previews the coming holidays', async () => {
    const vip = await newCustomer(t, am, { name: '节日问候贵宾公司' });
    await setCustomer(vip.id, { tags: ['节日问候'] });
    const definition = newRuleDefinition({
      name: '节日祝福短信（测试）',
      type: 'greeting',
      audience: { ...EMPTY_AUDIENCE, tags: ['节日问候'] },
      trigger: { kind: 'event', event: 'public_holiday' },
      method: 'sms',
    });
    // Holidays are known ahead, so the preview shows the coming ones: a holiday an admin enters ten days from
    // now (the preview starts today), in place of that year's arrangement while the test runs.
    const holiday = new Date(Date.now() + 10 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: TZ });
    const year = holiday.slice(0, 4);
    expect(
      (
        await t.call(admin, {
          method: 'PUT',
          url: `/api/v1/calendar/years/${year}`,
          payload: { holidays: [holiday], workdays: [] },
        })
      ).statusCode,
    ).toBe(200);
    const preview = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-rules/preview',
      payload: { definition, days: 30 },
    });
    await t.call(admin, { method: 'DELETE', url: `/api/v1/calendar/years/${year}` });
    expect(preview.json()).toMatchObject({ basis: 'schedule', days: [{ date: holiday, tasks: 1 }] });
    const rule = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-rules',
      payload: { definition },
    });
    const ruleId = rule.json().id as number;
    await t.call(admin, { method: 'POST', url: `/api/v1/followup-rules/${ruleId}/activate`, payload: {} });
    await run(at('2025-09-30T09:00'));
    expect((await tasksOf(vip.id)).filter((x) => x.method === 'sms')).toEqual([]);
    await run(at('2025-10-01T09:00'));
    await run(at('2025-10-02T09:00'));
    const greetings = (await tasksOf(vip.id)).filter((x) => x.method === 'sms');
    expect(greetings).toHaveLength(1);
    expect(greetings[0]?.start_at).toEqual(at('2025-10-01T00:00'));
    await t.call(admin, { method: 'POST', url: `/api/v1/followup-rules/${ruleId}/deactivate`, payload: {} });
  });
});

describe('sampling', () => {
  it('is reproducible and close to its rate over many customers', async () => {
    await sql`insert into customers (name, name_key, name_sort, name_initials, tags, owner_id)
      select '抽样客户' || n, 'sample' || n, 'chou1yang4ke4hu4' || n || ' 抽样客户' || n, 'cykh' || n, array['抽样'],
             ${am.id}::bigint from generate_series(1, 2000) n`.execute(t.database.db);
    const rule = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-rules',
      payload: {
        definition: newRuleDefinition({
          name: '抽样满意度调查',
          description: '抽取 30% 的客户',
          type: 'survey',
          audience: { ...EMPTY_AUDIENCE, tags: ['抽样'] },
          method: 'sms',
          samplingRate: 0.3,
          priority: 'low',
          proactive: false,
        }),
      },
    });
    const ruleId = rule.json().id as number;
    await t.call(admin, { method: 'POST', url: `/api/v1/followup-rules/${ruleId}/activate`, payload: {} });
    const count = async (period: string) =>
      Number(
        (
          await t.database.db
            .selectFrom('followup_tasks')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('rule_id', '=', ruleId)
            .where('source_key', '=', `r${ruleId}:${period}`)
            .executeTakeFirstOrThrow()
        ).n,
      );
    // A run plans up to the next working day, not the whole month at once: Tuesday 1 December makes the share
    // of 2 of December's 23 working days (about 52 of the 600 sampled).
    await run(at('2026-12-01T09:00'));
    const firstDays = await count('m1:2026-12-01');
    expect(firstDays).toBeGreaterThan(2000 * 0.3 * 0.04);
    expect(firstDays).toBeLessThan(2000 * 0.3 * 0.15);
    await run(at('2026-12-31T09:00'));
    const december = await count('m1:2026-12-01');
    expect(december / 2000).toBeGreaterThan(0.27);
    expect(december / 2000).toBeLessThan(0.33);
    // January samples again, independently, at the same rate.
    await run(at('2027-01-31T09:00'));
    const january = await count('m1:2027-01-01');
    expect(january / 2000).toBeGreaterThan(0.27);
    expect(january / 2000).toBeLessThan(0.33);
    await t.call(admin, { method: 'POST', url: `/api/v1/followup-rules/${ruleId}/deactivate`, payload: {} });
  });
});

describe("the rule editor's preview", () => {
  it('counts what a rule would make over the next 30 days, by day and by assignee, and writes nothing', async () => {
    const before = await t.database.db
      .selectFrom('followup_tasks')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const answer = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-rules/preview',
      payload: {
        definition: newRuleDefinition({
          name: '抽样客户每周短信',
          audience: { ...EMPTY_AUDIENCE, tags: ['抽样'] },
          trigger: { kind: 'periodic', every: 1, unit: 'week' },
          method: 'sms',
          proactive: false,
        }),
      },
    });
    expect(answer.statusCode).toBe(200);
    const preview = answer.json();
    expect(preview.basis).toBe('schedule');
    // 2 000 sampled customers each week, none of them twice in one. The next 30 days hold four whole weeks and
    // parts of up to two more (from a Sunday: that Sunday, four whole weeks and the Monday after).
    const weeks = new Map<string, number>();
    for (const d of preview.days as { date: string; tasks: number }[]) {
      const monday = weekOf(new Date(`${d.date}T00:00:00+08:00`));
      weeks.set(monday, (weeks.get(monday) ?? 0) + d.tasks);
    }
    expect(Math.max(...weeks.values())).toBeLessThanOrEqual(2000);
    expect(preview.total).toBeGreaterThanOrEqual(8000);
    expect(preview.assignees).toEqual([
      { assigneeId: am.id, assigneeName: am.displayName, tasks: preview.total },
    ]);
    expect(preview.days.reduce((sum: number, d: { tasks: number }) => sum + d.tasks, 0)).toBe(preview.total);
    const after = await t.database.db
      .selectFrom('followup_tasks')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);

    const event = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-rules/preview',
      payload: {
        definition: newRuleDefinition({
          name: '新客户首访',
          trigger: { kind: 'event', event: 'customer_created' },
          within: { amount: 3, unit: 'working_days' },
          proactive: false,
        }),
      },
    });
    expect(event.json()).toMatchObject({ basis: 'past_events', assignees: [] });
    expect(event.json().total).toBeGreaterThan(0);

    const invalid = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/followup-rules/preview',
      payload: { definition: newRuleDefinition({ name: '零抽样', samplingRate: 0 }) },
    });
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toEqual(['definition.samplingRate']);
  });
});

describe('two generators at once', () => {
  it('create every task once', async () => {
    const c = await newCustomer(t, am, { name: '并发生成股份公司' });
    await setCustomer(c.id, { tier: 'B' });
    const other =
      t.database.kind === 'postgres'
        ? await openDatabase({ databaseUrl: await currentDatabaseUrl(), poolSize: 3 })
        : t.database;
    try {
      const asOf = at('2026-12-31T09:00');
      const [one, two] = await Promise.all([
        generateTasks(t.database.db, asOf, TZ, log),
        generateTasks(other.db, asOf, TZ, log),
      ]);
      const tasks = await tasksOf(c.id);
      expect(tasks.length).toBeGreaterThan(0);
      expect(new Set(tasks.map((x) => x.rule)).size).toBe(tasks.length);
      const third = await generateTasks(t.database.db, asOf, TZ, log);
      expect(third.created).toBe(0);
      expect(one.created + two.created).toBeGreaterThanOrEqual(tasks.length);
    } finally {
      if (other !== t.database) await other.close();
    }
  });
});

describe('the task list', () => {
  it('shows an account manager the tasks of their customers, filtered by status and due date', async () => {
    const answer = await t.call(am.cookie, {
      method: 'GET',
      url: `/api/v1/followup-tasks?assigneeId=${am.id}&status=pending,overdue&dueFrom=2026-12-01&dueTo=2026-12-31`,
    });
    expect(answer.statusCode).toBe(200);
    const items = answer.json().items as {
      dueAt: string;
      status: string;
      customerName: string;
      assigneeId: number;
    }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.assigneeId === am.id && ['pending', 'overdue'].includes(i.status))).toBe(
      true,
    );
    expect(
      items.every(
        (i) =>
          i.dueAt >= at('2026-12-01T00:00').toISOString() && i.dueAt < at('2027-01-01T00:00').toISOString(),
      ),
    ).toBe(true);
    expect([...items].map((i) => i.dueAt)).toEqual([...items].map((i) => i.dueAt).sort());
    const bad = await t.call(am.cookie, { method: 'GET', url: '/api/v1/followup-tasks?status=late' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('status');
  });

  it('shows nothing of another department to an account manager there', async () => {
    const stranger = await newUser(t, 'genother', ['account_manager'], '客户服务部');
    const items = (await t.call(stranger.cookie, { method: 'GET', url: '/api/v1/followup-tasks' })).json()
      .items;
    expect(items).toEqual([]);
  });
});

function weekOf(moment: Date): string {
  const local = new Date(moment.getTime() + 8 * 3_600_000);
  const monday = new Date(local.getTime() - ((local.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

async function currentDatabaseUrl(): Promise<string> {
  const name = (await sql<{ name: string }>`select current_database() as name`.execute(t.database.db)).rows[0]
    ?.name;
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}
