import ExcelJS from 'exceljs';
import { type SqlBool, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonNameGramsJob } from '../../jobs/common-name-grams.ts';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';
import * as importRepo from '../customer-imports/repository.ts';
import { blankCustomers } from '../retention/repository.ts';
import { keepNameGrams } from './common-grams-repository.ts';
import { gramWalkIds } from './repository.ts';

// Issue 13: names in pinyin order, search by pinyin initials, a total on the first page, 我的客户.
let t: TestApp;

const api = (user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  callAs(t, user, method, url, payload);
const accountManager = () => newUser(t, 'am', ['account_manager'], '销售部');
const namesOf = (items: { name: string }[]) => items.map((c) => c.name);

interface ListPage {
  items: { id: number; code: string; name: string }[];
  nextCursor: string | null;
}

const countOf = async (user: TestUser, filter: string) =>
  (await api(user, 'GET', `/api/v1/customers/count?${filter}`)).json();

/** Every page of a list, a cursor at a time, and the list's count (GET /customers/count, same filter). */
async function allPages(user: TestUser, url: string, limit = 2) {
  const names: string[] = [];
  let cursor = '';
  do {
    const page = (
      await api(user, 'GET', `${url}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    ).json() as ListPage;
    names.push(...namesOf(page.items));
    cursor = page.nextCursor ?? '';
  } while (cursor && names.length < 5000);
  const filter = new URL(url, 'http://localhost').searchParams;
  filter.delete('sort');
  return { names, ...(await countOf(user, filter.toString())) };
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('names in pinyin order', () => {
  it('lists 安徽 < 北京 < 重庆 < 长沙 < 上海 by name, page after page, and keeps the order after a rename', async () => {
    const am = await accountManager();
    // Code-point order would be 上海 (U+4E0A) < 北京 < 安徽 < 重庆 < 长沙 < 东莞.
    for (const name of [
      '上海中联机械',
      '东莞华兴商贸',
      '北京恒通科技',
      '安徽瑞丰食品',
      '重庆天成汽车',
      '长沙银行',
    ]) {
      await newCustomer(t, am, { name });
    }
    const expected = [
      '安徽瑞丰食品',
      '北京恒通科技',
      '长沙银行',
      '重庆天成汽车',
      '东莞华兴商贸',
      '上海中联机械',
    ];
    const asc = await allPages(am, '/api/v1/customers?mine=true&sort=name');
    expect(asc.names).toEqual(expected);
    expect(asc.total).toBe(6);
    // The default order of a list is by name too; descending walks it backwards through the same cursors.
    expect((await allPages(am, '/api/v1/customers?mine=true', 4)).names).toEqual(expected);
    expect((await allPages(am, '/api/v1/customers?mine=true&sort=-name', 4)).names).toEqual(
      [...expected].reverse(),
    );
    // A rename takes its new place: 上海 → 阿坝 (a ba) comes first.
    const shanghai = (await api(am, 'GET', '/api/v1/customers?mine=true&q=shzl')).json().items[0];
    const renamed = await api(am, 'PATCH', `/api/v1/customers/${shanghai.id}`, { name: '阿坝中联机械' });
    expect(renamed.statusCode).toBe(200);
    expect((await allPages(am, '/api/v1/customers?mine=true&sort=name', 3)).names).toEqual([
      '阿坝中联机械',
      ...expected.slice(0, 5),
    ]);
  });

  it('gives imported names and renames their key too, and blanks a destroyed customer’s', async () => {
    const am = await accountManager();
    const db = t.database.db;
    const [imported] = await importRepo.insertCustomers(db, [
      { name: '重庆导入客户', name_key: '重庆导入客户', owner_id: am.id },
    ]);
    const id = Number(imported?.id);
    const key = () =>
      db
        .selectFrom('customers')
        .select(['name_sort', 'name_initials'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    expect(await key()).toEqual({
      name_sort: 'chong2qing4dao3ru4ke4hu4 重庆导入客户',
      name_initials: 'cqdrkh',
    });
    await importRepo.updateCustomersFromJson(
      db,
      ['name', 'name_key'],
      [{ id, name: '长沙导入', name_key: '长沙导入' }],
    );
    expect(await key()).toEqual({ name_sort: 'chang2sha1dao3ru4 长沙导入', name_initials: 'csdr' });
    const search = await api(am, 'GET', '/api/v1/customers?q=csdr');
    expect(namesOf(search.json().items)).toEqual(['长沙导入']);
    await blankCustomers(db, [id]);
    const { code } = await db
      .selectFrom('customers')
      .select('code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const blanked = await key();
    expect(blanked.name_initials).toBe(`yxhkh${code.toLowerCase()}`);
    expect(blanked.name_sort).not.toContain('chang2sha1');
  });
});

describe('search by pinyin initials', () => {
  it('finds 上海中联 by shzl, by zl and in capitals, 重庆 as cq, and still by the characters', async () => {
    const am = await accountManager();
    const other = await accountManager();
    const shzl = await newCustomer(t, am, { name: '上海中联重工有限公司' });
    const cq = await newCustomer(t, other, { name: '重庆长安物流' });
    await newCustomer(t, am, { name: '深圳中兴通讯' });
    const found = async (user: TestUser, q: string) =>
      namesOf((await api(user, 'GET', `/api/v1/customers?q=${encodeURIComponent(q)}`)).json().items);
    expect(await found(am, 'shzl')).toEqual([shzl.name]);
    expect(await found(am, 'SHZL')).toEqual([shzl.name]);
    expect(await found(am, 'zlzg')).toEqual([shzl.name]);
    // 重 in 重庆 reads chong, 长 in 长安 chang: cqca, not zqza.
    expect(await found(am, 'cqca')).toEqual([cq.name]);
    expect(await found(am, 'zqza')).toEqual([]);
    // Initials are names, listed to everyone: another account manager finds them too (masked as usual).
    expect(await found(other, 'shzl')).toEqual([shzl.name]);
    expect(await found(am, '上海中联')).toEqual([shzl.name]);
    // Initials in a different order are not the name's.
    expect(await found(am, 'zlsh')).toEqual([]);
  });
});

describe('the total', () => {
  it('counts exactly up to 10 000, then says there are more', async () => {
    const am = await accountManager();
    await newCustomer(t, am, { name: '计数客户甲', province: '西藏自治区' });
    await newCustomer(t, am, { name: '计数客户乙', province: '西藏自治区' });
    const tibet = `province=${encodeURIComponent('西藏自治区')}`;
    expect((await api(am, 'GET', `/api/v1/customers?${tibet}&limit=1`)).json().items).toHaveLength(1);
    expect(await countOf(am, tibet)).toEqual({ total: 2, capped: false });
    const db = t.database.db;
    await sql`insert into customers (name, name_key, name_sort, name_initials, province)
      select '批量' || i, '批量' || i, 'pi1liang4' || i || ' 批量' || i, 'pl' || i, '青海省'
        from generate_series(1, 10001) i`.execute(db);
    try {
      const qinghai = `province=${encodeURIComponent('青海省')}`;
      expect(await countOf(am, qinghai)).toEqual({ total: 10_000, capped: true });
      await sql`delete from customers where id = (select max(id) from customers where province = '青海省')`.execute(
        db,
      );
      expect(await countOf(am, qinghai)).toEqual({ total: 10_000, capped: false });
      // A keyword counts its matches: 批量100 is in 批量100, 批量1000..批量1009 and 批量10000 (10001 is gone).
      const keyword = `q=${encodeURIComponent('批量100')}`;
      expect(await countOf(am, keyword)).toEqual({ total: 12, capped: false });
      expect((await api(am, 'GET', `/api/v1/customers?${keyword}&limit=5`)).json().items).toHaveLength(5);
      // 我的客户 is counted as listed.
      expect(await countOf(am, `mine=true&${qinghai}`)).toEqual({ total: 0, capped: false });
      expect(await countOf(am, `mine=true&${tibet}`)).toEqual({ total: 2, capped: false });
    } finally {
      await sql`delete from customers where province = '青海省'`.execute(db);
    }
    // Ten thousand inserts fire the name-gram trigger too: more than the default 30 s on a busy 2-core machine.
  }, 90_000);
});

describe('回访 filters', () => {
  it('lists, counts and searches 已逾期, 7 天内到期 and 从未回访 alike', async () => {
    const am = await accountManager();
    const made: Record<string, number> = {};
    for (const name of ['回访逾期商行', '回访将到商行', '回访远期商行', '回访从无商行']) {
      made[name] = (await newCustomer(t, am, { name, province: '宁夏回族自治区' })).id;
    }
    const db = t.database.db;
    await sql`insert into customer_followups (customer_id, last_followup_at, next_followup_at) values
      (${made.回访逾期商行}, now() - interval '40 days', now() - interval '1 day'),
      (${made.回访将到商行}, now() - interval '20 days', now() + interval '3 days'),
      (${made.回访远期商行}, now() - interval '2 days', now() + interval '30 days')`.execute(db);
    const ningxia = `province=${encodeURIComponent('宁夏回族自治区')}`;
    const keyword = `q=${encodeURIComponent('回访')}`;
    const expected = { overdue: ['回访逾期商行'], due7: ['回访将到商行'], never: ['回访从无商行'] };
    for (const [followup, names] of Object.entries(expected)) {
      for (const filter of [ningxia, keyword, `${ningxia}&${keyword}&sort=name`]) {
        const list = await api(am, 'GET', `/api/v1/customers?${filter}&followup=${followup}`);
        expect(list.statusCode, `${followup} ${filter}`).toBe(200);
        expect(namesOf(list.json().items), `${followup} ${filter}`).toEqual(names);
        expect(await countOf(am, `${filter}&followup=${followup}`), `${followup} ${filter}`).toEqual({
          total: 1,
          capped: false,
        });
      }
    }
  });
});

describe('我的客户', () => {
  it('lists what I own or serve as agent, and exports the same', async () => {
    const am = await accountManager();
    const colleague = await accountManager();
    const agent = await newUser(t, 'agent', ['agent'], '客户服务部');
    const boss = await newUser(t, 'boss', ['executive'], '总经理办公室');
    const owned = await newCustomer(t, am, { name: '我的甲客户', agentId: agent.id });
    await newCustomer(t, colleague, { name: '同事的乙客户' });
    const served = await newCustomer(t, colleague, { name: '坐席的丙客户', agentId: agent.id });
    const mine = async (user: TestUser) =>
      allPages(user, '/api/v1/customers?mine=true&sort=name', 50).then((r) => r.names);
    expect(await mine(am)).toEqual([owned.name]);
    // 同 tong before 坐 zuo.
    expect(await mine(colleague)).toEqual(['同事的乙客户', served.name]);
    expect((await mine(agent)).sort()).toEqual([owned.name, served.name].sort());
    expect(await mine(boss)).toEqual([]);
    // Without it, the whole archive (as far as the viewer may list it).
    expect((await allPages(am, '/api/v1/customers?sort=name', 50)).names.length).toBeGreaterThan(1);

    const exported = await api(am, 'GET', '/api/v1/customers/export?mine=true');
    expect(exported.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheetNames: string[] = [];
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        for (const value of row.values as unknown[]) if (typeof value === 'string') sheetNames.push(value);
      });
    });
    expect(sheetNames).toContain(owned.name);
    expect(sheetNames).not.toContain(served.name);
    expect(sheetNames.some((v) => v.includes('我的客户：是'))).toBe(true);
  });
});

describe('a term sorted by name, through the ordered name grams (issue 13.10)', () => {
  const db = () => t.database.db;
  /** The live customers' name bigrams that are kept (customer_common_grams), with their sort keys. */
  const keptRows = sql`select g, c.name_sort, c.id from customers c, hf_customer_name_grams(c.search_grams) g
    where c.deleted_at is null and c.merged_into_id is null
      and exists (select 1 from customer_common_grams s where s.gram = g)`;
  /** customer_name_grams differs from what the live customers' names make now: none of these rows. */
  const drift = async () =>
    (
      await sql<{ n: number }>`select count(*)::int as n from (
        (select gram, name_sort, customer_id from customer_name_grams except ${keptRows})
        union all
        (${keptRows} except select gram, name_sort, customer_id from customer_name_grams)) d`.execute(db())
    ).rows[0]?.n;
  /** How many customers the ordered name grams hold under a gram. */
  const orderedUnder = async (gram: string) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from customer_name_grams where gram = ${gram}`.execute(db())
    ).rows[0]?.n;
  const runJob = () =>
    commonNameGramsJob.handler(new Date(), {
      db: db(),
      log: t.app.log,
      attempt: 1,
      timeZone: 'Asia/Shanghai',
      mail: null,
      attachmentsDir: '/nonexistent',
    });
  /** What the list must show: the viewer's live customers the term matches, in pinyin order. */
  const expected = async (ownerId: number, term: string, extra = sql``) =>
    (
      await sql<{ name: string }>`select name from customers c
        where c.deleted_at is null and c.merged_into_id is null and c.owner_id = ${ownerId}
          and lower(c.name || '|' || coalesce(c.short_name, '') || '|' || c.name_initials) like ${`%${term}%`}
          ${extra} order by c.name_sort, c.id`.execute(db())
    ).rows.map((r) => r.name);

  it('pages a common term by name in both directions after import, rename, short name, merge and destruction', async () => {
    const am = await accountManager();
    const places = ['上海', '北京', '安徽', '重庆', '长沙', '厦门', '阿坝', '东莞'];
    // More matches than a look-up collects (1 000): the page is read through the grams. One import statement.
    const [first] = await importRepo.insertCustomers(
      db(),
      Array.from({ length: 1_200 }, (_, i) => {
        const name = `${places[i % places.length]}${i % 3 === 0 ? '华兴机械' : '华兴商贸'}${i}`;
        return { name, name_key: name, owner_id: am.id, tier: i % 5 === 0 ? 'A' : 'C' };
      }),
    );
    const firstId = Number(first?.id);
    expect(await drift()).toBe(0);
    const search = (q: string, more = '') => `/api/v1/customers?mine=true&q=${encodeURIComponent(q)}${more}`;
    // Not common yet when written: no ordered rows, and the list is still right (walking the name index).
    expect(await orderedUnder('华兴')).toBe(0);
    const unkept = await allPages(am, search('华兴', '&sort=name'), 200);
    expect(unkept.names).toEqual(await expected(am.id, '华兴'));
    // The nightly job counts: 华兴 (1 200 customers) is kept from now on, 东莞 (150) is not.
    expect(await runJob()).toEqual({ added: expect.any(Number) });
    // Every live customer holding it, this test's 1 200 and any other test's.
    expect(await orderedUnder('华兴')).toBeGreaterThanOrEqual(1_200);
    expect(await drift()).toBe(0);
    expect(await orderedUnder('东莞')).toBe(0);
    expect(await runJob()).toEqual({ added: 0 });
    const check = async (label: string) => {
      expect(await drift(), label).toBe(0);
      const byName = await expected(am.id, '华兴');
      expect(byName.length, label).toBeGreaterThan(1_000);
      const asc = await allPages(am, search('华兴', '&sort=name'), 200);
      expect(asc.names, label).toEqual(byName);
      const desc = await allPages(am, search('华兴', '&sort=-name'), 150);
      expect(desc.names, label).toEqual([...byName].reverse());
      // A longer term (its LIKE rechecked) and a filter the walk applies to each customer it reads.
      const machines = await allPages(am, search('华兴机械', '&tier=A&sort=name'), 20);
      expect(machines.names, label).toEqual(await expected(am.id, '华兴机械', sql`and c.tier = 'A'`));
      expect(machines.names.length, label).toBeGreaterThan(0);
    };
    try {
      await check('imported');
      // A rename: 上海华兴… → 阿坝华兴… moves forward; another leaves the term.
      const [shanghai, leaver] = (
        await sql<{ id: number }>`select id from customers where owner_id = ${am.id} and name like '上海%'
          order by id limit 2`.execute(db())
      ).rows.map((r) => Number(r.id));
      for (const [id, name] of [
        [shanghai, '阿坝改名华兴商贸'],
        [leaver, '上海改名贸易公司'],
      ] as const) {
        const renamed = await api(am, 'PATCH', `/api/v1/customers/${id}`, { name });
        expect(renamed.statusCode).toBe(200);
      }
      // A short name carries the term for a name that does not: found under it, sorted by its name.
      const plain = await newCustomer(t, am, { name: '北京远航简称测试', shortName: '华兴北京' });
      // The import updating names (the sheet renamed one customer).
      await importRepo.updateCustomersFromJson(
        db(),
        ['name', 'name_key'],
        [{ id: firstId + 8, name: '安徽再改华兴机械', name_key: '安徽再改华兴机械' }],
      );
      await check('renamed');
      const names = (await allPages(am, search('华兴', '&sort=name'), 200)).names;
      expect(names[0]).toBe('阿坝改名华兴商贸');
      expect(names).toContain(plain.name);
      expect(names).not.toContain('上海改名贸易公司');
      // Merged away: the duplicate leaves the list, the kept customer stays.
      const merged = await api(am, 'POST', `/api/v1/customers/${firstId + 1}/merge`, {
        duplicateId: firstId + 2,
      });
      expect(merged.statusCode).toBe(200);
      // Destroyed (blanked and marked deleted), and one deleted outright.
      await blankCustomers(db(), [firstId + 3]);
      await sql`delete from customers where id = ${firstId + 4}`.execute(db());
      await check('merged, destroyed, deleted');
      const left = (await allPages(am, search('华兴', '&sort=name'), 200)).names;
      for (const gone of [firstId + 2, firstId + 3, firstId + 4]) {
        const { rows } = await sql<{ name: string }>`select name from customers where id = ${gone}`.execute(
          db(),
        );
        if (rows[0]) expect(left).not.toContain(rows[0].name);
      }
      expect(left.length).toBe(names.length - 3);
    } finally {
      await sql`delete from customer_tier_history where customer_id in (select id from customers where owner_id = ${am.id})`.execute(
        db(),
      );
      await sql`delete from customers where owner_id = ${am.id}`.execute(db());
    }
    expect(await drift()).toBe(0);
  }, 180_000);

  it('walks in small windows from any cursor, both directions, with the filters', async () => {
    const am = await accountManager();
    // Kept before the customers are written: the insert trigger writes their rows.
    expect(await keepNameGrams(db(), ['窗口', '测试'])).toBeGreaterThanOrEqual(1);
    await importRepo.insertCustomers(
      db(),
      Array.from({ length: 300 }, (_, i) => {
        const name = `${['重庆', '安徽', '上海'][i % 3]}窗口测试${i}`;
        return { name, name_key: name, owner_id: am.id, tier: i % 4 === 0 ? 'B' : 'C' };
      }),
    );
    try {
      const match = sql<SqlBool>`c.search_grams @> array['窗口']::text[]`;
      for (const desc of [false, true]) {
        const rows = (
          await sql<{ id: number; v: string }>`select id, name_sort as v from customers c
            where owner_id = ${am.id} and tier = 'B' and name like '%窗口%'
            order by name_sort ${sql.raw(desc ? 'desc' : 'asc')}, id ${sql.raw(desc ? 'desc' : 'asc')}`.execute(
            db(),
          )
        ).rows.map((r) => ({ id: Number(r.id), v: r.v }));
        const filter = { sort: 'name' as const, desc, tier: 'B', ownerId: am.id };
        const windows = { first: 7, last: 40 };
        expect(await gramWalkIds(db(), filter, match, '窗口', 1000, undefined, windows)).toEqual(
          rows.map((r) => r.id),
        );
        const from = rows[20] as (typeof rows)[number];
        expect(await gramWalkIds(db(), filter, match, '测试', 30, from, windows)).toEqual(
          rows.slice(21, 51).map((r) => r.id),
        );
      }
    } finally {
      await sql`delete from customers where owner_id = ${am.id}`.execute(db());
    }
  });
});
