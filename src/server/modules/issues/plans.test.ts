import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

let t: TestApp;
let agent: TestUser;
let supervisor: TestUser;
let head: TestUser;
let customerId: number;

const local = (text: string) => new Date(`${text}+08:00`).toISOString();

interface PlanJson {
  id: number;
  status: string;
  plan: string;
  comment: string | null;
  requesterName: string;
}
interface IssueJson {
  id: number;
  number: string;
  status: string;
  version: number;
  planRequired: boolean;
  plans: PlanJson[];
  promisedReplyAt: string | null;
  promisedReplyMetAt: string | null;
  breached: { promisedReply: boolean };
  escalations: { deadline: string; step: string }[];
  timeline: { kind: string; note: string | null }[];
}

const register = async (body: Record<string, unknown>) => {
  const response = await callAs(t, agent, 'POST', '/api/v1/issues', {
    customerId,
    channel: 'phone',
    urgency: 'urgent',
    description: '生产线停机，设备无法启动',
    raisedAt: new Date().toISOString(),
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`register: ${response.statusCode} ${response.body}`);
  return response.json() as IssueJson;
};
const resolve = (by: TestUser, id: number) =>
  callAs(t, by, 'POST', `/api/v1/issues/${id}/transitions`, { to: 'resolved', solution: '更换主控板' });
const submit = (by: TestUser, id: number, plan: string) =>
  callAs(t, by, 'POST', `/api/v1/issues/${id}/plans`, { plan });
const issue = async (id: number) =>
  (await callAs(t, supervisor, 'GET', `/api/v1/issues/${id}`)).json() as IssueJson;

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await newUser(t, 'plan.sup', ['supervisor'], '客户服务部');
  head = await newUser(t, 'plan.head', ['dept_manager'], '客户服务部');
  agent = await newUser(t, 'plan.agent', ['agent'], '客户服务部');
  const manager = await newUser(t, 'plan.am', ['account_manager'], '销售部');
  await t.database.db
    .updateTable('users')
    .set({ supervisor_id: supervisor.id })
    .where('id', '=', agent.id)
    .execute();
  await t.database.db
    .updateTable('users')
    .set({ supervisor_id: head.id })
    .where('id', '=', supervisor.id)
    .execute();
  customerId = (await newCustomer(t, manager, { name: '恒达包装材料有限公司', agentId: agent.id })).id;
});
afterAll(() => t.close());

describe('solution plan approval (处理方案审批)', () => {
  it('an urgent issue is resolved only once a leader approved its plan', async () => {
    const made = await register({});
    expect(made.planRequired).toBe(true);
    const early = await resolve(supervisor, made.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('请先提交处理方案');

    const submitted = await submit(supervisor, made.id, '技术部携备件上门，更换主控板');
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({ status: 'in_progress', plans: [{ status: 'pending' }] });
    expect((await submit(supervisor, made.id, '另一个方案')).statusCode).toBe(409);
    expect((await resolve(supervisor, made.id)).json().detail).toContain('尚待领导审批');

    const planId = (submitted.json() as IssueJson).plans[0]?.id;
    const inbox = (await callAs(t, head, 'GET', '/api/v1/issue-plans?box=to_approve')).json();
    expect(inbox.items.map((p: PlanJson) => p.id)).toContain(planId);
    expect(
      (await callAs(t, supervisor, 'POST', `/api/v1/issue-plans/${planId}/approve`, {})).statusCode,
    ).toBe(409);
    const approved = await callAs(t, head, 'POST', `/api/v1/issue-plans/${planId}/approve`, {
      comment: '同意',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', comment: '同意' });

    const told = (await callAs(t, supervisor, 'GET', '/api/v1/notifications')).json();
    expect(told.items[0]).toMatchObject({ kind: 'issue_plan_decided' });
    expect(told.items[0].title).toContain('已由');
    expect((await resolve(supervisor, made.id)).statusCode).toBe(200);
    expect((await issue(made.id)).timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['plan_submitted', 'plan_approved']),
    );
  });

  it('a rejected plan needs the reason, goes back to its author, and a new one can follow', async () => {
    const made = await register({ urgency: 'major' });
    const planId = ((await submit(supervisor, made.id, '先电话安抚，下周处理')).json() as IssueJson).plans[0]
      ?.id;
    const bare = await callAs(t, head, 'POST', `/api/v1/issue-plans/${planId}/reject`, {});
    expect(bare.statusCode).toBe(400);
    const rejected = await callAs(t, head, 'POST', `/api/v1/issue-plans/${planId}/reject`, {
      comment: '重大问题须 4 小时内上门',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', comment: '重大问题须 4 小时内上门' });
    expect((await resolve(supervisor, made.id)).statusCode).toBe(409);
    const again = await submit(supervisor, made.id, '今日 16:00 前上门更换');
    expect(again.statusCode).toBe(201);
    expect((again.json() as IssueJson).plans.map((p) => p.status)).toEqual(['rejected', 'pending']);
  });

  it('a 一般 issue needs no approved plan unless the policy says so', async () => {
    const made = await register({ urgency: 'normal' });
    expect(made.planRequired).toBe(false);
    expect((await resolve(supervisor, made.id)).statusCode).toBe(200);
  });

  it('the agent cannot submit a plan, nor decide one', async () => {
    const made = await register({});
    expect((await submit(agent, made.id, '方案')).statusCode).toBe(403);
    expect((await callAs(t, agent, 'GET', '/api/v1/issue-plans?box=to_approve')).statusCode).toBe(403);
  });
});

describe('the reply time promised to the customer (告知客户的反馈时间)', () => {
  const run = async (asOf: string) =>
    callAs(t, { cookie: await adminCookie(t) } as TestUser, 'POST', '/api/v1/jobs/issue-escalation/run', {
      asOf: local(asOf),
    });

  it('is watched like a deadline and kept by progress the customer was told of', async () => {
    // Thursday 2026-11-12: raised at 09:00, the customer promised an answer by 10:00.
    const made = await register({
      urgency: 'normal',
      raisedAt: local('2026-11-12T09:00'),
      promisedReplyAt: local('2026-11-12T10:00'),
    });
    await run('2026-11-12T09:40');
    await run('2026-11-12T10:05');
    const promised = (await issue(made.id)).escalations.filter((e) => e.deadline === 'promised_reply');
    expect(promised.map((e) => e.step)).toEqual(['remind', 'supervisor']);
    expect((await issue(made.id)).breached.promisedReply).toBe(true);

    const quiet = await callAs(t, supervisor, 'POST', `/api/v1/issues/${made.id}/progress`, {
      note: '已联系厂家',
      customerInformed: false,
    });
    expect(quiet.json()).toMatchObject({ promisedReplyMetAt: null, breached: { promisedReply: true } });
    const told = await callAs(t, supervisor, 'POST', `/api/v1/issues/${made.id}/progress`, {
      note: '已电话告知客户：备件明日到货',
      customerInformed: true,
    });
    expect(told.json().promisedReplyMetAt).not.toBeNull();
    expect(told.json().breached.promisedReply).toBe(false);

    const later = new Date(Date.now() + 86_400_000).toISOString();
    const renewed = await callAs(t, supervisor, 'PATCH', `/api/v1/issues/${made.id}`, {
      version: told.json().version,
      promisedReplyAt: later,
    });
    expect(renewed.json()).toMatchObject({ promisedReplyMetAt: null, breached: { promisedReply: false } });
  });
});
