import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

let t: TestApp;
let am: TestUser;
let customerId: number;
const URL = '/api/v1/followup-records';
// A 1×1 transparent PNG: what a signature pad sends, only smaller.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

beforeAll(async () => {
  t = await createTestApp();
  am = await newUser(t, 'recam', ['account_manager'], '销售部');
  customerId = (await newCustomer(t, am, { name: '回访记录测试公司' })).id;
});
afterAll(() => t?.close());

async function taskFor(values: { method?: string; signature_required?: boolean } = {}) {
  const { id } = await t.database.db
    .insertInto('followup_tasks')
    .values({
      customer_id: customerId,
      source_key: `test:${Math.random()}`,
      type: 'routine',
      method: values.method ?? 'phone',
      assignee_id: am.id,
      start_at: new Date(),
      due_at: new Date(Date.now() + 86_400_000),
      signature_required: values.signature_required ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const record = (payload: object) => callAs(t, am, 'POST', URL, payload);
const base = { method: 'phone', contactedAt: new Date(Date.now() - 60_000).toISOString() };

it('numbers a record HF + date + sequence, marks it 电话回访 and provisional, and completes its task', async () => {
  const taskId = await taskFor();
  const first = await record({
    ...base,
    taskId,
    serviceSatisfaction: 5,
    productSatisfaction: 4,
    opinions: '希望增加培训',
  });
  expect(first.statusCode).toBe(201);
  const body = first.json();
  expect(body).toMatchObject({
    taskId,
    customerId,
    phoneRecord: true,
    reviewStatus: 'provisional',
    issueRequested: false,
  });
  expect(body.number).toMatch(/^HF\d{8}\d{4}$/);
  const task = await t.database.db
    .selectFrom('followup_tasks')
    .select(['status', 'record_id'])
    .where('id', '=', taskId)
    .executeTakeFirstOrThrow();
  expect(task).toEqual({ status: 'done', record_id: body.id });

  const second = (await record({ ...base, customerId })).json();
  expect(Number(second.number.slice(-4))).toBe(Number(body.number.slice(-4)) + 1);
  expect(second.number.slice(0, 10)).toBe(body.number.slice(0, 10));

  const again = await record({ ...base, taskId });
  expect(again.statusCode).toBe(409);
});

it('asks for an issue when the customer rates 差 or complains, and schedules the next follow-up it names', async () => {
  const answer = await record({
    ...base,
    customerId,
    serviceSatisfaction: 2,
    nextFollowupOn: '2030-03-20',
    nextFollowupContent: '确认物流是否恢复',
  });
  const body = answer.json();
  expect(body.issueRequested).toBe(true);
  const events = await t.database.db
    .selectFrom('followup_events')
    .select(['kind', 'ref_id'])
    .where('customer_id', '=', customerId)
    .execute();
  expect(events).toContainEqual({ kind: 'issue_requested', ref_id: String(body.id) });
  const next = await t.database.db
    .selectFrom('followup_tasks')
    .select(['assignee_id', 'start_at', 'status'])
    .where('source_key', '=', `record:${body.id}`)
    .executeTakeFirstOrThrow();
  expect(next).toEqual({
    assignee_id: am.id,
    start_at: new Date('2030-03-20T00:00:00+08:00'),
    status: 'pending',
  });
});

it('needs the customer’s signature on an on-site record where the rule says so', async () => {
  const taskId = await taskFor({ method: 'onsite', signature_required: true });
  const unsigned = await record({ ...base, method: 'onsite', taskId });
  expect(unsigned.statusCode).toBe(400);
  expect(unsigned.json().errors).toEqual([{ field: 'signature', message: '现场回访须有客户签字' }]);
  const notAnImage = await record({
    ...base,
    method: 'onsite',
    taskId,
    signature: 'data:text/plain;base64,aGk=',
  });
  expect(notAnImage.json().errors[0].field).toBe('signature');
  const signed = await record({
    ...base,
    method: 'onsite',
    taskId,
    signature: PNG,
    nextFollowupOn: '2030-04-02',
  });
  expect(signed.json()).toMatchObject({ signed: true, phoneRecord: false });
  // The next visit it names asks for the signature too.
  const next = await t.database.db
    .selectFrom('followup_tasks')
    .select(['method', 'signature_required'])
    .where('source_key', '=', `record:${signed.json().id}`)
    .executeTakeFirstOrThrow();
  expect(next).toEqual({ method: 'onsite', signature_required: true });
});

it('says which field is wrong, and keeps other departments out', async () => {
  const future = await record({
    ...base,
    customerId,
    contactedAt: new Date(Date.now() + 3_600_000).toISOString(),
  });
  expect(future.json().errors).toEqual([{ field: 'contactedAt', message: '回访时间不能晚于现在' }]);
  const rating = await record({ ...base, customerId, serviceSatisfaction: 6 });
  expect(rating.statusCode).toBe(400);
  const stranger = await newUser(t, 'recother', ['account_manager'], '客户服务部');
  const refused = await callAs(t, stranger, 'POST', URL, { ...base, customerId });
  expect(refused.statusCode).toBe(403);
  const admin = await adminCookie(t);
  expect(
    (await t.call(admin, { method: 'POST', url: URL, payload: { ...base, customerId } })).statusCode,
  ).toBe(403);
});

it('keeps the customer’s follow-up columns current: latest record, next follow-up, and the list’s filters', async () => {
  const fresh = (await newCustomer(t, am, { name: '跟踪总表测试公司' })).id;
  const never = await callAs(t, am, 'GET', `/api/v1/customers?followup=never&ownerId=${am.id}&limit=200`);
  expect(never.json().items.map((c: { id: number }) => c.id)).toContain(fresh);

  const contactedAt = new Date(Date.now() - 3_600_000).toISOString();
  await record({
    method: 'onsite',
    contactedAt,
    customerId: fresh,
    keyPoints: '讨论Q2合作续约意向',
    opinions: '对服务响应速度满意',
    serviceSatisfaction: 4,
    nextFollowupOn: '2030-04-10',
  });
  const detail = (await callAs(t, am, 'GET', `/api/v1/customers/${fresh}`)).json();
  expect(detail).toMatchObject({
    lastFollowupAt: new Date(contactedAt).toISOString(),
    lastFollowupMethod: 'onsite',
    lastFollowupSummary: '讨论Q2合作续约意向',
    lastFeedback: '对服务响应速度满意',
    lastSatisfaction: 4,
    nextFollowupAt: new Date('2030-04-10T00:00:00+08:00').toISOString(),
  });
  // The list writes its timestamps in SQL, the detail from Dates: a row must read the same in both, to the ms.
  const listed = (await callAs(t, am, 'GET', `/api/v1/customers?ownerId=${am.id}&limit=200`))
    .json()
    .items.find((c: { id: number }) => c.id === fresh);
  const times = ['createdAt', 'updatedAt', 'verifiedAt', 'stale', 'lastFollowupAt', 'nextFollowupAt'];
  const pick = (o: Record<string, unknown>) => Object.fromEntries(times.map((k) => [k, o[k]]));
  expect(pick(listed)).toEqual(pick(detail));
  expect(listed.lastFollowupAt).toBe(new Date(contactedAt).toISOString());
  const neverAfter = await callAs(
    t,
    am,
    'GET',
    `/api/v1/customers?followup=never&ownerId=${am.id}&limit=200`,
  );
  expect(neverAfter.json().items.map((c: { id: number }) => c.id)).not.toContain(fresh);
  const overdue = await callAs(t, am, 'GET', `/api/v1/customers?followup=overdue&ownerId=${am.id}&limit=200`);
  expect(overdue.json().items.map((c: { id: number }) => c.id)).not.toContain(fresh);
});

it('takes the person spoken to only from the customer’s own contacts', async () => {
  const other = await newCustomer(t, am, {
    name: '别家联系人测试公司',
    contacts: [{ name: '吴总', mobile: '13600001111', isPrimary: true }],
  });
  const contactsOf = async (id: number) =>
    (await callAs(t, am, 'GET', `/api/v1/customers/${id}/contacts`)).json().items as { id: number }[];
  const [foreign] = await contactsOf(other.id);
  const wrong = await record({ ...base, customerId, contactId: foreign?.id });
  expect(wrong.statusCode).toBe(400);
  expect(wrong.json().errors).toEqual([{ field: 'contactId', message: '不是该客户的联系人' }]);
  const right = await record({ ...base, customerId: other.id, contactId: foreign?.id });
  expect(right.statusCode).toBe(201);
  const corrected = await callAs(t, am, 'PUT', `${URL}/${right.json().id}`, {
    ...base,
    contactId: (await contactsOf(customerId))[0]?.id ?? 999_999,
  });
  expect(corrected.json().errors).toEqual([{ field: 'contactId', message: '不是该客户的联系人' }]);
});
