import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

const api = (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  t.call(cookies[user], { method, url, payload });

beforeAll(async () => {
  t = await createTestApp();
  cookies.admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const [name, roles, dept] of [
    ['cam', ['account_manager'], '销售部'],
    ['cother', ['supervisor'], '客户服务部'],
    ['cmkt', ['marketing'], '市场部'],
    ['cmktboss', ['dept_manager'], '市场部'],
  ] as const) {
    ids[name] = await createUserAs(t, cookies.admin as string, {
      username: name,
      roles: [...roles],
      departmentName: dept,
    });
    cookies[name] = await t.login(name, 'Passw0rd!');
  }
  const created = await api('cam', 'POST', '/api/v1/customers', {
    name: '宁波港机设备有限公司',
    industry: '制造业',
    province: '浙江省',
    city: '宁波市',
    tags: ['重点客户'],
    annualAmount: '600000',
    status: 'active',
    preferredMethod: '电话沟通',
    contacts: [{ name: '钱七', mobile: '13700007777' }],
  });
  expect(created.statusCode).toBe(201);
  ids.port = created.json().id;
  await api('cam', 'PATCH', `/api/v1/customers/${ids.port}`, {
    doNotContact: true,
    dncReason: '客户要求只打座机 0574-88886666',
  });
});
afterAll(() => t.close());

describe('marketing sees name, industry and region only (SPEC §2.5)', () => {
  it('list and detail carry nothing else, and filters on hidden fields are refused', async () => {
    const list = await api('cmkt', 'GET', '/api/v1/customers');
    const row = list.json().items.find((c: { id: number }) => c.id === ids.port);
    expect(row).toMatchObject({
      name: '宁波港机设备有限公司',
      industry: '制造业',
      province: '浙江省',
      city: '宁波市',
      doNotContact: true,
      tier: null,
      status: null,
      kind: null,
      tags: null,
      ownerName: null,
      agentName: null,
      primaryContactName: null,
      primaryContactMobile: null,
    });
    const detail = await api('cmkt', 'GET', `/api/v1/customers/${ids.port}`);
    expect(detail.json()).toMatchObject({
      ownerName: null,
      lostReason: null,
      dncReason: null,
      dncSetByName: null,
      preferredMethod: null,
      annualAmount: null,
    });
    for (const response of [list, detail]) {
      expect(response.body).not.toContain('测试cam');
      expect(response.body).not.toContain('0574');
      expect(response.body).not.toContain('钱');
    }
    const byTier = await api('cmkt', 'GET', '/api/v1/customers?tier=A');
    expect(byTier.statusCode).toBe(400);
    expect(byTier.json().errors[0].field).toBe('tier');
  });

  it('contacts, service records, timeline and tier history are refused, saying how to ask', async () => {
    for (const part of ['contacts', 'service-events', 'timeline', 'tier-history']) {
      const response = await api('cmkt', 'GET', `/api/v1/customers/${ids.port}/${part}`);
      expect(response.statusCode, part).toBe(403);
      expect(response.json().detail, part).toContain('查阅申请');
    }
  });

  it('gives other staff outside the scope basic details but not the do-not-contact text (机密)', async () => {
    const detail = (await api('cother', 'GET', `/api/v1/customers/${ids.port}`)).json();
    expect(detail).toMatchObject({ ownerName: '测试cam', preferredMethod: '电话沟通', dncReason: null });
    expect((await api('cam', 'GET', `/api/v1/customers/${ids.port}`)).json().dncReason).toContain('0574');
  });
});

describe('the score is 绝密 on every path', () => {
  it('tier history and timeline show it only to who sees 绝密 data', async () => {
    const rules = (await api('admin', 'GET', '/api/v1/settings/customer-rules')).json();
    const { retiered: _r, ...current } = rules;
    const byScore = await api('admin', 'PUT', '/api/v1/settings/customer-rules', {
      ...current,
      basis: 'score',
      scoreA: 2,
      scoreB: 1,
      scoreC: null,
    });
    expect(byScore.statusCode, byScore.body).toBe(200);
    const small = (
      await api('cam', 'POST', '/api/v1/customers', { name: '余姚小五金', annualAmount: '1000' })
    ).json();
    expect(small.tier).toBe('C');
    const today = new Date().toISOString().slice(0, 10);
    const sale = await api('cam', 'POST', '/api/v1/transactions', {
      customerId: small.id,
      occurredOn: today,
      amount: '300000',
      productClass: 'A',
      dueOn: today,
      paidOn: today,
    });
    expect(sale.statusCode).toBe(201);
    const own = (await api('cam', 'GET', `/api/v1/customers/${small.id}/tier-history`)).json().items;
    const scored = own.find((h: { reason: string }) => h.reason === 'score_changed');
    expect(scored.score).toBeGreaterThan(0);

    const outsider = await api('cother', 'GET', `/api/v1/customers/${small.id}/tier-history`);
    expect(outsider.statusCode).toBe(200);
    expect(outsider.json().items.every((h: { score: number | null }) => h.score === null)).toBe(true);
    // Judged on the texts, not the whole body: a timestamp may contain the score's digits.
    const texts = (items: { reason?: string; title?: string; detail?: string | null }[]) =>
      items.map((i) => `${i.reason ?? ''} ${i.title ?? ''} ${i.detail ?? ''}`).join('\n');
    expect(texts(outsider.json().items)).not.toContain(String(scored.score));
    const timeline = await api('cother', 'GET', `/api/v1/customers/${small.id}/timeline`);
    expect(texts(timeline.json().items)).not.toContain(String(scored.score));
    expect(timeline.body).not.toContain('transaction');
    expect((await api('cam', 'GET', `/api/v1/customers/${small.id}/timeline`)).body).toContain(
      'customers.transaction_added',
    );
    await api('admin', 'PUT', '/api/v1/settings/customer-rules', current);
  });
});

describe('the duplicate check is not a mobile look-up', () => {
  it('says only that a customer outside the scope has the number, and audits it', async () => {
    const response = await api('cother', 'POST', '/api/v1/customers', {
      name: '另一家公司',
      contacts: [{ name: '孙八', mobile: '13700007777' }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain('权限范围外');
    expect(response.body).not.toContain('宁波港机');
    expect(response.body).not.toMatch(/KH\d+/);
    const audit = await api(
      'admin',
      'GET',
      `/api/v1/audit-events?action=customers.duplicate_mobile_outside_scope&targetId=${ids.port}`,
    );
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0].actorName).toBe('测试cother');
    // The owner, who sees the contact, is told which customer it is.
    const own = await api('cam', 'POST', '/api/v1/customers', {
      name: '又一家公司',
      contacts: [{ name: '孙八', mobile: '13700007777' }],
    });
    expect(own.json().detail).toContain('宁波港机设备有限公司');
  });
});

describe('merging does not widen an access grant', () => {
  it('a grant on the duplicate does not open the customer that stays', async () => {
    const duplicate = (
      await api('cam', 'POST', '/api/v1/customers', {
        name: '宁波港机设备（重复录入）',
        contacts: [{ name: '周九', mobile: '13600006666' }],
      })
    ).json().id;
    const request = await api('cmkt', 'POST', '/api/v1/access-requests', {
      customerIds: [duplicate],
      level: 'confidential',
      purpose: '展会邀请',
      reason: '需要联系人',
      durationDays: 7,
    });
    expect(request.statusCode).toBe(201);
    const approved = await api(
      'cmktboss',
      'POST',
      `/api/v1/access-requests/${request.json().id}/approve`,
      {},
    );
    expect(approved.statusCode).toBe(200);
    expect((await api('cmkt', 'GET', `/api/v1/customers/${duplicate}/contacts`)).statusCode).toBe(200);

    const merged = await api('cam', 'POST', `/api/v1/customers/${ids.port}/merge`, {
      duplicateId: duplicate,
    });
    expect(merged.statusCode).toBe(200);
    const contacts = await api('cmkt', 'GET', `/api/v1/customers/${ids.port}/contacts`);
    expect(contacts.statusCode).toBe(403);
    expect(contacts.body).not.toContain('13700007777');
    expect(contacts.body).not.toContain('13600006666');
    const grant = (await api('cmkt', 'GET', '/api/v1/access-requests?box=mine')).json().items[0];
    expect(grant.customers.map((c: { id: number }) => c.id)).toEqual([duplicate]);
  });
});
