import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL } from '../../../domain/customers/confidentiality.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';
import { CUSTOMER_FIELD_LEVELS, type CustomerField, fieldExposure } from './fields.ts';

/**
 * Hidden is not empty (issue 13, item 3): a field the viewer may not see is null *and* named in `hidden` with the
 * level a 查阅申请 must open; a field that is merely empty is null and not named.
 */
let t: TestApp;
const cookies: Record<string, string> = {};
let customerId = 0;

type Json = Record<string, unknown> & { hidden: Record<string, string> };
const get = async (user: string, url: string): Promise<Json> => {
  const response = await t.call(cookies[user], { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const [name, roles, dept] of [
    ['ham', ['account_manager'], '销售部'],
    ['hsup', ['supervisor'], '客户服务部'],
    ['hmkt', ['marketing'], '市场部'],
  ] as const) {
    await createUserAs(t, admin, { username: name, roles: [...roles], departmentName: dept });
    cookies[name] = await t.login(name, 'Passw0rd!');
  }
  // No district, no founding date, no remark: empty for everyone, hidden from no one.
  const created = await t.call(cookies.ham, {
    method: 'POST',
    url: '/api/v1/customers',
    payload: {
      name: '绍兴纺机配件厂',
      industry: '制造业',
      province: '浙江省',
      city: '绍兴市',
      address: '柯桥区纺都路 1 号',
      firstCooperationOn: '2019-04-01',
      annualAmount: '320000',
      annualRevenue: '8800000',
      employees: 120,
      idNumber: '330602198001011234',
      contacts: [{ name: '章一', mobile: '13600001111' }],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  customerId = created.json().id;
});
afterAll(() => t.close());

/** Every field named hidden is null in the answer: the name says why, the value tells nothing. */
function expectHiddenAreNull(body: Json) {
  for (const field of Object.keys(body.hidden)) expect(body[field], field).toBeNull();
}

describe('a withheld field is named, an empty one is not', () => {
  it('marketing: everything but name, industry and region is hidden at its level', async () => {
    const detail = await get('hmkt', `/api/v1/customers/${customerId}`);
    expectHiddenAreNull(detail);
    expect(detail).toMatchObject({ name: '绍兴纺机配件厂', industry: '制造业', city: '绍兴市' });
    expect(detail.hidden).toMatchObject({
      firstCooperationOn: 'secret',
      ownerName: 'secret',
      agentName: 'secret',
      address: 'secret',
      employees: 'secret',
      annualRevenue: 'secret',
      tier: 'secret',
      idNumber: 'confidential',
      dncReason: 'confidential',
      annualAmount: 'top_secret',
      score: 'top_secret',
    });
    // Region is province, city and district (SPEC §2.1): this customer has no district — empty, not hidden.
    expect(detail.district).toBeNull();
    for (const field of ['name', 'industry', 'province', 'city', 'district', 'shortName', 'doNotContact']) {
      expect(detail.hidden, field).not.toHaveProperty(field);
    }

    const list = (await t.call(cookies.hmkt, { method: 'GET', url: '/api/v1/customers?q=绍兴纺机' })).json();
    const row = list.items.find((i: Json) => i.id === customerId) as Json;
    expectHiddenAreNull(row);
    expect(row.hidden).toMatchObject({
      ownerName: 'secret',
      tier: 'secret',
      primaryContactName: 'confidential',
      primaryContactMobile: 'confidential',
    });
  });

  it('staff outside the scope: basic details shown, contacts masked, cooperation figures hidden', async () => {
    const detail = await get('hsup', `/api/v1/customers/${customerId}`);
    expectHiddenAreNull(detail);
    expect(detail.hidden).toEqual({
      annualAmount: 'top_secret',
      score: 'top_secret',
      dncReason: 'confidential',
    });
    expect(detail).toMatchObject({
      firstCooperationOn: '2019-04-01',
      employees: 120,
      annualRevenue: '8800000.00',
      idNumber: expect.stringContaining('*'),
      foundedOn: null,
    });
    const list = (await t.call(cookies.hsup, { method: 'GET', url: '/api/v1/customers?q=绍兴纺机' })).json();
    const row = list.items.find((i: Json) => i.id === customerId) as Json;
    expect(row.hidden).toEqual({});
    expect(row.primaryContactMobile).toBe('136****1111');
  });

  it('the owner: nothing hidden, empty fields simply null', async () => {
    const detail = await get('ham', `/api/v1/customers/${customerId}`);
    expect(detail.hidden).toEqual({});
    expect(detail).toMatchObject({ foundedOn: null, remark: null, annualAmount: '320000.00' });
  });
});

describe('fields.ts', () => {
  it('gives every field of a full view in full, and masks only what has a masked form', () => {
    for (const field of Object.keys(CUSTOMER_FIELD_LEVELS) as CustomerField[]) {
      expect(fieldExposure(FULL, field), field).toBe('full');
    }
    const outside = { secret: 'full', confidential: 'masked', top_secret: 'hidden' } as const;
    expect(fieldExposure(outside, 'idNumber')).toBe('masked');
    expect(fieldExposure(outside, 'primaryContactMobile')).toBe('masked');
    expect(fieldExposure(outside, 'dncReason')).toBe('hidden');
    expect(fieldExposure(outside, 'annualAmount')).toBe('hidden');
    const marketing = { secret: 'masked', confidential: 'hidden', top_secret: 'hidden' } as const;
    expect(fieldExposure(marketing, 'district')).toBe('full');
    expect(fieldExposure(marketing, 'ownerName')).toBe('hidden');
  });
});
