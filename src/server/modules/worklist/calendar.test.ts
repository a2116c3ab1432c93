import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

// 回访日历: a month of tasks per day — one's own, a team member's, the team's — and the day's list behind a day.

let t: TestApp;
let agent: TestUser;
let agent2: TestUser;
let outsider: TestUser;
let supervisor: TestUser;
let am: TestUser;

/** An instant in Shanghai's wall clock. */
const at = (wall: string) => new Date(`${wall}+08:00`);

async function task(customerId: number, assignee: TestUser, startWall: string, status = 'pending') {
  const start = at(startWall);
  const { id } = await t.database.db
    .insertInto('followup_tasks')
    .values({
      customer_id: customerId,
      source_key: `cal:${Math.random()}`,
      type: 'routine',
      method: 'phone',
      assignee_id: assignee.id,
      status,
      start_at: start,
      due_at: new Date(start.getTime() + 48 * 3_600_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  am = await newUser(t, 'calam', ['account_manager'], '客户服务部');
  agent = await newUser(t, 'calagent', ['agent'], '客户服务部');
  agent2 = await newUser(t, 'calagentb', ['agent'], '客户服务部');
  supervisor = await newUser(t, 'calsup', ['supervisor'], '客户服务部');
  outsider = await newUser(t, 'calout', ['agent'], '市场部');
  const c = (await newCustomer(t, am, { name: '回访日历测试公司' })).id;
  ids.open = await task(c, agent, '2030-05-08T10:00');
  ids.done = await task(c, agent, '2030-05-08T15:00', 'done');
  ids.cancelled = await task(c, agent, '2030-05-08T16:00', 'cancelled');
  ids.late = await task(c, agent, '2030-05-31T23:30', 'overdue');
  ids.june = await task(c, agent, '2030-06-01T00:10');
  ids.april = await task(c, agent, '2030-04-30T23:50');
  ids.colleague = await task(c, agent2, '2030-05-08T09:00');
  ids.unreachable = await task(c, agent2, '2030-05-20T09:00', 'unreachable');
  ids.outsiders = await task(c, outsider, '2030-05-08T11:00');
});
afterAll(() => t?.close());

const calendar = (user: TestUser, query: string) =>
  callAs(t, user, 'GET', `/api/v1/worklist/calendar?month=2030-05${query}`);
const day = (date: string, counts: Partial<Record<'open' | 'overdue' | 'done' | 'unreachable', number>>) => ({
  date,
  open: 0,
  overdue: 0,
  done: 0,
  unreachable: 0,
  ...counts,
});

describe('the month calendar', () => {
  it('counts one’s own tasks per day they start, in the company’s zone, without cancelled ones', async () => {
    const answer = await calendar(agent, '');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      month: '2030-05',
      from: '2030-05-01',
      to: '2030-05-31',
      assigneeId: agent.id,
      team: false,
      days: [day('2030-05-08', { open: 1, done: 1 }), day('2030-05-31', { overdue: 1 })],
    });
    // Today's month when none is named.
    const now = await callAs(t, agent, 'GET', '/api/v1/worklist/calendar');
    expect(now.statusCode).toBe(200);
    expect(now.json().month).toMatch(/^\d{4}-\d{2}$/);
  });

  it('shows a supervisor a team member’s month, and the whole team’s', async () => {
    const person = await calendar(supervisor, `&assigneeId=${agent2.id}`);
    expect(person.statusCode).toBe(200);
    expect(person.json().days).toEqual([
      day('2030-05-08', { open: 1 }),
      day('2030-05-20', { unreachable: 1 }),
    ]);
    const team = await calendar(supervisor, '&team=true');
    expect(team.statusCode).toBe(200);
    // The outsider (市场部) is not on the team: their task on the same day is not counted.
    expect(team.json()).toMatchObject({ assigneeId: null, team: true });
    expect(team.json().days).toEqual([
      day('2030-05-08', { open: 2, done: 1 }),
      day('2030-05-20', { unreachable: 1 }),
      day('2030-05-31', { overdue: 1 }),
    ]);
  });

  it('lets an agent see only their own month', async () => {
    expect((await calendar(agent, `&assigneeId=${agent2.id}`)).statusCode).toBe(403);
    expect((await calendar(agent, '&team=true')).statusCode).toBe(403);
    expect((await calendar(agent, `&assigneeId=${agent.id}`)).statusCode).toBe(200);
  });

  it('refuses a person outside the supervisor’s scope, a bad month, and a person with the team', async () => {
    const outside = await calendar(supervisor, `&assigneeId=${outsider.id}`);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([{ field: 'assigneeId', message: '不是您团队中的回访人员' }]);
    for (const month of ['2030-13', '2030-5', 'May']) {
      const bad = await callAs(t, agent, 'GET', `/api/v1/worklist/calendar?month=${month}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ field: 'month', message: '月份应为“年-月”，如 2030-05' }]);
    }
    const both = await calendar(supervisor, `&team=true&assigneeId=${agent.id}`);
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].field).toBe('team');
  });
});

describe('the day behind a calendar day', () => {
  const list = async (user: TestUser, query: string) => {
    const answer = await callAs(t, user, 'GET', `/api/v1/followup-tasks?${query}`);
    expect(answer.statusCode).toBe(200);
    return (answer.json().items as { id: number }[]).map((x) => x.id).sort((a, b) => a - b);
  };
  const sorted = (...xs: (number | undefined)[]) => (xs as number[]).sort((a, b) => a - b);

  it('lists a person’s tasks starting that day, and the team’s', async () => {
    expect(await list(agent, `assigneeId=${agent.id}&startFrom=2030-05-08&startTo=2030-05-08`)).toEqual(
      sorted(ids.open, ids.done, ids.cancelled),
    );
    // The last minutes of a day are the day's; the first minutes of the next are not.
    expect(await list(agent, `assigneeId=${agent.id}&startFrom=2030-05-31&startTo=2030-05-31`)).toEqual([
      ids.late,
    ]);
    expect(
      await list(supervisor, 'team=true&startFrom=2030-05-08&startTo=2030-05-08&status=pending,overdue,done'),
    ).toEqual(sorted(ids.open, ids.done, ids.colleague));
    const refused = await callAs(t, agent, 'GET', '/api/v1/followup-tasks?team=true');
    expect(refused.statusCode).toBe(403);
  });
});
