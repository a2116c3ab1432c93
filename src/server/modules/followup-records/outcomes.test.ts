import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

// What a record sets in motion (SPEC §3.5): the 拜访核查 result, revisits of an unresolved matter, and the
// actions an agent takes from what they heard.

let t: TestApp;
let agent: TestUser;
let salesperson: TestUser;
let customerId: number;

beforeAll(async () => {
  t = await createTestApp();
  salesperson = await newUser(t, 'ocsales', ['account_manager'], '销售部');
  agent = await newUser(t, 'ocagent', ['agent'], '销售部');
  customerId = (await newCustomer(t, salesperson, { name: '结果处理测试公司', agentId: agent.id })).id;
});
afterAll(() => t?.close());

async function task(values: Record<string, unknown> = {}) {
  const { id } = await t.database.db
    .insertInto('followup_tasks')
    .values({
      customer_id: customerId,
      source_key: `oc:${Math.random()}`,
      type: 'routine',
      method: 'phone',
      assignee_id: agent.id,
      start_at: new Date(Date.now() - 3_600_000),
      due_at: new Date(Date.now() + 86_400_000),
      ...values,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const record = (user: TestUser, payload: object) =>
  callAs(t, user, 'POST', '/api/v1/followup-records', {
    method: 'phone',
    contactedAt: new Date(Date.now() - 60_000).toISOString(),
    serviceSatisfaction: 4,
    ...payload,
  });

const eventsOf = (kind: string) =>
  t.database.db
    .selectFrom('followup_events')
    .select(['ref_id', 'severity'])
    .where('kind', '=', kind)
    .where('customer_id', '=', customerId)
    .execute();

describe('visit verification (拜访核查)', () => {
  it('records whether the customer confirms the visit; a denial flags suspected fabrication', async () => {
    const visit = await callAs(t, salesperson, 'POST', '/api/v1/service-events', {
      customerId,
      kind: 'sales_visit',
      occurredAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
      summary: '外勤单：拜访采购经理',
    });
    expect(visit.statusCode).toBe(201);
    const id = await task({ type: 'verification', event_kind: 'sales_visit', event_id: visit.json().id });

    const without = await record(agent, { taskId: id });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors[0].field).toBe('verification.result');
    // The salesperson does not verify their own visit.
    const own = await record(salesperson, { taskId: id, verification: { result: 'confirmed' } });
    expect(own.statusCode).toBe(409);

    const denied = await record(agent, {
      taskId: id,
      opinions: '客户表示当天没有人来拜访',
      verification: { result: 'denied', salespersonRating: 2, complaint: true },
    });
    expect(denied.statusCode).toBe(201);
    expect(denied.json()).toMatchObject({
      verificationResult: 'denied',
      salespersonId: salesperson.id,
      salespersonRating: 2,
      salespersonComplaint: true,
    });
    const recordId = String(denied.json().id);
    expect(await eventsOf('visit_denied')).toEqual([{ ref_id: recordId, severity: 'major' }]);
    expect(await eventsOf('salesperson_complaint')).toEqual([{ ref_id: recordId, severity: 'urgent' }]);
    const listed = await callAs(
      t,
      agent,
      'GET',
      `/api/v1/followup-records?verification=denied&salespersonId=${salesperson.id}`,
    );
    expect(listed.json().items.map((r: { id: number }) => r.id)).toEqual([denied.json().id]);
    // Elsewhere a verification result makes no sense.
    const stray = await record(agent, { customerId, verification: { result: 'confirmed' } });
    expect(stray.statusCode).toBe(400);
  });
});

describe('an unresolved matter', () => {
  it('is revisited a 2nd time the same way, a 3rd time by phone, then becomes an issue request', async () => {
    const first = await task({ method: 'onsite' });
    const one = await record(agent, { taskId: first, method: 'onsite', resolved: false });
    expect(one.statusCode).toBe(201);
    const revisits = () =>
      t.database.db
        .selectFrom('followup_tasks')
        .select(['id', 'method', 'revisit_round', 'revisit_of', 'assignee_id', 'due_at'])
        .where('revisit_of', '=', one.json().id)
        .orderBy('revisit_round')
        .execute();
    const [second] = await revisits();
    expect(second).toMatchObject({ method: 'onsite', revisit_round: 2, assignee_id: agent.id });
    // Due within 5 working days: at least a week of calendar time away at most.
    const days = ((second?.due_at.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4);
    expect(days).toBeLessThan(16);

    const two = await record(agent, { taskId: second?.id, method: 'onsite', resolved: false });
    const third = (await revisits())[1];
    expect(third).toMatchObject({ method: 'phone', revisit_round: 3 });
    await record(agent, { taskId: third?.id, resolved: false });
    expect(await revisits()).toHaveLength(2);
    const requests = await eventsOf('issue_requested');
    expect(requests.map((e) => e.ref_id)).not.toContain(String(two.json().id));
    expect(requests.length).toBeGreaterThan(0);
  });

  it('needs no revisit once resolved', async () => {
    const id = await task();
    const done = await record(agent, { taskId: id, resolved: true });
    const next = await t.database.db
      .selectFrom('followup_tasks')
      .select('id')
      .where('revisit_of', '=', done.json().id)
      .execute();
    expect(next).toEqual([]);
  });
});

describe('actions from a record', () => {
  it('turns a phone follow-up into an on-site visit by the account manager, once; routes to R&D', async () => {
    const logged = (await record(agent, { customerId, opinions: '设备异响，电话里说不清楚' })).json();
    const act = (kind: string) =>
      callAs(t, agent, 'POST', `/api/v1/followup-records/${logged.id}/actions`, { kind, note: '需现场查看' });
    const visit = await act('onsite_visit');
    expect(visit.statusCode).toBe(201);
    const made = await t.database.db
      .selectFrom('followup_tasks')
      .select(['method', 'assignee_id', 'type'])
      .where('id', '=', visit.json().taskId)
      .executeTakeFirstOrThrow();
    expect(made).toEqual({ method: 'onsite', assignee_id: salesperson.id, type: 'onsite' });
    expect((await act('onsite_visit')).statusCode).toBe(409);
    expect((await act('rnd')).json()).toMatchObject({ kind: 'rnd', taskId: null });
    const shown = (await callAs(t, agent, 'GET', `/api/v1/followup-records/${logged.id}`)).json();
    expect(shown.actions.map((a: { kind: string }) => a.kind)).toEqual(['onsite_visit', 'rnd']);
    expect((await act('nonsense')).statusCode).toBe(400);
  });
});

describe('a promised reply (约定回复时间)', () => {
  it('is tracked like a deadline: a task for the author, due when the customer was promised', async () => {
    const promised = new Date(Date.now() + 2 * 86_400_000);
    const logged = (
      await record(agent, { customerId, opinions: '要报价单', promisedReplyAt: promised.toISOString() })
    ).json();
    const reply = await t.database.db
      .selectFrom('followup_tasks')
      .select(['type', 'assignee_id', 'due_at', 'status'])
      .where('source_key', '=', `reply:${logged.id}`)
      .executeTakeFirstOrThrow();
    expect(reply).toEqual({
      type: 'promised_reply',
      assignee_id: agent.id,
      due_at: promised,
      status: 'pending',
    });
    const backwards = await record(agent, {
      customerId,
      promisedReplyAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('promisedReplyAt');
  });
});
