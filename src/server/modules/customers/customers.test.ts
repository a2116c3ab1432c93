import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { type SqlBool, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactTime } from '../../db/keyset.ts';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';
import { nameColumns, walkedIds } from './repository.ts';

// Every test makes its own people and customers (fixtures.ts): names, mobiles and provinces differ from
// test to test, so the duplicate check and the filters never meet another test's customers.
let t: TestApp;

const api = (
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => callAs(t, user, method, url, payload);
const accountManager = (department = '销售部') => newUser(t, 'am', ['account_manager'], department);
const supervisor = (department: string) => newUser(t, 'sup', ['supervisor'], department);
const marketingUser = () => newUser(t, 'mkt', ['marketing'], '市场部');
const executive = () => newUser(t, 'boss', ['executive'], '总经理办公室');
const codesOf = (items: { code: string }[]) => items.map((c) => c.code);
const codeNumber = (code: string) => Number(code.slice(2));

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('creating customers', () => {
  it('assigns KH codes, tiers by annual amount at the boundary, and keeps contacts', async () => {
    const am = await accountManager();
    const a = await api(am, 'POST', '/api/v1/customers', {
      name: '华为技术有限公司',
      shortName: '华为',
      industry: '制造业',
      province: '广东省',
      city: '深圳市',
      annualAmount: '500000',
      status: 'active',
      contacts: [{ name: '张三', position: '采购经理', mobile: '13800000101', email: 'zhang@example.com' }],
    });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({
      code: expect.stringMatching(/^KH\d{4,}$/),
      tier: 'A',
      ownerName: am.displayName,
      annualAmount: '500000.00',
    });
    const b = await api(am, 'POST', '/api/v1/customers', {
      name: '深圳小米贸易',
      annualAmount: 499999.99,
    });
    expect(b.json()).toMatchObject({ tier: 'B', annualAmount: '499999.99' });
    // The next number of the sequence (codes past KH9999: numbering.test.ts).
    expect(codeNumber(b.json().code), 'the second customer takes the next code').toBe(
      codeNumber(a.json().code) + 1,
    );
    const contacts = (await api(am, 'GET', `/api/v1/customers/${a.json().id}/contacts`)).json().items;
    expect(contacts).toEqual([
      expect.objectContaining({ name: '张三', position: '采购经理', mobile: '13800000101', isPrimary: true }),
    ]);
  });

  it('moves the tier when the amount changes and keeps the history', async () => {
    const am = await accountManager();
    const customer = await newCustomer(t, am, { name: '苏州小天鹅电器', annualAmount: '499999.99' });
    const up = await api(am, 'PATCH', `/api/v1/customers/${customer.id}`, { annualAmount: '500000.00' });
    expect(up.json().tier).toBe('A');
    const history = (await api(am, 'GET', `/api/v1/customers/${customer.id}/tier-history`)).json().items;
    type Change = { fromTier: string | null; toTier: string; reason: string; gradeRequestId: number | null };
    expect(history.map((h: Change) => [h.fromTier, h.toTier, h.reason, h.gradeRequestId])).toEqual([
      ['B', 'A', 'amount_changed', null],
      [null, 'B', 'created', null],
    ]);
  });

  it('detects a duplicate by name or by mobile, unless told to create anyway', async () => {
    const am1 = await accountManager();
    const am2 = await accountManager();
    const original = await newCustomer(t, am1, {
      name: '格力电器股份有限公司',
      contacts: [{ name: '李雷', mobile: '13800000301' }],
    });
    const sameName = await api(am2, 'POST', '/api/v1/customers', { name: '格力电器股份 有限公司' });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().detail).toContain(`${original.code} 格力电器股份有限公司`);
    const sameMobile = await api(am2, 'POST', '/api/v1/customers', {
      name: '另一家公司',
      contacts: [{ name: '李四', mobile: '+86 138-0000-0301' }],
    });
    expect(sameMobile.statusCode).toBe(409);
    const anyway = await api(am2, 'POST', '/api/v1/customers', {
      name: '格力电器股份 有限公司',
      allowDuplicate: true,
    });
    expect(anyway.statusCode).toBe(201);
  });

  it('names every bad field', async () => {
    const am = await accountManager();
    const response = await api(am, 'POST', '/api/v1/customers', {
      name: '坏数据公司',
      annualAmount: '12.345',
      status: 'lost',
      contacts: [{ name: '王五', mobile: '12345' }],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['annualAmount', 'contacts.0.mobile', 'lostReason', 'lostOn']),
    );
  });

  it('is refused to users who may not write customers', async () => {
    const mkt = await marketingUser();
    expect((await api(mkt, 'POST', '/api/v1/customers', { name: '市场部建的' })).statusCode).toBe(403);
    const admin = await adminCookie(t);
    expect((await t.call(admin, { method: 'GET', url: '/api/v1/customers' })).statusCode).toBe(403);
  });
});

describe('confidentiality', () => {
  it('shows the owner everything and audits the view of contacts', async () => {
    const am = await accountManager();
    const boss = await executive();
    const customer = await newCustomer(t, am, {
      name: '美的集团股份有限公司',
      annualAmount: '500000',
      contacts: [{ name: '张三', mobile: '13800000601', email: 'zhang@example.com' }],
    });
    const detail = (await api(am, 'GET', `/api/v1/customers/${customer.id}`)).json();
    expect(detail).toMatchObject({
      annualAmount: '500000.00',
      visibility: { secret: 'full', confidential: 'full', topSecret: 'full' },
    });
    const contacts = (await api(am, 'GET', `/api/v1/customers/${customer.id}/contacts`)).json().items;
    expect(contacts[0]).toMatchObject({
      name: '张三',
      mobile: '13800000601',
      email: 'zhang@example.com',
      masked: false,
    });
    const audit = (await api(boss, 'GET', '/api/v1/audit-events?action=customers.contacts_viewed')).json();
    expect(audit.items[0]).toMatchObject({ actorName: am.displayName, targetId: String(customer.id) });
  });

  it('masks another account manager’s customer and hides its figures', async () => {
    const am1 = await accountManager();
    const am2 = await accountManager();
    const customer = await newCustomer(t, am1, {
      name: '海尔智家股份有限公司',
      annualAmount: '500000',
      contacts: [{ name: '张三', mobile: '13812340701', email: 'zhang@example.com' }],
    });
    const detail = (await api(am2, 'GET', `/api/v1/customers/${customer.id}`)).json();
    expect(detail).toMatchObject({ name: '海尔智家股份有限公司', annualAmount: null, score: null });
    expect(detail.visibility).toEqual({ secret: 'full', confidential: 'masked', topSecret: 'hidden' });
    const contacts = (await api(am2, 'GET', `/api/v1/customers/${customer.id}/contacts`)).json().items;
    expect(contacts[0]).toMatchObject({
      name: '张*',
      mobile: '138****0701',
      email: 'z***@example.com',
      masked: true,
    });
    expect((await api(am2, 'PATCH', `/api/v1/customers/${customer.id}`, { remark: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('gives a supervisor full view within the department and below', async () => {
    const am = await accountManager('销售部');
    const sup = await supervisor('销售部');
    const svc = await supervisor('客户服务部');
    const customer = await newCustomer(t, am, {
      name: '联想集团有限公司',
      contacts: [{ name: '王五', mobile: '13800000801' }],
    });
    const contacts = (await api(sup, 'GET', `/api/v1/customers/${customer.id}/contacts`)).json().items;
    expect(contacts[0].mobile).toBe('13800000801');
    const other = (await api(svc, 'GET', `/api/v1/customers/${customer.id}/contacts`)).json().items;
    expect(other[0].mobile).toBe('138****0801');
  });

  it('gives the executive (all customers in scope) full view of any account manager’s customer', async () => {
    const am = await accountManager('销售部');
    const boss = await executive();
    const customer = await newCustomer(t, am, {
      name: '宁德时代新能源',
      annualAmount: '800000',
      contacts: [{ name: '曾毓', mobile: '13800000901', email: 'zeng@example.com' }],
    });
    const detail = (await api(boss, 'GET', `/api/v1/customers/${customer.id}`)).json();
    expect(detail).toMatchObject({
      annualAmount: '800000.00',
      visibility: { secret: 'full', confidential: 'full', topSecret: 'full' },
    });
    const contacts = (await api(boss, 'GET', `/api/v1/customers/${customer.id}/contacts`)).json().items;
    expect(contacts[0]).toMatchObject({ name: '曾毓', mobile: '13800000901', masked: false });
  });

  it('opens nothing on an access request until it is approved', async () => {
    const am = await accountManager();
    const mkt = await marketingUser();
    const customer = await newCustomer(t, am, {
      name: '福耀玻璃工业集团',
      annualAmount: '700000',
      contacts: [{ name: '曹德', mobile: '13800001201' }],
    });
    const request = await api(mkt, 'POST', '/api/v1/access-requests', {
      customerIds: [customer.id],
      level: 'top_secret',
      purpose: '年终答谢活动',
      reason: '需要联系人电话和合作金额',
      durationDays: 7,
    });
    expect(request.json()).toMatchObject({ status: 'pending' });
    const contacts = await api(mkt, 'GET', `/api/v1/customers/${customer.id}/contacts`);
    expect(contacts.statusCode, 'contacts while the request is pending').toBe(403);
    const detail = (await api(mkt, 'GET', `/api/v1/customers/${customer.id}`)).json();
    expect(detail).toMatchObject({
      annualAmount: null,
      visibility: { secret: 'masked', confidential: 'hidden', topSecret: 'hidden' },
    });
  });

  it('never gives marketing a contact, even masked: list, detail, contacts, search by mobile', async () => {
    const am = await accountManager();
    const mkt = await marketingUser();
    const customer = await newCustomer(t, am, {
      name: '中兴通讯股份有限公司',
      industry: '制造业',
      province: '广东省',
      annualAmount: '500000',
      source: '展会',
      products: '通信设备',
      contacts: [{ name: '张三', mobile: '13812345678', email: 'zhang@example.com' }],
    });
    const everything = [
      await api(mkt, 'GET', '/api/v1/customers'),
      await api(mkt, 'GET', '/api/v1/customers?q=13812345678'),
      await api(mkt, 'GET', '/api/v1/customers?q=张三'),
      await api(mkt, 'GET', `/api/v1/customers/${customer.id}`),
      await api(mkt, 'GET', '/api/v1/customers?q=中兴通讯'),
    ];
    for (const response of everything) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('13812345678');
      expect(response.body).not.toContain('5678');
      expect(response.body).not.toContain('张');
    }
    expect((await api(mkt, 'GET', `/api/v1/customers/${customer.id}/contacts`)).statusCode).toBe(403);
    for (const list of [everything[0]?.json(), everything[4]?.json()]) {
      expect(list.items.find((c: { id: number }) => c.id === customer.id)).toMatchObject({
        name: '中兴通讯股份有限公司',
        industry: '制造业',
        province: '广东省',
        primaryContactMobile: null,
        visibility: { secret: 'masked', confidential: 'hidden', topSecret: 'hidden' },
      });
    }
    expect(everything[1]?.json().items).toEqual([]);
    expect(everything[3]?.json()).toMatchObject({ annualAmount: null, source: null, products: null });
  });
});

describe('export', () => {
  it('exports as the viewer sees it, names the exporter, and is audited', async () => {
    const am1 = await accountManager();
    const am2 = await accountManager();
    const mkt = await marketingUser();
    const boss = await executive();
    const customer = await newCustomer(t, am1, {
      name: '比亚迪股份有限公司',
      annualAmount: '500000',
      contacts: [{ name: '张三', mobile: '13812341001', email: 'zhang@example.com' }],
    });
    const response = await api(am2, 'GET', '/api/v1/customers/export?sort=code');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('客户');
    const header = sheet?.getRow(1).values as string[];
    expect(header).toEqual(
      expect.arrayContaining(['客户编号', '客户名称', '客户等级', '联系人', '联系方式', '年合作金额']),
    );
    const rows = sheet?.getSheetValues() as string[][];
    const row = rows.find((values) => values?.includes(customer.code));
    expect(row).toEqual(
      expect.arrayContaining([customer.code, '比亚迪股份有限公司', '张*', '138****1001', '***']),
    );
    expect(JSON.stringify(sheet?.getSheetValues())).not.toContain('13812341001');
    expect(workbook.getWorksheet('导出信息')?.getRow(1).values).toEqual([
      undefined,
      '导出人',
      `${am2.displayName}（${am2.username}）`,
    ]);
    const info = new Map<string, unknown>();
    workbook
      .getWorksheet('导出信息')
      ?.eachRow((r) => info.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(info.get('筛选条件')).toBe('全部（按客户编号顺序）');

    const own = await api(am1, 'GET', '/api/v1/customers/export?q=比亚迪');
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(own.rawPayload as unknown as ArrayBuffer);
    expect(JSON.stringify(ownBook.getWorksheet('客户')?.getSheetValues())).toContain('13812341001');

    expect((await api(mkt, 'GET', '/api/v1/customers/export')).statusCode).toBe(403);
    const audit = (await api(boss, 'GET', '/api/v1/audit-events?action=customers.exported')).json().items;
    const exporters = audit.map((a: { actorName: string }) => a.actorName);
    expect(exporters.filter((name: string) => [am1, am2].some((u) => u.displayName === name))).toEqual([
      am1.displayName,
      am2.displayName,
    ]);
  });
});

describe('listing and searching', () => {
  it('finds by 2-character name piece, code, and (in scope) contact mobile', async () => {
    const am = await accountManager();
    const withContact = await newCustomer(t, am, {
      name: '杭州娃哈哈集团',
      contacts: [{ name: '宗庆', mobile: '13800001101' }],
    });
    const other = await newCustomer(t, am, { name: '宁波方太厨具' });
    const search = async (q: string) =>
      codesOf((await api(am, 'GET', `/api/v1/customers?q=${encodeURIComponent(q)}`)).json().items);
    expect(await search('方太')).toEqual([other.code]);
    expect(await search(withContact.code.toLowerCase())).toEqual([withContact.code]);
    expect(await search('13800001101')).toEqual([withContact.code]);
    expect(await search('厨')).toEqual([other.code]);
  });

  it('finds a customer by every piece of its name, whatever the case and spacing (the grams SQL stores)', async () => {
    // Names of characters no other test uses: only the customer of the run can match. The letters are ones no
    // pinyin syllable starts with, so no other name's initials hold them either.
    const am = await accountManager();
    const db = t.database.db;
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          minLength: 1,
          maxLength: 12,
          unit: fc.constantFrom('璟', '琰', '瑜', '珏', 'u', 'v', 'V', ' '),
        }),
        fc.nat(),
        fc.nat(),
        async (name, i, j) => {
          const chars = [...name];
          const start = i % chars.length;
          const term = chars.slice(start, start + 1 + (j % (chars.length - start))).join('');
          if (!term.trim()) return; // a blank search lists everything: nothing to find
          const { id, code } = await db
            .insertInto('customers')
            .values({ name, name_key: name, ...nameColumns(name) })
            .returning(['id', 'code'])
            .executeTakeFirstOrThrow();
          try {
            const found = await api(am, 'GET', `/api/v1/customers?q=${encodeURIComponent(term)}`);
            expect(codesOf(found.json().items), `searching «${term}» for «${name}»`).toEqual([code]);
          } finally {
            await db.deleteFrom('customers').where('id', '=', id).execute();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('filters by tier, region, owner, status and pages by name', async () => {
    const am1 = await accountManager();
    const am2 = await accountManager();
    const boss = await executive();
    // The one tier-A customer in 广西: the other is tier C there, the third tier A elsewhere.
    const mine = [
      await newCustomer(t, am1, { name: '广西玉柴机器', province: '广西壮族自治区', annualAmount: '600000' }),
      await newCustomer(t, am1, { name: '广西柳工机械', province: '广西壮族自治区', annualAmount: '1000' }),
      await newCustomer(t, am1, { name: '昆明云内动力', province: '云南省', annualAmount: '600000' }),
    ];
    await newCustomer(t, am2, { name: '南宁糖业股份' });
    const a = (await api(boss, 'GET', '/api/v1/customers?tier=A&province=广西壮族自治区')).json().items;
    expect(codesOf(a)).toEqual([mine[0]?.code]);
    const owned = (await api(boss, 'GET', `/api/v1/customers?ownerId=${am2.id}`)).json().items;
    expect(owned).toHaveLength(1);
    const byOwner = `/api/v1/customers?ownerId=${am1.id}&limit=2&sort=code`;
    const first = (await api(boss, 'GET', byOwner)).json();
    const second = (await api(boss, 'GET', `${byOwner}&cursor=${first.nextCursor}`)).json();
    expect(codesOf([...first.items, ...second.items])).toEqual(mine.map((c) => c.code));
    expect(second.nextCursor).toBeNull();
    // A cursor not made here is a 400 naming the cursor, not a database error.
    for (const v of ['1', '2026-13-45T00:00:00Z', 42]) {
      const cursor = Buffer.from(JSON.stringify({ v, id: 1 })).toString('base64url');
      const tampered = await api(boss, 'GET', `/api/v1/customers?sort=createdAt&cursor=${cursor}`);
      expect(tampered.statusCode).toBe(400);
      expect(tampered.json().errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    }
  });

  it('pages through a common term (more matches than it sorts in memory) in code order, without gaps or repeats', async () => {
    const am1 = await accountManager();
    const am2 = await accountManager();
    // 1 200 customers whose names share 常见 and whose contacts share the surname 欧阳: both above the
    // candidate cap, so the search walks the table in code order instead of sorting the matches.
    await sql`insert into customers (name, name_key, name_sort, name_initials, owner_id)
      select '常见' || i || '号公司', '常见' || i || '号公司', 'chang2jian4' || i || 'hao4gong1si1 常见' || i || '号公司',
             'cj' || i || 'hgs', ${am1.id} from generate_series(1, 1200) i`.execute(t.database.db);
    await sql`insert into contacts (customer_id, name, is_primary)
      select id, '欧阳' || id, true from customers where name like '常见%'`.execute(t.database.db);
    const pages = async (user: TestUser, term: string, sort = '') => {
      const codes: string[] = [];
      let cursor = '';
      do {
        const url = `/api/v1/customers?q=${encodeURIComponent(term)}&limit=200${sort ? `&sort=${sort}` : ''}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await api(user, 'GET', url)).json();
        codes.push(...codesOf(page.items));
        cursor = page.nextCursor ?? '';
      } while (cursor && codes.length < 10_000); // a cursor that repeats rows fails, not hangs
      return codes;
    };
    try {
      const byName = await pages(am1, '常见');
      expect(byName).toHaveLength(1200);
      expect(new Set(byName).size).toBe(1200);
      const numbers = byName.map(codeNumber);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(await pages(am1, '欧阳')).toEqual(byName);
      // Contact names are 机密: outside the viewer's scope they find nothing.
      expect(await pages(am2, '欧阳')).toEqual([]);
      expect(await pages(am2, '常见')).toHaveLength(1200);
      // Walked in any order, and for a longer term (its grams 号公, 公司 are common, the LIKE decides).
      expect(await pages(am1, '常见', '-code')).toEqual([...byName].reverse());
      const nameOrder = (
        await sql<{
          code: string;
        }>`select code from customers where name like '常见%' order by name_sort, id`.execute(t.database.db)
      ).rows.map((r) => r.code);
      expect(await pages(am1, '常见', 'name')).toEqual(nameOrder);
      expect(await pages(am1, '号公司', '-name')).toEqual([...nameOrder].reverse());
      // All 1 200 were created in one statement: one creation time, to the microsecond, ties broken by id.
      expect(await pages(am1, '常见', 'createdAt')).toEqual(byName);
      // Walks over many small windows, and past a small budget (then the rest is collected and sorted): every
      // sort, both directions, resumed from a cursor.
      const rare = sql<SqlBool>`c.name like '常见1%'`;
      for (const [sort, column] of [
        ['code', 'id'],
        ['name', 'name_sort'],
        ['createdAt', 'created_at'],
      ] as const) {
        for (const desc of [false, true]) {
          const expected = (
            await sql<{ id: number; v: string | number }>`select id,
              ${column === 'created_at' ? exactTime('c.created_at') : sql.ref(column)} as v from customers c
              where ${rare} order by ${sql.ref(column)} ${sql.raw(desc ? 'desc' : 'asc')},
              id ${sql.raw(desc ? 'desc' : 'asc')}`.execute(t.database.db)
          ).rows;
          const filter = { sort, desc };
          for (const walk of [
            { firstWindow: 7, budget: 1_000_000 },
            { firstWindow: 7, budget: 30 },
          ]) {
            const walked = await walkedIds(t.database.db, filter, rare, 1000, undefined, undefined, walk);
            expect(walked).toEqual({ page: expected.map((r) => Number(r.id)) });
            const from = expected[100] as (typeof expected)[number];
            const cursor = { v: from.v, id: Number(from.id) };
            const rest = await walkedIds(t.database.db, filter, rare, 50, cursor, undefined, walk);
            expect(rest).toEqual({ page: expected.slice(101, 151).map((r) => Number(r.id)) });
          }
        }
      }
      // With statistics the planner's shares decide how a term is found (常见 in every row: walked at once);
      // the results stay the same.
      await sql`analyze customers`.execute(t.database.db);
      expect(await pages(am1, '常见')).toEqual(byName);
      expect(await pages(am1, '见1号')).toHaveLength(1);
    } finally {
      await sql`delete from contacts where name like '欧阳%'`.execute(t.database.db);
      await sql`delete from customers where name like '常见%'`.execute(t.database.db);
    }
  });
});

describe('lifecycle, do-not-contact and concurrent edits', () => {
  it('requires a reason and date for 流失, and records who set 免打扰', async () => {
    const am = await accountManager();
    const customer = await newCustomer(t, am, { name: '厦门金龙汽车' });
    await newCustomer(t, am, { name: '厦门象屿物流' }); // not 免打扰: the filter leaves it out
    const refused = await api(am, 'PATCH', `/api/v1/customers/${customer.id}`, { status: 'lost' });
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(['lostReason', 'lostOn']);
    const lost = await api(am, 'PATCH', `/api/v1/customers/${customer.id}`, {
      status: 'lost',
      lostReason: '转向竞争对手',
      lostOn: '2026-11-01',
    });
    expect(lost.json()).toMatchObject({ status: 'lost', lostReason: '转向竞争对手', lostOn: '2026-11-01' });
    const dnc = await api(am, 'PATCH', `/api/v1/customers/${customer.id}`, {
      doNotContact: true,
      dncReason: '客户要求不再来电',
    });
    expect(dnc.json()).toMatchObject({
      doNotContact: true,
      dncReason: '客户要求不再来电',
      dncSetByName: am.displayName,
    });
    const listed = (await api(am, 'GET', `/api/v1/customers?doNotContact=true&ownerId=${am.id}`)).json()
      .items;
    expect(codesOf(listed)).toEqual([customer.code]);
  });

  it('gives the second of two editors 409 and loses nothing', async () => {
    const am = await accountManager('销售部');
    const sup = await supervisor('销售部');
    const customer = await newCustomer(t, am, { name: '青岛啤酒股份有限公司' });
    const current = (await api(am, 'GET', `/api/v1/customers/${customer.id}`)).json();
    const first = await api(am, 'PATCH', `/api/v1/customers/${customer.id}`, {
      remark: '第一位',
      version: current.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await api(sup, 'PATCH', `/api/v1/customers/${customer.id}`, {
      remark: '第二位',
      version: current.version,
    });
    expect(second.statusCode).toBe(409);
    expect((await api(am, 'GET', `/api/v1/customers/${customer.id}`)).json().remark).toBe('第一位');
  });

  it('lists stale profiles (not verified within 30 days)', async () => {
    const am = await accountManager();
    const boss = await executive();
    for (const name of ['大连港股份', '大连重工装备', '大连冰山集团']) await newCustomer(t, am, { name });
    const stale = async (days: number) =>
      (await api(boss, 'GET', `/api/v1/customers?staleDays=${days}&ownerId=${am.id}`)).json().items;
    expect(await stale(30)).toEqual([]);
    expect((await stale(0)).length).toBe(3);
  });
});

describe('tier rules', () => {
  it('re-tiers everyone at once when an admin moves the thresholds, with history', async () => {
    const am = await accountManager();
    const customer = await newCustomer(t, am, { name: '潍柴动力股份', annualAmount: '500000' });
    const admin = await adminCookie(t);
    const rules = (await t.call(admin, { method: 'GET', url: '/api/v1/settings/customer-rules' })).json();
    expect(rules).toMatchObject({ basis: 'amount', amountA: '500000.00', amountB: '100000.00' });
    const bad = await t.call(admin, {
      method: 'PUT',
      url: '/api/v1/settings/customer-rules',
      payload: { ...rules, amountB: '600000' },
    });
    expect(bad.json().errors).toEqual([{ field: 'amountB', message: 'B 级门槛须低于 A 级门槛' }]);
    // A tier set by hand (an approved grade change) stays whatever the thresholds say.
    const handSet = await newCustomer(t, am, { name: '潍坊亚星化学', annualAmount: '1000' });
    await t.database.db
      .updateTable('customers')
      .set({ tier: 'A', tier_manual: true })
      .where('id', '=', handSet.id)
      .execute();
    const putRules = (payload: object) =>
      t.call(admin, { method: 'PUT', url: '/api/v1/settings/customer-rules', payload });
    try {
      const raised = await putRules({ ...rules, amountA: '1000000' });
      expect(raised.json().retiered).toBeGreaterThan(0);
      const moved = (await api(am, 'GET', `/api/v1/customers/${customer.id}`)).json();
      expect(moved.tier).toBe('B');
      const history = (await api(am, 'GET', `/api/v1/customers/${customer.id}/tier-history`)).json().items;
      expect(history[0]).toMatchObject({ fromTier: 'A', toTier: 'B', reason: 'rules_changed' });
      const kept = (await api(am, 'GET', `/api/v1/customers/${handSet.id}`)).json();
      expect(kept.tier, 'a hand-set tier after the thresholds moved').toBe('A');
    } finally {
      await putRules(rules); // the other tests tier by the default rules
    }
    expect((await api(am, 'GET', `/api/v1/customers/${customer.id}`)).json().tier).toBe('A');
    expect((await api(am, 'PUT', '/api/v1/settings/customer-rules', rules)).statusCode).toBe(403);
  });
});

describe('merging duplicates', () => {
  it('moves contacts and history to the customer that stays and hides the duplicate', async () => {
    const am1 = await accountManager('销售部');
    const am2 = await accountManager('销售部');
    const sup = await supervisor('销售部');
    const boss = await executive();
    const kept = await newCustomer(t, am1, {
      name: '三一重工股份有限公司',
      contacts: [{ name: '张三', mobile: '13800001801' }],
    });
    const dup = await newCustomer(t, am2, { name: '三一重工股份 有限公司', allowDuplicate: true });
    await api(am2, 'POST', `/api/v1/customers/${dup.id}/contacts`, {
      name: '李四',
      mobile: '13700007777',
      isPrimary: true,
    });
    await api(am2, 'PATCH', `/api/v1/customers/${dup.id}`, { tags: ['重点客户'] });
    expect(
      (await api(am1, 'POST', `/api/v1/customers/${kept.id}/merge`, { duplicateId: dup.id })).statusCode,
    ).toBe(403);
    const merged = await api(sup, 'POST', `/api/v1/customers/${kept.id}/merge`, { duplicateId: dup.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toEqual({ keptCode: kept.code, mergedCode: dup.code, contactsMoved: 1 });
    const contacts = (await api(am1, 'GET', `/api/v1/customers/${kept.id}/contacts`)).json().items;
    expect(contacts.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['张三', true],
      ['李四', false],
    ]);
    expect((await api(am1, 'GET', `/api/v1/customers/${kept.id}`)).json().tags).toContain('重点客户');
    const list = (await api(boss, 'GET', '/api/v1/customers?q=三一重工')).json().items;
    expect(codesOf(list)).toEqual([kept.code]);
    expect(
      (await api(sup, 'POST', `/api/v1/customers/${kept.id}/merge`, { duplicateId: dup.id })).statusCode,
    ).toBe(409);
  });
});

describe('离职交接', () => {
  it('hands every customer of a leaving account manager to the successor in one step, and disables the account', async () => {
    const leaver = await accountManager();
    const successor = await accountManager();
    const boss = await executive();
    const customer = await newCustomer(t, leaver, {
      name: '徐工集团工程机械',
      contacts: [{ name: '赵六', mobile: '13800001901' }],
    });
    await newCustomer(t, leaver, { name: '徐州重型机械' });
    const ownedBy = async (user: TestUser) =>
      (await api(boss, 'GET', `/api/v1/customers?ownerId=${user.id}`)).json().items;
    const owned = (await ownedBy(leaver)).length;
    expect(owned).toBeGreaterThan(0);
    const handover = (by: TestUser, body: object) =>
      api(by, 'POST', `/api/v1/users/${leaver.id}/handover`, body);
    expect((await handover(successor, { toUserId: successor.id })).statusCode).toBe(403);
    const self = await handover(boss, { toUserId: leaver.id });
    expect(self.json().errors).toEqual([{ field: 'toUserId', message: '接手人不能是离职员工本人' }]);
    const done = await handover(boss, { toUserId: successor.id, disableAccount: true });
    expect(done.json()).toEqual({ ownedCustomers: owned, servedCustomers: 0, accountDisabled: true });
    expect(await ownedBy(leaver)).toEqual([]);
    expect(await ownedBy(successor)).toHaveLength(owned);
    expect((await api(leaver, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const contacts = (await api(successor, 'GET', `/api/v1/customers/${customer.id}/contacts`)).json().items;
    expect(contacts[0].mobile).toBe('13800001901');
  });
});
