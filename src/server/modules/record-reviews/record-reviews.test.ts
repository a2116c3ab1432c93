import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateIn } from '../../../domain/calendar/dates.ts';
import { zonedMoment } from '../../../domain/calendar/hours.ts';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

// 主管审核 (SPEC §3.5) as a 客户服务部 team meets it: an agent logs records, their supervisor signs them or sends
// them back with comments, the agent corrects and resubmits; the deadlines show on the record and in the queue.

let t: TestApp;
let agent: TestUser;
let supervisor: TestUser;
let otherSupervisor: TestUser;
let customerId: number;

beforeAll(async () => {
  t = await createTestApp();
  const am = await newUser(t, 'rvam', ['account_manager'], '客户服务部');
  agent = await newUser(t, 'rvagent', ['agent'], '客户服务部');
  supervisor = await newUser(t, 'rvsup', ['supervisor'], '客户服务部');
  otherSupervisor = await newUser(t, 'rvsupx', ['supervisor'], '技术部');
  customerId = (await newCustomer(t, am, { name: '审核流程测试公司', agentId: agent.id })).id;
});
afterAll(() => t?.close());

const ZONE = 'Asia/Shanghai';
/**
 * A minute ago, but not before today began in Shanghai: a record logged just after midnight for a call a minute
 * before it is entered late (补录), and the suite must not turn red at midnight.
 */
const aMinuteAgoToday = () => {
  const now = new Date();
  const todayBegan = zonedMoment(dateIn(now, ZONE), 0, ZONE).getTime();
  return new Date(Math.max(now.getTime() - 60_000, todayBegan)).toISOString();
};

const log = async (values: object = {}) => {
  const answer = await callAs(t, agent, 'POST', '/api/v1/followup-records', {
    customerId,
    method: 'phone',
    contactedAt: aMinuteAgoToday(),
    serviceSatisfaction: 4,
    opinions: '希望缩短响应时间',
    ...values,
  });
  expect(answer.statusCode).toBe(201);
  return answer.json() as { id: number; number: string };
};
const decide = (user: TestUser, id: number, action: 'approve' | 'return', comment?: string) =>
  callAs(
    t,
    user,
    'POST',
    `/api/v1/followup-records/${id}/${action}`,
    comment === undefined ? {} : { comment },
  );
const queue = async (user: TestUser, box = 'to_approve') => {
  const answer = await callAs(t, user, 'GET', `/api/v1/record-reviews?box=${box}`);
  expect(answer.statusCode).toBe(200);
  return answer.json().items as { reviewId: number; round: number; status: string; record: { id: number } }[];
};

describe('review', () => {
  it('keeps a record provisional until the supervisor signs it, then it is final', async () => {
    const record = await log();
    expect((await callAs(t, agent, 'GET', `/api/v1/followup-records/${record.id}`)).json()).toMatchObject({
      reviewStatus: 'provisional',
      lateEntry: false,
      reviewOverdue: false,
      returnedCount: 0,
    });
    expect((await queue(supervisor)).map((i) => i.record.id)).toContain(record.id);
    expect((await queue(agent, 'mine')).map((i) => i.record.id)).toContain(record.id);

    const signed = await decide(supervisor, record.id, 'approve', '记录完整');
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({
      reviewStatus: 'approved',
      reviewComment: '记录完整',
      reviewedByName: expect.any(String),
    });
    expect((await queue(supervisor)).map((i) => i.record.id)).not.toContain(record.id);
    // Signed is final: the author cannot change it, and it is not signed twice.
    const edit = await callAs(t, agent, 'PUT', `/api/v1/followup-records/${record.id}`, {
      method: 'phone',
      contactedAt: new Date().toISOString(),
    });
    expect(edit.statusCode).toBe(409);
    expect((await decide(supervisor, record.id, 'approve')).statusCode).toBe(409);
  });

  it('sends a record back with comments; the author corrects it and it comes round again', async () => {
    const record = await log({ opinions: '' });
    const bare = await decide(supervisor, record.id, 'return', '');
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].field).toBe('comment');

    const back = await decide(supervisor, record.id, 'return', '请补充客户意见和对策');
    expect(back.json()).toMatchObject({
      reviewStatus: 'returned',
      returnedCount: 1,
      reviewComment: '请补充客户意见和对策',
    });
    expect((await queue(supervisor)).map((i) => i.record.id)).not.toContain(record.id);

    const fixed = await callAs(t, agent, 'PUT', `/api/v1/followup-records/${record.id}`, {
      method: 'phone',
      contactedAt: new Date(Date.now() - 60_000).toISOString(),
      serviceSatisfaction: 4,
      opinions: '希望缩短响应时间',
      countermeasures: '安排工程师驻场',
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({
      reviewStatus: 'provisional',
      countermeasures: '安排工程师驻场',
      returnedCount: 1,
    });
    const again = (await queue(supervisor)).find((i) => i.record.id === record.id);
    expect(again).toMatchObject({ round: 2, status: 'pending' });
    expect((await decide(supervisor, record.id, 'approve')).json().reviewStatus).toBe('approved');
  });

  it('asks for an issue when a correction now rates 差, and shows the correction on the customer', async () => {
    const record = await log({ serviceSatisfaction: 4 });
    await decide(supervisor, record.id, 'return', '满意度填错了，客户说很不满意');
    const fixed = await callAs(t, agent, 'PUT', `/api/v1/followup-records/${record.id}`, {
      method: 'phone',
      contactedAt: new Date(Date.now() - 30_000).toISOString(),
      serviceSatisfaction: 1,
      opinions: '维修拖了两周',
    });
    expect(fixed.json()).toMatchObject({ issueRequested: true, serviceSatisfaction: 1 });
    const requests = await t.database.db
      .selectFrom('followup_events')
      .select('id')
      .where('kind', '=', 'issue_requested')
      .where('ref_id', '=', String(record.id))
      .execute();
    expect(requests).toHaveLength(1);
    const customer = (await callAs(t, agent, 'GET', `/api/v1/customers/${customerId}`)).json();
    expect(customer).toMatchObject({ lastSatisfaction: 1, lastFeedback: '维修拖了两周' });
  });

  it('is for the author’s supervisor: not the author, not a supervisor elsewhere, not an agent', async () => {
    const record = await log();
    const own = await callAs(t, supervisor, 'POST', '/api/v1/followup-records', {
      customerId,
      method: 'phone',
      contactedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect((await decide(supervisor, own.json().id, 'approve')).statusCode).toBe(409);
    const outside = await decide(otherSupervisor, record.id, 'approve');
    expect(outside.statusCode).toBe(403);
    expect(outside.json().detail).toContain('不在您的管理范围内');
    expect((await decide(agent, record.id, 'approve')).statusCode).toBe(403);
    // Only the author corrects a record.
    const edit = await callAs(t, supervisor, 'PUT', `/api/v1/followup-records/${record.id}`, {
      method: 'phone',
      contactedAt: new Date().toISOString(),
    });
    expect(edit.statusCode).toBe(403);
  });
});

describe('deadlines', () => {
  it('marks a record entered after the day of the contact, and due for review 3 working days on', async () => {
    // Contacted on 2025-09-30 (before National Day): 10-09, 10-10 and the make-up Saturday 10-11 are the three
    // working days, so review is due as 10-11 ends — long past now.
    const record = await log({ contactedAt: '2025-09-30T02:00:00.000Z' });
    const body = (await callAs(t, agent, 'GET', `/api/v1/followup-records/${record.id}`)).json();
    expect(body).toMatchObject({
      lateEntry: true,
      reviewDueAt: '2025-10-11T16:00:00.000Z',
      reviewOverdue: true,
    });
    const overdue = await callAs(t, supervisor, 'GET', '/api/v1/followup-records?reviewOverdue=true');
    expect(overdue.json().items.map((r: { id: number }) => r.id)).toContain(record.id);
  });
});

describe('the record list', () => {
  it('filters by rating, review status and author, newest first', async () => {
    const poor = await log({ serviceSatisfaction: 2, opinions: '上门太慢' });
    const fine = await log({ serviceSatisfaction: 5 });
    const list = async (query: string) =>
      (await callAs(t, supervisor, 'GET', `/api/v1/followup-records?${query}`))
        .json()
        .items.map((r: { id: number }) => r.id);
    const poorOnes = await list('poor=true');
    expect(poorOnes).toContain(poor.id);
    expect(poorOnes).not.toContain(fine.id);
    const byAgent = await list(`staffId=${agent.id}&reviewStatus=provisional`);
    expect(byAgent.indexOf(fine.id)).toBeLessThan(byAgent.indexOf(poor.id));
    expect((await callAs(t, otherSupervisor, 'GET', '/api/v1/followup-records')).json().items).toEqual([]);
  });
});
