import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

/**
 * One customer, viewed by one person of each kind of reach: every read path must give each of them the same
 * answer as the detail page (SPEC §2.5) — the list, the export, the import's write scope, grade requests and
 * the 绝密/机密 facts. A path that decided access on its own would disagree here for someone.
 */

let t: TestApp;
const cookies: Record<string, string> = {};
let customerId: number;
let customerCode: string;

const PEOPLE = [
  ['owner', ['account_manager'], '销售部'],
  ['colleague', ['account_manager'], '销售部'],
  ['manager', ['dept_manager'], '销售部'],
  ['outsider', ['supervisor'], '客户服务部'],
  ['marketer', ['marketing'], '市场部'],
  ['boss', ['executive'], null],
] as const;
type Person = (typeof PEOPLE)[number][0];

const MOBILE = '13912345678';
const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.call(cookies[who], { method, url, payload });

interface Visibility {
  secret: string;
  confidential: string;
  topSecret: string;
}
const detailOf = async (who: Person) => (await api(who, 'GET', `/api/v1/customers/${customerId}`)).json();

beforeAll(async () => {
  t = await createTestApp();
  cookies.admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const [username, roles, departmentName] of PEOPLE) {
    await createUserAs(t, cookies.admin as string, {
      username: `acc.${username}`,
      roles: [...roles],
      ...(departmentName ? { departmentName } : {}),
    });
    cookies[username] = await t.login(`acc.${username}`, 'Passw0rd!');
  }
  const created = await api('owner', 'POST', '/api/v1/customers', {
    name: '常州一致性测试机电有限公司',
    industry: '制造业',
    province: '江苏省',
    city: '常州市',
    annualAmount: '320000',
    status: 'active',
    contacts: [{ name: '韩梅梅', mobile: MOBILE }],
  });
  expect(created.statusCode).toBe(201);
  customerId = created.json().id;
  customerCode = created.json().code;
  const deal = await api('owner', 'POST', '/api/v1/transactions', {
    customerId,
    occurredOn: '2026-10-12',
    product: '数控机床',
    quantity: 2,
    amount: '160000',
  });
  expect(deal.statusCode).toBe(201);
});
afterAll(() => t.close());

async function exportedRow(who: Person): Promise<Record<string, unknown> | null> {
  const response = await api(who, 'GET', `/api/v1/customers/export?q=${encodeURIComponent('一致性测试')}`);
  if (response.statusCode !== 200) return null;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0] as ExcelJS.Worksheet;
  const row: Record<string, unknown> = {};
  sheet.getRow(1).eachCell((cell, column) => {
    row[String(cell.value)] = sheet.getRow(2).getCell(column).value ?? null;
  });
  return row;
}

describe('every read path gives each person the answer the detail gives', () => {
  it('the detail itself differs by reach, as SPEC §2.5 says', async () => {
    const seen: Record<string, Visibility> = {};
    for (const [who] of PEOPLE) seen[who] = (await detailOf(who)).visibility;
    const full = { secret: 'full', confidential: 'full', topSecret: 'full' };
    expect(seen).toEqual({
      owner: full,
      manager: full,
      boss: full,
      colleague: { secret: 'full', confidential: 'masked', topSecret: 'hidden' },
      outsider: { secret: 'full', confidential: 'masked', topSecret: 'hidden' },
      marketer: { secret: 'masked', confidential: 'hidden', topSecret: 'hidden' },
    });
  });

  it.each(PEOPLE.map(([who]) => who))(
    'list, contacts, facts and export agree with the detail for %s',
    async (who) => {
      const detail = await detailOf(who);
      const visibility: Visibility = detail.visibility;

      const list = (await api(who, 'GET', `/api/v1/customers?q=${encodeURIComponent('一致性测试')}`)).json();
      const row = list.items.find((c: { id: number }) => c.id === customerId);
      expect(row.visibility).toEqual(visibility);
      expect(row.tier).toEqual(detail.tier);
      expect(row.ownerName).toEqual(detail.ownerName);
      // Lists never carry a full mobile; the masked one only where contacts are not hidden.
      expect(row.primaryContactMobile).toBe(visibility.confidential === 'hidden' ? null : '139****5678');

      const contacts = await api(who, 'GET', `/api/v1/customers/${customerId}/contacts`);
      expect(contacts.statusCode).toBe(visibility.confidential === 'hidden' ? 403 : 200);
      if (contacts.statusCode === 200) {
        expect(contacts.json().items[0].mobile).toBe(
          visibility.confidential === 'full' ? MOBILE : '139****5678',
        );
      }
      const deals = await api(who, 'GET', `/api/v1/customers/${customerId}/transactions`);
      expect(deals.statusCode).toBe(visibility.topSecret === 'full' ? 200 : 403);
      const history = await api(who, 'GET', `/api/v1/customers/${customerId}/tier-history`);
      expect(history.statusCode).toBe(visibility.secret === 'full' ? 200 : 403);
      expect(detail.annualAmount === null).toBe(visibility.topSecret !== 'full');

      const exported = await exportedRow(who);
      if (exported) {
        expect(exported.联系方式).toBe(
          visibility.confidential === 'full'
            ? MOBILE
            : visibility.confidential === 'masked'
              ? '139****5678'
              : null,
        );
        // Amounts are numbers in the sheet; a hidden one is written as ***.
        expect(exported.年合作金额).toBe(
          visibility.topSecret === 'full' ? Number(detail.annualAmount) : '***',
        );
        expect(exported.客户等级 ?? null).toBe(detail.tier);
      }
    },
  );

  it.each(PEOPLE.map(([who]) => who))(
    'the import may update the customer for %s exactly when the customer page may',
    async (who) => {
      const edit = await api(who, 'PATCH', `/api/v1/customers/${customerId}`, { remark: `由 ${who} 核对` });
      const preview = await t.call(cookies[who], {
        method: 'POST',
        url: '/api/v1/customer-imports/preview',
        headers: { 'content-type': 'text/csv' },
        payload: `客户编号,客户名称,所属行业\n${customerCode},常州一致性测试机电有限公司,机械制造\n`,
      });
      expect([200, 403]).toContain(edit.statusCode);
      // Without the import permission there is no import to compare.
      if (preview.statusCode === 403) return;
      expect(preview.json().rows[0].action === 'update').toBe(edit.statusCode === 200);
    },
  );

  it('grade-request figures follow the requester’s 绝密 view, also after the customer changed hands', async () => {
    const request = await api('owner', 'POST', '/api/v1/grade-requests', {
      customerId,
      proposedTier: 'A',
      reasons: '新签年度框架协议',
      figures: { amount: '900000', deals: 9 },
    });
    expect(request.statusCode).toBe(201);
    const mine = async () =>
      (await api('owner', 'GET', '/api/v1/grade-requests?box=mine'))
        .json()
        .items.find((r: { id: number }) => r.id === request.json().id);
    expect((await mine()).figures).toEqual({ amount: '900000', deals: 9 });
    expect((await detailOf('owner')).visibility.topSecret).toBe('full');

    const colleagueId = (await api('colleague', 'GET', '/api/v1/auth/me')).json().id;
    const handed = await api('manager', 'PATCH', `/api/v1/customers/${customerId}`, { ownerId: colleagueId });
    expect(handed.statusCode).toBe(200);
    expect((await detailOf('owner')).visibility.topSecret).toBe('hidden');
    expect((await mine()).figures).toBeNull();
    const inbox = (await api('manager', 'GET', '/api/v1/grade-requests?box=to_approve')).json().items;
    expect(inbox.find((r: { id: number }) => r.id === request.json().id).figures).toEqual({
      amount: '900000',
      deals: 9,
    });
    const outsiderInbox = (await api('outsider', 'GET', '/api/v1/grade-requests?box=to_approve')).json();
    expect(outsiderInbox.items?.find((r: { id: number }) => r.id === request.json().id)).toBeUndefined();
  });
});
