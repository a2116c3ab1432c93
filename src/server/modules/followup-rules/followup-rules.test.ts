import { afterAll, beforeAll, expect, it } from 'vitest';
import { newRuleDefinition, type RuleDefinition } from '../../../domain/followups/rules.ts';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, newUser, type TestUser } from '../../test/fixtures.ts';

let t: TestApp;
let admin: string;
let agent: TestUser;
const URL = '/api/v1/followup-rules';

const repairRevisit: RuleDefinition = newRuleDefinition({
  name: '维修回访',
  description: '维修完成后一个月内回访，抽查 30%',
  type: 'repair',
  trigger: { kind: 'event', event: 'repair' },
  within: { amount: 1, unit: 'months' },
  assignee: { kind: 'agent' },
  samplingRate: 0.3,
  script: '您好，我们是客服中心，想了解上次维修的效果。',
  questionnaire: [{ question: '维修后设备是否正常？', kind: 'choice', options: ['正常', '仍有问题'] }],
  proactive: false,
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminCookie(t);
  agent = await newUser(t, 'ruleagent', ['agent'], '客户服务部');
});
afterAll(() => t?.close());

it('creates a rule switched off, versions every edit, and refuses an edit of an old version', async () => {
  const created = await t.call(admin, { method: 'POST', url: URL, payload: { definition: repairRevisit } });
  expect(created.statusCode).toBe(201);
  const rule = created.json();
  expect(rule).toMatchObject({ version: 1, active: false, preset: null, definition: repairRevisit });

  const edited = await t.call(admin, {
    method: 'PUT',
    url: `${URL}/${rule.id}`,
    payload: { version: 1, definition: { ...repairRevisit, samplingRate: 0.5 } },
  });
  expect(edited.json()).toMatchObject({ version: 2, definition: { samplingRate: 0.5 } });
  expect(edited.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

  const stale = await t.call(admin, {
    method: 'PUT',
    url: `${URL}/${rule.id}`,
    payload: { version: 1, definition: repairRevisit },
  });
  expect(stale.statusCode).toBe(409);
  expect(stale.json().detail).toContain('已被他人修改');

  expect(
    (await t.call(admin, { method: 'POST', url: `${URL}/${rule.id}/activate`, payload: {} })).json().active,
  ).toBe(true);
  const active = (await t.call(agent.cookie, { method: 'GET', url: `${URL}?active=true` })).json().items;
  expect(active.map((r: { id: number }) => r.id)).toContain(rule.id);
  const inactive = (await t.call(agent.cookie, { method: 'GET', url: `${URL}?active=false` })).json().items;
  expect(inactive.map((r: { id: number }) => r.id)).not.toContain(rule.id);

  const audit = await t.database.db
    .selectFrom('audit_events')
    .select('action')
    .where('target_type', '=', 'followup_rule')
    .where('target_id', '=', String(rule.id))
    .orderBy('id')
    .execute();
  expect(audit.map((a) => a.action)).toEqual([
    'followup_rules.created',
    'followup_rules.updated',
    'followup_rules.activated',
  ]);
});

it('names every wrong field of a rule, in Chinese', async () => {
  const answer = await t.call(admin, {
    method: 'POST',
    url: URL,
    payload: {
      definition: {
        ...repairRevisit,
        trigger: { kind: 'periodic', every: 13, unit: 'month' },
        assignee: {
          kind: 'by_severity',
          general: { kind: 'owner' },
          urgent: { kind: 'owner' },
          major: { kind: 'owner' },
        },
        samplingRate: 0,
      },
    },
  });
  expect(answer.statusCode).toBe(400);
  expect(answer.json().errors).toEqual([
    { field: 'definition.trigger.every', message: '周期须为 1 到 12 的整数' },
    { field: 'definition.assignee', message: '定期规则不能按问题等级分派' },
    { field: 'definition.samplingRate', message: '抽样比例须大于 0%，至多 100%' },
  ]);
});

it('lets an agent read the rules but not change them', async () => {
  const answer = await t.call(agent.cookie, {
    method: 'POST',
    url: URL,
    payload: { definition: repairRevisit },
  });
  expect(answer.statusCode).toBe(403);
  expect((await t.call(agent.cookie, { method: 'GET', url: `${URL}/999999` })).statusCode).toBe(404);
});
