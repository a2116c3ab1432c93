import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTime } from '../../../domain/calendar/hours.ts';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

// The 工作台 as an agent and a supervisor of 客服部 meet it: tasks in each part of the day, attempts that
// reschedule or end a task, the best time to call, reassignment and the team's days.

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
let t: TestApp;
let agent: TestUser;
let agent2: TestUser;
let outsider: TestUser;
let supervisor: TestUser;
let am: TestUser;
let foreignAm: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  am = await newUser(t, 'wlam', ['account_manager'], '客户服务部');
  agent = await newUser(t, 'wlagent', ['agent'], '客户服务部');
  agent2 = await newUser(t, 'wlagentb', ['agent'], '客户服务部');
  supervisor = await newUser(t, 'wlsup', ['supervisor'], '客户服务部');
  outsider = await newUser(t, 'wlout', ['agent'], '市场部');
  foreignAm = await newUser(t, 'wlfam', ['account_manager'], '技术部');
});
afterAll(() => t?.close());

async function task(
  customerId: number,
  values: Partial<{
    assignee_id: number;
    method: string;
    priority: string;
    status: string;
    start_at: Date;
    due_at: Date;
    next_attempt_at: Date;
  }> = {},
) {
  const now = Date.now();
  const { id } = await t.database.db
    .insertInto('followup_tasks')
    .values({
      customer_id: customerId,
      source_key: `wl:${Math.random()}`,
      type: 'routine',
      method: 'phone',
      assignee_id: agent.id,
      start_at: new Date(now - HOUR),
      due_at: new Date(now + 48 * HOUR),
      ...values,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const worklist = async (user: TestUser, query = '') => {
  const answer = await callAs(t, user, 'GET', `/api/v1/worklist${query}`);
  expect(answer.statusCode).toBe(200);
  return answer.json();
};
const ids = (items: { id: number }[]) => items.map((x) => x.id);
const attempt = (user: TestUser, id: number, body: object) =>
  callAs(t, user, 'POST', `/api/v1/followup-tasks/${id}/attempts`, body);

describe('the worklist', () => {
  it('shows due-now work urgent first, then overdue, upcoming and call-backs at their time', async () => {
    const c = (await newCustomer(t, am, { name: '工作台排序测试公司' })).id;
    const normal = await task(c);
    const urgent = await task(c, { priority: 'urgent', due_at: new Date(Date.now() + 72 * HOUR) });
    const late = await task(c, { status: 'overdue', due_at: new Date(Date.now() - 5 * HOUR) });
    const later = await task(c, { start_at: new Date(Date.now() + 30 * HOUR) });
    const callback = await task(c, {
      next_attempt_at: new Date(Date.now() + 2 * HOUR),
      status: 'in_progress',
    });
    const someoneElses = await task(c, { assignee_id: agent2.id });

    const list = await worklist(agent);
    expect(ids(list.now)).toEqual([urgent, normal]);
    expect(ids(list.overdue)).toEqual([late]);
    expect(ids(list.upcoming)).toEqual([later]);
    expect(ids(list.callbacks)).toEqual([callback]);
    expect(list.counts).toEqual({ now: 2, overdue: 1, upcoming: 1, callbacks: 1 });
    expect(JSON.stringify(list)).not.toContain(`"id":${someoneElses},`);
    // The list never carries contact details in full.
    expect(list.now[0]).toMatchObject({
      customerName: '工作台排序测试公司',
      bestTime: { basis: 'preferred' },
    });
    await t.database.db.deleteFrom('followup_tasks').where('customer_id', '=', c).execute();
  });

  it('sends the first 20 of each part, and one part with more rows on 加载更多', async () => {
    const c = (await newCustomer(t, am, { name: '工作台分页测试公司' })).id;
    const due = [];
    for (let i = 0; i < 25; i++) due.push(await task(c, { due_at: new Date(Date.now() + (10 + i) * HOUR) }));
    const late = await task(c, { status: 'overdue', due_at: new Date(Date.now() - HOUR) });

    const first = await worklist(agent);
    expect(ids(first.now)).toEqual(due.slice(0, 20));
    expect(ids(first.overdue)).toEqual([late]);
    expect(first.counts).toMatchObject({ now: 25, overdue: 1 });

    const more = await worklist(agent, '?section=now&limit=70');
    expect(ids(more.now)).toEqual(due);
    expect(more.overdue).toEqual([]);
    expect(more.counts).toMatchObject({ now: 25, overdue: 1 });
    expect((await callAs(t, agent, 'GET', '/api/v1/worklist?section=later')).statusCode).toBe(400);
    await t.database.db.deleteFrom('followup_tasks').where('customer_id', '=', c).execute();
  });

  it('learns a customer’s best time to call from the hours their calls were answered', async () => {
    const c = (await newCustomer(t, am, { name: '晚间接听贸易公司' })).id;
    const id = await task(c);
    const rows = [
      ...[19, 19, 19].map((hour) => ({ outcome: 'reached', hour })),
      ...[10, 10, 10, 15].map((hour) => ({ outcome: 'no_answer', hour })),
    ];
    await t.database.db
      .insertInto('followup_attempts')
      .values(
        rows.map((r) => ({
          customer_id: c,
          staff_id: agent.id,
          outcome: r.outcome,
          attempted_at: new Date(Date.now() - 10 * 86_400_000),
          local_hour: r.hour,
        })),
      )
      .execute();
    const item = (await worklist(agent)).now.find((x: { id: number }) => x.id === id);
    expect(item.bestTime).toEqual({
      basis: 'learned',
      windows: [{ start: '19:00', end: '20:00' }],
      answered: 3,
    });
    // The task is offered at 19:00 on a working day.
    const offered = localTime(new Date(item.suggestedAt), TZ);
    expect(offered.minute).toBeGreaterThanOrEqual(19 * 60);
    expect(offered.minute).toBeLessThan(20 * 60);
  });

  it('lets a supervisor open a team member’s worklist, not an outsider’s, and not an agent anyone’s', async () => {
    expect((await worklist(supervisor, `?assigneeId=${agent.id}`)).assigneeId).toBe(agent.id);
    expect(
      (await callAs(t, supervisor, 'GET', `/api/v1/worklist?assigneeId=${outsider.id}`)).statusCode,
    ).toBe(400);
    expect((await callAs(t, agent, 'GET', `/api/v1/worklist?assigneeId=${agent2.id}`)).statusCode).toBe(403);
  });
});

describe('attempts', () => {
  it('reschedules a missed call inside the preferred windows on a working day, and shows it as a call-back', async () => {
    const c = (await newCustomer(t, am, { name: '未接通重拨测试公司' })).id;
    const id = await task(c);
    const answer = await attempt(agent, id, { outcome: 'no_answer', note: '无人接听' });
    expect(answer.statusCode).toBe(200);
    const card = answer.json();
    expect(card).toMatchObject({ status: 'in_progress', attempts: 1, failedAttempts: 1 });
    expect(card.attemptLog).toEqual([expect.objectContaining({ outcome: 'no_answer', note: '无人接听' })]);
    const next = new Date(card.nextAttemptAt);
    expect(next.getTime()).toBeGreaterThan(Date.now() + HOUR);
    const { minute } = localTime(next, TZ);
    expect((minute >= 600 && minute < 690) || (minute >= 930 && minute < 1020)).toBe(true);
    expect(ids((await worklist(agent)).callbacks)).toContain(id);
  });

  it('ends the task as 未接通 on the third failure, with the reason, and keeps closed tasks closed', async () => {
    const c = (await newCustomer(t, am, { name: '三次未接通测试公司' })).id;
    const id = await task(c);
    await attempt(agent, id, { outcome: 'no_answer' });
    await attempt(agent, id, { outcome: 'busy' });
    const third = (await attempt(agent, id, { outcome: 'wrong_number' })).json();
    expect(third).toMatchObject({
      status: 'unreachable',
      failedAttempts: 3,
      nextAttemptAt: null,
      endReason: 'failed:wrong_number',
    });
    expect((await attempt(agent, id, { outcome: 'no_answer' })).statusCode).toBe(409);
    const list = await worklist(agent);
    expect([...list.now, ...list.callbacks, ...list.overdue].map((x: { id: number }) => x.id)).not.toContain(
      id,
    );
  });

  it('follows the configured number of failures', async () => {
    const admin = await adminCookie(t);
    const put = await t.call(admin, {
      method: 'PUT',
      url: '/api/v1/settings/followups',
      payload: { weeklyCap: 1, maxFailedAttempts: 1 },
    });
    expect(put.json()).toEqual({ weeklyCap: 1, maxFailedAttempts: 1 });
    const c = (await newCustomer(t, am, { name: '一次即止测试公司' })).id;
    const id = await task(c);
    expect((await attempt(agent, id, { outcome: 'busy' })).json().status).toBe('unreachable');
    await t.call(admin, {
      method: 'PUT',
      url: '/api/v1/settings/followups',
      payload: { weeklyCap: 1, maxFailedAttempts: 3 },
    });
  });

  it('calls back at the customer’s time, which is not a failure; needs that time; a refusal ends the task', async () => {
    const c = (await newCustomer(t, am, { name: '约定回拨测试公司' })).id;
    const id = await task(c);
    const missing = await attempt(agent, id, { outcome: 'callback' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('callbackAt');
    const when = new Date(Date.now() + 26 * HOUR);
    const card = (await attempt(agent, id, { outcome: 'callback', callbackAt: when.toISOString() })).json();
    expect(card).toMatchObject({ failedAttempts: 0, nextAttemptAt: when.toISOString() });
    const refused = (await attempt(agent, id, { outcome: 'refused', note: '不需要回访' })).json();
    expect(refused).toMatchObject({ status: 'cancelled', endReason: 'refused' });
  });

  it('logs an attempt only against a contact of the task’s customer', async () => {
    const other = await newCustomer(t, am, {
      name: '联系人归属测试公司',
      contacts: [{ name: '钱经理', mobile: '13700002222', isPrimary: true }],
    });
    const [foreign] = (await callAs(t, am, 'GET', `/api/v1/customers/${other.id}/contacts`)).json().items;
    const id = await task((await newCustomer(t, am, { name: '本任务客户测试公司' })).id);
    const wrong = await attempt(agent, id, { outcome: 'no_answer', contactId: foreign.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('contactId');
    expect((await callAs(t, agent, 'GET', `/api/v1/followup-tasks/${id}`)).json().attempts).toBe(0);
  });

  it('refuses attempts on a task of a customer outside one’s reach', async () => {
    const c = (await newCustomer(t, foreignAm, { name: '外部门客户测试公司' })).id;
    const id = await task(c, { assignee_id: foreignAm.id });
    expect((await attempt(agent, id, { outcome: 'no_answer' })).statusCode).toBe(403);
  });

  it('learns from a phone record: the call was answered at its hour', async () => {
    const c = (await newCustomer(t, am, { name: '接听学习测试公司' })).id;
    const id = await task(c);
    const record = await callAs(t, agent, 'POST', '/api/v1/followup-records', {
      taskId: id,
      method: 'phone',
      contactedAt: new Date(Date.now() - 60_000).toISOString(),
      serviceSatisfaction: 4,
    });
    expect(record.statusCode).toBe(201);
    const attempts = await t.database.db
      .selectFrom('followup_attempts')
      .select(['outcome', 'task_id'])
      .where('customer_id', '=', c)
      .execute();
    expect(attempts).toEqual([{ outcome: 'reached', task_id: id }]);
  });
});

describe('the task card', () => {
  it('shows an agent the full contacts of a customer of their open task, the script and the visit checklist', async () => {
    const c = await newCustomer(t, foreignAm, {
      name: '任务联系人可见测试公司',
      contacts: [{ name: '周经理', mobile: '13912345678', isPrimary: true }],
    });
    // Not the agent's customer: before the task, its contacts come masked.
    const mobiles = async () =>
      (await callAs(t, agent, 'GET', `/api/v1/customers/${c.id}/contacts`))
        .json()
        .items.map((x: { mobile: string }) => x.mobile);
    expect(await mobiles()).toEqual(['139****5678']);
    const id = await task(c.id, { method: 'onsite', due_at: new Date('2030-03-20T16:00:00Z') });
    const card = (await callAs(t, agent, 'GET', `/api/v1/followup-tasks/${id}`)).json();
    expect(card.contactsExposure).toBe('full');
    expect(card.contacts[0]).toMatchObject({ name: '周经理', mobile: '13912345678' });
    expect(card.preparation.map((p: { item: { zh: string } }) => p.item.zh)).toEqual([
      '仪容仪表',
      '回访通知',
      '相关资料',
    ]);
    expect(card.agreeBy).toBe('2030-03-17');
    expect(await mobiles()).toEqual(['13912345678']);
    // Once the task is done, they are masked again.
    await t.database.db.updateTable('followup_tasks').set({ status: 'done' }).where('id', '=', id).execute();
    expect(await mobiles()).toEqual(['139****5678']);
  });
});

describe('reassignment and the team view', () => {
  it('lets a supervisor hand a task to a team member, not to an outsider; an agent cannot', async () => {
    const c = (await newCustomer(t, am, { name: '改派测试公司' })).id;
    const id = await task(c);
    const reassign = (user: TestUser, assigneeId: number) =>
      callAs(t, user, 'POST', `/api/v1/followup-tasks/${id}/reassign`, { assigneeId, reason: '休假' });
    expect((await reassign(agent, agent2.id)).statusCode).toBe(403);
    const outside = await reassign(supervisor, outsider.id);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toBe('assigneeId');
    const moved = await reassign(supervisor, agent2.id);
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ assigneeId: agent2.id });
    expect(ids((await worklist(agent2)).now)).toContain(id);
  });

  it('counts each team member’s tasks per day', async () => {
    const c = (await newCustomer(t, am, { name: '团队视图测试公司' })).id;
    const day = new Date('2030-05-08T02:00:00Z'); // 10:00 in Shanghai
    await task(c, { start_at: day, due_at: new Date('2030-05-08T16:00:00Z') });
    await task(c, { start_at: day, due_at: new Date('2030-05-08T16:00:00Z'), status: 'done' });
    await task(c, {
      start_at: day,
      due_at: new Date('2030-05-08T16:00:00Z'),
      assignee_id: agent2.id,
      status: 'overdue',
    });
    const team = await callAs(t, supervisor, 'GET', '/api/v1/worklist/team?from=2030-05-06&to=2030-05-12');
    expect(team.statusCode).toBe(200);
    const body = team.json();
    expect(body.people.map((p: { id: number }) => p.id)).toEqual(
      expect.arrayContaining([agent.id, agent2.id, am.id, supervisor.id]),
    );
    expect(body.people.map((p: { id: number }) => p.id)).not.toContain(outsider.id);
    expect(body.days).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ assigneeId: agent.id, date: '2030-05-08', open: 1, done: 1, overdue: 0 }),
        expect.objectContaining({ assigneeId: agent2.id, date: '2030-05-08', open: 0, overdue: 1 }),
      ]),
    );
    // The week after, agent2's task is still overdue: the week's days do not show it, the backlog does.
    const nextWeek = (
      await callAs(t, supervisor, 'GET', '/api/v1/worklist/team?from=2030-05-13&to=2030-05-19')
    ).json();
    const backlogOf = (id: number) => nextWeek.people.find((p: { id: number }) => p.id === id)?.overdueBefore;
    expect(backlogOf(agent2.id)).toBe(1);
    expect(backlogOf(agent.id)).toBe(0);
    expect((await callAs(t, agent, 'GET', '/api/v1/worklist/team')).statusCode).toBe(403);
    const tooLong = await callAs(t, supervisor, 'GET', '/api/v1/worklist/team?from=2030-01-01&to=2030-12-31');
    expect(tooLong.statusCode).toBe(400);
  });
});
