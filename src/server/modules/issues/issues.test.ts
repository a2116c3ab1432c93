import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';
import { escalateIssues } from './escalation.ts';
import { nextIssueNumber } from './repository.ts';

let t: TestApp;
let agent: TestUser;
let supervisor: TestUser;
let head: TestUser;
let manager: TestUser;
let customerId: number;

const TZ = 'Asia/Shanghai';
const local = (text: string) => new Date(`${text}+08:00`).toISOString();

interface IssueJson {
  id: number;
  number: string;
  status: string;
  ownerId: number;
  allowedNext: string[];
  firstResponseAt: string | null;
  firstResponseDueAt: string;
  solutionDueAt: string;
  cycle: number;
  satisfaction: number | null;
  version: number;
  recordId: number | null;
  escalations: { deadline: string; step: string; cycle: number; recipientId: number | null; at: string }[];
  revisits: { taskId: number; status: string; assigneeId: number | null; dueAt: string }[];
  timeline: { kind: string; note: string | null }[];
}

const register = async (by: TestUser, body: Record<string, unknown> = {}) => {
  const response = await callAs(t, by, 'POST', '/api/v1/issues', {
    customerId,
    channel: 'phone',
    urgency: 'normal',
    description: '安装后设备频繁报警',
    raisedAt: new Date().toISOString(),
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`register: ${response.statusCode} ${response.body}`);
  return response.json() as IssueJson;
};

const move = (by: TestUser, id: number, body: Record<string, unknown>) =>
  callAs(t, by, 'POST', `/api/v1/issues/${id}/transitions`, body);

const issue = async (by: TestUser, id: number) =>
  (await callAs(t, by, 'GET', `/api/v1/issues/${id}`)).json() as IssueJson;

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await newUser(t, 'iss.sup', ['supervisor'], '客户服务部');
  head = await newUser(t, 'iss.head', ['dept_manager'], '客户服务部');
  agent = await newUser(t, 'iss.agent', ['agent'], '客户服务部');
  manager = await newUser(t, 'iss.am', ['account_manager'], '销售部');
  await t.database.db
    .updateTable('users')
    .set({ supervisor_id: supervisor.id })
    .where('id', '=', agent.id)
    .execute();
  customerId = (await newCustomer(t, manager, { name: '华信精密机械有限公司', agentId: agent.id })).id;
});
afterAll(() => t.close());

describe('registering an issue', () => {
  it('numbers it WT + month + sequence, owned by the agent’s supervisor, with deadlines from when it was raised', async () => {
    const raisedAt = new Date(Date.now() - 2 * 3_600_000); // taken on paper two hours ago
    const made = await register(agent, { raisedAt: raisedAt.toISOString() });
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit' })
      .format(new Date())
      .replace('-', '');
    expect(made.number).toMatch(new RegExp(`^WT${month}\\d{3}$`));
    expect(made.status).toBe('pending');
    expect(made.ownerId).toBe(supervisor.id);
    expect(made.allowedNext).toEqual(['in_progress', 'resolved', 'no_action']);
    // 一般: first response within 2 h, solution within 24 h, counted from 提出时间, not from registration.
    expect(Date.parse(made.firstResponseDueAt)).toBe(raisedAt.getTime() + 2 * 3_600_000);
    expect(Date.parse(made.solutionDueAt)).toBe(raisedAt.getTime() + 24 * 3_600_000);
  });

  it('tells the supervisor at once of an urgent one', async () => {
    const made = await register(agent, { urgency: 'urgent' });
    expect(made.escalations).toEqual([
      expect.objectContaining({ step: 'at_creation', recipientId: supervisor.id, cycle: 1 }),
    ]);
    expect(Date.parse(made.solutionDueAt) - Date.parse(made.firstResponseDueAt)).toBe(2 * 3_600_000);
  });

  it('refuses a future 提出时间, a missing customer unless anonymous, and says which field', async () => {
    const future = await callAs(t, agent, 'POST', '/api/v1/issues', {
      channel: 'email',
      urgency: 'normal',
      description: '发票抬头错误',
      raisedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(
      future
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['customerId', 'raisedAt']);
    const anonymous = await register(agent, { customerId: undefined, anonymous: true, channel: 'escalated' });
    expect(anonymous.status).toBe('pending');
  });

  it('hands out distinct consecutive numbers to concurrent registrations', async () => {
    const made = await Promise.all(Array.from({ length: 25 }, () => register(agent)));
    const sequences = made.map((m) => Number(m.number.slice(8))).sort((a, b) => a - b);
    const first = sequences[0] as number;
    expect(sequences).toEqual(Array.from({ length: 25 }, (_, i) => first + i));
  });

  it('restarts the sequence each month and grows a fourth digit past 999', async () => {
    const db = t.database.db;
    const numbers = await db
      .transaction()
      .execute(async (trx) => [
        await nextIssueNumber(trx, '2031-01'),
        await nextIssueNumber(trx, '2031-01'),
        await nextIssueNumber(trx, '2031-02'),
      ]);
    expect(numbers).toEqual(['WT203101001', 'WT203101002', 'WT203102001']);
    await db.insertInto('issue_counters').values({ month: '2031-03', last: 998 }).execute();
    const late = await db
      .transaction()
      .execute(async (trx) => [await nextIssueNumber(trx, '2031-03'), await nextIssueNumber(trx, '2031-03')]);
    expect(late).toEqual(['WT203103999', 'WT2031031000']);
  });

  it('is not for marketing, and another department’s agent does not see it', async () => {
    const made = await register(agent);
    const marketing = await newUser(t, 'iss.mkt', ['marketing'], '市场部');
    expect((await callAs(t, marketing, 'GET', `/api/v1/issues/${made.id}`)).statusCode).toBe(403);
    const stranger = await newUser(t, 'iss.stranger', ['agent'], '销售部');
    expect((await callAs(t, stranger, 'GET', `/api/v1/issues/${made.id}`)).statusCode).toBe(404);
    const list = (await callAs(t, stranger, 'GET', '/api/v1/issues')).json();
    expect(list.items.map((i: IssueJson) => i.id)).not.toContain(made.id);
    expect(
      (await callAs(t, head, 'GET', `/api/v1/issues?myDepartment=true&status=pending`))
        .json()
        .items.map((i: IssueJson) => i.id),
    ).toContain(made.id);
  });
});

describe('status machine', () => {
  it('refuses illegal moves with 409 naming the allowed ones, and asks for what a move needs', async () => {
    const made = await register(agent);
    const closing = await move(supervisor, made.id, { to: 'closed' });
    expect(closing.statusCode).toBe(409);
    expect(closing.json().detail).toBe('不能从「待处理」改为「已关闭」；可改为：处理中、已解决、无需处理');
    expect((await move(agent, made.id, { to: 'in_progress' })).statusCode).toBe(403); // registers, does not handle
    const started = await move(supervisor, made.id, { to: 'in_progress' });
    expect(started.statusCode).toBe(200);
    expect(started.json().firstResponseAt).not.toBeNull();
    const noSolution = await move(supervisor, made.id, { to: 'resolved' });
    expect(noSolution.statusCode).toBe(400);
    expect(noSolution.json().errors[0].field).toBe('solution');
    expect((await move(supervisor, made.id, { to: 'pending' })).statusCode).toBe(409);
    expect((await move(supervisor, made.id, { to: 'no_action' })).statusCode).toBe(400);
    const aside = await move(supervisor, made.id, { to: 'no_action', reason: '客户误操作，非质量问题' });
    expect(aside.json().status).toBe('no_action');
    expect((await move(supervisor, made.id, { to: 'in_progress' })).statusCode).toBe(400);
    const reopened = await move(supervisor, made.id, { to: 'in_progress', reason: '客户再次来电' });
    expect(reopened.json()).toMatchObject({ status: 'in_progress', cycle: 2 });
  });

  it('closes an anonymous issue by hand once resolved: no revisit is due', async () => {
    const made = await register(agent, { customerId: undefined, anonymous: true });
    await move(supervisor, made.id, { to: 'resolved', solution: '已在公告栏答复' });
    const after = await issue(supervisor, made.id);
    expect(after.revisits).toEqual([]);
    expect((await move(supervisor, made.id, { to: 'closed' })).json().status).toBe('closed');
  });
});

describe('post-resolution revisit', () => {
  const recordOn = (taskId: number, satisfaction: number) => ({
    taskId,
    method: 'phone',
    contactedAt: new Date().toISOString(),
    serviceSatisfaction: satisfaction,
    opinions: satisfaction >= 4 ? '响应及时，方案有效' : '问题仍未解决',
  });

  it('goes to the account manager within 2 working days; a satisfied answer closes the issue', async () => {
    const made = await register(agent);
    const resolved = await move(supervisor, made.id, { to: 'resolved', solution: '更换传感器并重新校准' });
    expect(resolved.json().status).toBe('resolved');
    const revisit = resolved.json().revisits[0];
    expect(revisit).toMatchObject({ status: 'pending', assigneeId: manager.id });
    expect(Date.parse(revisit.dueAt) - Date.now()).toBeLessThanOrEqual(6 * 24 * 3_600_000);
    const tasks = (await callAs(t, manager, 'GET', `/api/v1/followup-tasks?customerId=${customerId}`)).json();
    expect(tasks.items).toContainEqual(expect.objectContaining({ id: revisit.taskId, type: 'complaint' }));
    // The handler cannot close it: the customer's answer does.
    expect((await move(supervisor, made.id, { to: 'closed' })).statusCode).toBe(409);

    const record = await callAs(t, manager, 'POST', '/api/v1/followup-records', recordOn(revisit.taskId, 5));
    expect(record.statusCode).toBe(201);
    const closed = await issue(supervisor, made.id);
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 5 });
    expect(closed.timeline.at(-1)).toMatchObject({
      kind: 'revisit_answered',
      note: '回访满意度 5 分，问题关闭',
    });
  });

  it('a revisit the resolving request failed to plan is planned by the next escalation run, once', async () => {
    const made = await register(agent);
    const resolved = (await move(supervisor, made.id, { to: 'resolved', solution: '更换电源模块' })).json();
    // As if the step after the resolving commit had failed: no task, no link, no 已安排回访.
    const db = t.database.db;
    await db.updateTable('issues').set({ revisit_task_id: null }).where('id', '=', made.id).execute();
    await db
      .deleteFrom('issue_events')
      .where('issue_id', '=', made.id)
      .where('kind', '=', 'revisit_planned')
      .execute();
    await db.deleteFrom('followup_tasks').where('id', '=', resolved.revisits[0].taskId).execute();
    expect((await issue(supervisor, made.id)).revisits).toEqual([]);

    const later = new Date(Date.now() + 15 * 60_000).toISOString();
    const admin = { cookie: await adminCookie(t) } as TestUser;
    const run = await callAs(t, admin, 'POST', '/api/v1/jobs/issue-escalation/run', { asOf: later });
    expect(run.statusCode).toBe(200);
    await callAs(t, admin, 'POST', '/api/v1/jobs/issue-escalation/run', { asOf: later });
    const swept = await issue(supervisor, made.id);
    expect(swept.revisits).toEqual([expect.objectContaining({ status: 'pending', assigneeId: manager.id })]);
    expect(swept.timeline.filter((e) => e.kind === 'revisit_planned')).toHaveLength(1);
  });

  it('reopens on an unhappy answer with a new target time, and opens no second issue', async () => {
    const made = await register(agent);
    const resolved = (await move(supervisor, made.id, { to: 'resolved', solution: '电话指导重启' })).json();
    const before = (await callAs(t, supervisor, 'GET', `/api/v1/issues?customerId=${customerId}`)).json()
      .items.length;
    await callAs(t, manager, 'POST', '/api/v1/followup-records', recordOn(resolved.revisits[0].taskId, 2));
    const reopened = await issue(supervisor, made.id);
    expect(reopened).toMatchObject({ status: 'in_progress', cycle: 2, satisfaction: 2 });
    expect(Date.parse(reopened.solutionDueAt)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const after = (await callAs(t, supervisor, 'GET', `/api/v1/issues?customerId=${customerId}`)).json().items
      .length;
    expect(after).toBe(before);
    // Resolved again: a second revisit, for the new cycle.
    const again = (await move(supervisor, made.id, { to: 'resolved', solution: '上门更换主板' })).json();
    expect(again.revisits).toHaveLength(2);
  });

  it('never sends the revisit to whoever handled the issue', async () => {
    const made = await register(manager, { ownerId: manager.id }); // the account manager handled it himself
    const resolved = (await move(manager, made.id, { to: 'resolved', solution: '补发配件' })).json();
    expect(resolved.revisits[0].assigneeId).toBe(agent.id); // the customer's service agent instead
  });

  it('a record rated 很差 opens an issue linked to it', async () => {
    const record = await callAs(t, agent, 'POST', '/api/v1/followup-records', {
      customerId,
      method: 'phone',
      contactedAt: new Date().toISOString(),
      serviceSatisfaction: 1,
      opinions: '送货延误三天无人通知',
    });
    expect(record.statusCode).toBe(201);
    const list = (
      await callAs(t, supervisor, 'GET', `/api/v1/issues?customerId=${customerId}&status=pending`)
    ).json();
    const opened = list.items.find((i: IssueJson & { description: string }) =>
      i.description.includes('送货延误'),
    );
    expect(opened).toMatchObject({ ownerId: supervisor.id, channel: 'phone' });
    expect((await issue(supervisor, opened.id)).recordId).toBe(record.json().id);
  });
});

describe('escalation', () => {
  // Raised on Tuesday 2026-11-10 at 09:00: first response due 11:00, solution due the next day at 09:00.
  const raisedAt = local('2026-11-10T09:00');
  const run = async (asOf: string) =>
    callAs(t, { cookie: await adminCookie(t) } as TestUser, 'POST', '/api/v1/jobs/issue-escalation/run', {
      asOf: local(asOf),
    });

  it('reminds the owner, escalates to the supervisor, then the department head — each step once', async () => {
    const handler = await newUser(t, 'iss.handler', ['account_manager'], '客户服务部');
    await t.database.db
      .updateTable('users')
      .set({ supervisor_id: supervisor.id })
      .where('id', '=', handler.id)
      .execute();
    const made = await register(agent, { raisedAt, ownerId: handler.id });
    expect((await run('2026-11-10T10:45')).statusCode).toBe(200);
    let seen = (await issue(head, made.id)).escalations;
    expect(seen.map((e) => [e.deadline, e.step])).toEqual([['first_response', 'remind']]);
    expect(seen[0]?.recipientId).toBe(handler.id);
    await run('2026-11-10T11:05');
    await run('2026-11-10T11:10'); // again: nothing new
    seen = (await issue(head, made.id)).escalations;
    expect(seen.map((e) => [e.deadline, e.step, e.recipientId])).toEqual([
      ['first_response', 'remind', handler.id],
      ['first_response', 'supervisor', supervisor.id],
    ]);
    await run('2026-11-10T15:05'); // 4 h after the breach: the department head
    seen = (await issue(head, made.id)).escalations;
    expect(seen.at(-1)).toMatchObject({
      deadline: 'first_response',
      step: 'department_head',
      recipientId: head.id,
    });
  });

  it('two instances running the same tick record each step once', async () => {
    const made = await register(agent, { raisedAt });
    const asOf = new Date(local('2026-11-11T09:10'));
    const results = await Promise.all([
      escalateIssues(t.database.db, asOf, TZ),
      escalateIssues(t.database.db, asOf, TZ),
      escalateIssues(t.database.db, asOf, TZ),
    ]);
    expect(results.length).toBe(3);
    const steps = (await issue(head, made.id)).escalations.map((e) => `${e.deadline}:${e.step}`);
    expect(steps.sort()).toEqual([
      'first_response:department_head',
      'first_response:supervisor',
      'solution:supervisor',
    ]);
  });

  it('waits for working hours on a 一般 issue, but not on an urgent one', async () => {
    const normal = await register(agent, { raisedAt: local('2026-11-13T16:30') }); // Friday
    const urgent = await register(agent, { raisedAt: local('2026-11-13T16:30'), urgency: 'urgent' });
    await run('2026-11-14T10:00'); // Saturday
    expect((await issue(head, normal.id)).escalations).toEqual([]);
    expect((await issue(head, urgent.id)).escalations.map((e) => e.step)).toContain('supervisor');
    await run('2026-11-16T09:05'); // Monday morning
    expect((await issue(head, normal.id)).escalations.map((e) => e.step)).toContain('supervisor');
  });

  it('a paused issue does not escalate, and resuming moves its deadlines on by the pause', async () => {
    const made = await register(agent);
    const paused = await callAs(t, supervisor, 'POST', `/api/v1/issues/${made.id}/pause`, {
      reason: '等待客户提供故障照片',
    });
    expect(paused.statusCode).toBe(200);
    expect(
      (await callAs(t, supervisor, 'POST', `/api/v1/issues/${made.id}/pause`, { reason: 'x' })).statusCode,
    ).toBe(409);
    await t.database.db
      .updateTable('issues')
      .set({ paused_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', made.id)
      .execute();
    const resumed = (await callAs(t, supervisor, 'POST', `/api/v1/issues/${made.id}/resume`, {})).json();
    expect(Date.parse(resumed.solutionDueAt) - Date.parse(made.solutionDueAt)).toBeGreaterThanOrEqual(
      3_600_000 - 1000,
    );
  });
});

describe('editing and SLA policies', () => {
  it('recounts the deadlines when the urgency changes, and refuses a stale version or a bare 不成立', async () => {
    const made = await register(agent);
    const patch = (body: object) => callAs(t, supervisor, 'PATCH', `/api/v1/issues/${made.id}`, body);
    const urgent = await patch({ version: made.version, urgency: 'major', category: '产品质量' });
    expect(urgent.statusCode).toBe(200);
    expect(Date.parse(urgent.json().solutionDueAt) - Date.parse(urgent.json().raisedAt)).toBe(4 * 3_600_000);
    expect((await patch({ version: made.version, category: '收费' })).statusCode).toBe(409);
    const bare = await patch({ version: urgent.json().version, validity: 'invalid' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].field).toBe('validityReply');
    const personal = await patch({ version: urgent.json().version, responsibility: 'personal' });
    expect(personal.json().errors[0].field).toBe('atFaultUserId');
    const judged = await patch({
      version: urgent.json().version,
      validity: 'valid',
      responsibility: 'personal',
      atFaultUserId: agent.id,
    });
    expect(judged.json()).toMatchObject({
      validity: 'valid',
      responsibility: 'personal',
      atFaultUserId: agent.id,
    });
  });

  it('tells the new first owner when the issue is handed to them', async () => {
    const made = await register(agent);
    const colleague = await newUser(t, 'iss.colleague', ['supervisor'], '客户服务部');
    const handed = await callAs(t, supervisor, 'PATCH', `/api/v1/issues/${made.id}`, {
      version: made.version,
      ownerId: colleague.id,
    });
    expect(handed.statusCode).toBe(200);
    const inbox = (await callAs(t, colleague, 'GET', '/api/v1/notifications')).json();
    expect(inbox.items).toEqual([
      expect.objectContaining({ kind: 'issue_assigned', title: `问题 ${made.number} 由你负责` }),
    ]);
  });

  it('lets the administrator count a category in working hours, lunch break left out', async () => {
    const admin = { cookie: await adminCookie(t) } as TestUser;
    const current = (await callAs(t, admin, 'GET', '/api/v1/sla-policies')).json().items;
    expect(current).toHaveLength(3);
    const items = current.map(({ id: _id, ...p }: { id: number }) => p);
    const missing = await callAs(t, admin, 'PUT', '/api/v1/sla-policies', {
      items: items.filter((p: { urgency: string }) => p.urgency !== 'major'),
    });
    expect(missing.statusCode).toBe(400);
    const billing = {
      ...items[0],
      urgency: 'normal',
      category: '收费',
      clock: 'working',
      firstResponseHours: 2,
      solutionHours: 8,
    };
    const saved = await callAs(t, admin, 'PUT', '/api/v1/sla-policies', { items: [...items, billing] });
    expect(saved.statusCode).toBe(200);
    expect((await callAs(t, agent, 'PUT', '/api/v1/sla-policies', { items })).statusCode).toBe(403);
    // Raised Tuesday 11:00: one working hour before lunch, one after it.
    const made = await register(agent, { category: '收费', raisedAt: local('2026-11-10T11:00') });
    expect(made.firstResponseDueAt).toBe(local('2026-11-10T14:30'));
    expect(made.solutionDueAt).toBe(local('2026-11-11T11:30')); // 1 + 4.5 h on Tuesday, 2.5 h on Wednesday
    await callAs(t, admin, 'PUT', '/api/v1/sla-policies', { items });
  });

  it('lets the administrator raise the revisit satisfaction that closes an issue', async () => {
    const admin = { cookie: await adminCookie(t) } as TestUser;
    const policies = (await callAs(t, admin, 'GET', '/api/v1/sla-policies')).json();
    expect(policies.closeThreshold).toBe(4);
    const items = policies.items.map(({ id: _id, ...p }: { id: number }) => p);
    const strict = await callAs(t, admin, 'PUT', '/api/v1/sla-policies', { items, closeThreshold: 5 });
    expect(strict.json().closeThreshold).toBe(5);
    expect(
      (await callAs(t, admin, 'PUT', '/api/v1/sla-policies', { items, closeThreshold: 6 })).statusCode,
    ).toBe(400);
    const made = await register(agent);
    const resolved = (await move(supervisor, made.id, { to: 'resolved', solution: '更换滤芯' })).json();
    await callAs(t, manager, 'POST', '/api/v1/followup-records', {
      taskId: resolved.revisits[0].taskId,
      method: 'phone',
      contactedAt: new Date().toISOString(),
      serviceSatisfaction: 4,
      opinions: '基本满意',
    });
    // 4 was enough before; now it reopens the issue.
    expect(await issue(supervisor, made.id)).toMatchObject({ status: 'in_progress', cycle: 2 });
    await callAs(t, admin, 'PUT', '/api/v1/sla-policies', { items, closeThreshold: 4 });
  });
});

describe('duplicates and open letters', () => {
  it('joins a second report of the same problem to the first: set aside, listed there, not escalated', async () => {
    const main = await register(agent, { raisedAt: local('2026-11-17T09:00') });
    const again = await register(agent, { raisedAt: local('2026-11-17T09:10'), channel: 'email' });
    const linked = await callAs(t, supervisor, 'POST', `/api/v1/issues/${again.id}/duplicate-of`, {
      issueId: main.id,
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({
      status: 'no_action',
      duplicateOf: { id: main.id, number: main.number },
    });
    const first = (await callAs(t, supervisor, 'GET', `/api/v1/issues/${main.id}`)).json();
    expect(first.duplicates).toEqual([expect.objectContaining({ id: again.id, channel: 'email' })]);
    // Joining the duplicate itself, or joining an issue to itself, is refused.
    const third = await register(agent);
    expect(
      (await callAs(t, supervisor, 'POST', `/api/v1/issues/${third.id}/duplicate-of`, { issueId: again.id }))
        .statusCode,
    ).toBe(409);
    expect(
      (await callAs(t, supervisor, 'POST', `/api/v1/issues/${third.id}/duplicate-of`, { issueId: third.id }))
        .statusCode,
    ).toBe(400);
    await callAs(
      t,
      { cookie: await adminCookie(t) } as TestUser,
      'POST',
      '/api/v1/jobs/issue-escalation/run',
      {
        asOf: local('2026-11-17T11:30'),
      },
    );
    expect((await issue(head, again.id)).escalations).toEqual([]);
    expect((await issue(head, main.id)).escalations.map((e) => e.step)).toContain('supervisor');
  });

  it('answers several issues with one open letter kept on each', async () => {
    const a = await register(agent, { description: '小区停水未提前通知' });
    const b = await register(agent, { description: '停水期间无人答复' });
    const sent = await callAs(t, supervisor, 'POST', '/api/v1/open-letters', {
      title: '关于11月17日停水的说明',
      body: '因市政管网抢修临时停水，今后将提前24小时通知。',
      issueIds: [a.id, b.id],
    });
    expect(sent.statusCode).toBe(201);
    for (const id of [a.id, b.id]) {
      const page = (await callAs(t, supervisor, 'GET', `/api/v1/issues/${id}`)).json();
      expect(page.letters).toEqual([
        expect.objectContaining({ title: '关于11月17日停水的说明', issueCount: 2 }),
      ]);
    }
    expect(
      (await callAs(t, agent, 'POST', '/api/v1/open-letters', { title: 'x', body: 'y', issueIds: [a.id] }))
        .statusCode,
    ).toBe(403);
  });
});
