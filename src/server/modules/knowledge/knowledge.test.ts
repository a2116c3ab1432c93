import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

let t: TestApp;
let agent: TestUser;
let supervisor: TestUser;
let customerId: number;
let otherCustomerId: number;

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await newUser(t, 'kb.sup', ['supervisor'], '客户服务部');
  agent = await newUser(t, 'kb.agent', ['agent'], '客户服务部');
  await t.database.db
    .updateTable('users')
    .set({ supervisor_id: supervisor.id })
    .where('id', '=', agent.id)
    .execute();
  const manager = await newUser(t, 'kb.am', ['account_manager'], '销售部');
  customerId = (await newCustomer(t, manager, { name: '金桥印务有限公司', agentId: agent.id })).id;
  otherCustomerId = (await newCustomer(t, manager, { name: '同方包装有限公司', agentId: agent.id })).id;
});
afterAll(() => t.close());

const register = async (description: string, id = customerId) =>
  (
    await callAs(t, agent, 'POST', '/api/v1/issues', {
      customerId: id,
      channel: 'phone',
      urgency: 'normal',
      category: '售后维修',
      description,
      raisedAt: new Date().toISOString(),
    })
  ).json();

describe('知识库', () => {
  it('turns a resolved issue into an article found by its Chinese words', async () => {
    const issue = await register('打印机进纸模块频繁卡纸，影响批量出单');
    expect(
      (await callAs(t, supervisor, 'POST', '/api/v1/knowledge-articles', { sourceIssueId: issue.id }))
        .statusCode,
    ).toBe(409); // not resolved yet
    await callAs(t, supervisor, 'POST', `/api/v1/issues/${issue.id}/transitions`, {
      to: 'resolved',
      solution: '更换进纸辊并清洁传感器，调整纸张湿度',
    });
    expect(
      (await callAs(t, agent, 'POST', '/api/v1/knowledge-articles', { sourceIssueId: issue.id })).statusCode,
    ).toBe(403); // agents read, handlers write
    const made = await callAs(t, supervisor, 'POST', '/api/v1/knowledge-articles', {
      sourceIssueId: issue.id,
      typicalCase: true,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      problem: '打印机进纸模块频繁卡纸，影响批量出单',
      solution: '更换进纸辊并清洁传感器，调整纸张湿度',
      category: '售后维修',
      typicalCase: true,
      sourceIssueNumber: issue.number,
    });
    const found = (
      await callAs(t, agent, 'GET', `/api/v1/knowledge-articles?q=${encodeURIComponent('卡纸怎么办')}`)
    ).json();
    expect(found.items.map((a: { id: number }) => a.id)).toContain(made.json().id);
    const none = (
      await callAs(t, agent, 'GET', `/api/v1/knowledge-articles?q=${encodeURIComponent('发票抬头')}`)
    ).json();
    expect(none.items.map((a: { id: number }) => a.id)).not.toContain(made.json().id);

    const stale = await callAs(t, supervisor, 'PUT', `/api/v1/knowledge-articles/${made.json().id}`, {
      version: made.json().version + 1,
      title: '卡纸处理',
    });
    expect(stale.statusCode).toBe(409);
    const blank = await callAs(t, supervisor, 'PUT', `/api/v1/knowledge-articles/${made.json().id}`, {
      version: made.json().version,
      solution: ' ',
    });
    expect(blank.json().errors[0].field).toBe('solution');
  });

  it('suggests articles and possible duplicates while an issue is typed in, the same customer first', async () => {
    const first = await register('车间三号机频繁卡纸，进纸辊有异响', otherCustomerId);
    const same = await register('三号机又卡纸了，异响严重');
    const answer = (
      await callAs(t, agent, 'POST', '/api/v1/issues/suggestions', { text: '三号机卡纸异响', customerId })
    ).json();
    expect(answer.articles.length).toBeGreaterThan(0);
    expect(answer.articles[0].solution).toContain('进纸辊');
    expect(answer.similarIssues.map((i: { id: number }) => i.id).slice(0, 2)).toEqual([same.id, first.id]);
    expect(answer.similarIssues[0]).toMatchObject({ sameCustomer: true });
    const unrelated = (
      await callAs(t, agent, 'POST', '/api/v1/issues/suggestions', { text: '发票抬头开错', customerId })
    ).json();
    expect(unrelated.similarIssues.map((i: { id: number }) => i.id)).not.toContain(same.id);
  });

  it('is not for marketing', async () => {
    const marketing = await newUser(t, 'kb.mkt', ['marketing'], '市场部');
    expect((await callAs(t, marketing, 'GET', '/api/v1/knowledge-articles')).statusCode).toBe(403);
  });
});
