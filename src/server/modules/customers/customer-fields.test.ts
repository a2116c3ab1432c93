import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import type { Database } from '../../db/schema.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';
import { openEmptyTestDatabase } from '../../test/test-database.ts';

/**
 * Fields the seeds have (issue 13, item 5): 规模/年营收, an individual's 性别 and 年龄, and the needs survey's two
 * questions apart — 偏好回访方式 (上门回访 / 电话沟通 / 其他) and 偏好联系渠道 (E-mail / 上门拜访 / 普通信件 / 电话联系 /
 * 传真 / 其他). A refused value is named in Chinese.
 */
let t: TestApp;
let am = '';

type Json = Record<string, unknown>;
const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
  t.call(am, { method, url, payload });

/** The 400's message for a field, as the user reads it. */
async function refusal(method: 'POST' | 'PATCH', url: string, payload: object, field: string) {
  const response = await send(method, url, payload);
  expect(response.statusCode, response.body).toBe(400);
  const error = (response.json().errors as { field: string; message: string }[]).find(
    (e) => e.field === field,
  );
  expect(error, response.body).toBeDefined();
  return error?.message ?? '';
}

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  await createUserAs(t, admin, { username: 'fam', roles: ['account_manager'], departmentName: '销售部' });
  am = await t.login('fam', 'Passw0rd!');
});
afterAll(() => t.close());

describe('an individual customer has 性别 and 年龄', () => {
  it('keeps them, counts the age from a birth year, and drops them when the customer stops being a person', async () => {
    const created = await send('POST', '/api/v1/customers', {
      name: '张秀兰（个人）',
      kind: 'individual',
      gender: '女',
      age: 35,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ gender: 'female', age: 35 });
    const { rows } = await sql<{
      birth_year: number;
    }>`select birth_year from customers where id = ${id}`.execute(t.database.db);
    expect(rows[0]?.birth_year).toBe(new Date().getUTCFullYear() - 35);

    const changed = await send('PATCH', `/api/v1/customers/${id}`, { gender: 'male', age: 36 });
    expect(changed.json()).toMatchObject({ gender: 'male', age: 36 });
    const company = await send('PATCH', `/api/v1/customers/${id}`, { kind: 'franchisee' });
    expect(company.json()).toMatchObject({ kind: 'franchisee', gender: null, age: null });
    expect(company.json().hidden).toEqual({});
  });

  it('refuses them for a company, and bad values, naming the field in Chinese', async () => {
    expect(await refusal('POST', '/api/v1/customers', { name: '某某机械厂', gender: 'male' }, 'gender')).toBe(
      '性别仅适用于客户类型为“个人”的客户',
    );
    const person = { name: '李四', kind: 'individual' };
    expect(await refusal('POST', '/api/v1/customers', { ...person, age: 200 }, 'age')).toBe(
      '年龄应为 1–120 之间的整数（收到 200）',
    );
    expect(await refusal('POST', '/api/v1/customers', { ...person, age: 30.5 }, 'age')).toContain('年龄');
    expect(await refusal('POST', '/api/v1/customers', { ...person, gender: '未知' }, 'gender')).toBe(
      '性别应为“男”或“女”（收到“未知”）',
    );
  });
});

describe('规模/年营收 and the two preference questions', () => {
  it('stores and shows the annual revenue; refuses a bad one by its name', async () => {
    const created = await send('POST', '/api/v1/customers', {
      name: '华中精工有限公司',
      employees: 320,
      annualRevenue: '45000000',
    });
    expect(created.json()).toMatchObject({ employees: 320, annualRevenue: '45000000.00' });
    const id = created.json().id;
    const edited = await send('PATCH', `/api/v1/customers/${id}`, { annualRevenue: 52000000.5 });
    expect((edited.json() as Json).annualRevenue).toBe('52000000.50');
    // Cleared in the form: sent as null, stored as none.
    const cleared = await send('PATCH', `/api/v1/customers/${id}`, { annualRevenue: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((cleared.json() as Json).annualRevenue).toBeNull();
    expect(
      await refusal('PATCH', `/api/v1/customers/${id}`, { annualRevenue: '五千万' }, 'annualRevenue'),
    ).toContain('年营收应为不小于 0 的金额');
  });

  it('takes each question’s own options and refuses the other’s', async () => {
    const created = await send('POST', '/api/v1/customers', {
      name: '武昌文印服务部',
      preferredMethod: '上门回访',
      preferredChannel: 'E-mail',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ preferredMethod: '上门回访', preferredChannel: 'E-mail' });
    const id = created.json().id;
    expect(
      await refusal('PATCH', `/api/v1/customers/${id}`, { preferredMethod: 'E-mail' }, 'preferredMethod'),
    ).toBe('偏好回访方式应为 上门回访、电话沟通、其他 之一（收到“E-mail”）');
    expect(
      await refusal('PATCH', `/api/v1/customers/${id}`, { preferredChannel: '电话沟通' }, 'preferredChannel'),
    ).toContain('偏好联系渠道应为 E-mail、上门拜访、普通信件、电话联系、传真、其他 之一');
    const cleared = await send('PATCH', `/api/v1/customers/${id}`, {
      preferredMethod: null,
      preferredChannel: '传真',
    });
    expect(cleared.json()).toMatchObject({ preferredMethod: null, preferredChannel: '传真' });
  });
});

describe('a cleared number stays empty', () => {
  it('员工人数, 发展前景, 每周最多主动联系 and 年龄 sent as null are null, not 0', async () => {
    const created = await send('POST', '/api/v1/customers', {
      name: '蔡甸五金商行',
      kind: 'individual',
      employees: 50,
      prospects: 5,
      followupWeeklyCap: 2,
      age: 50,
    });
    expect(created.statusCode, created.body).toBe(201);
    const cleared = await send('PATCH', `/api/v1/customers/${created.json().id}`, {
      employees: null,
      prospects: null,
      followupWeeklyCap: null,
      age: null,
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    // 0 would mean "never contact proactively" for the weekly cap: a cleared form field must not say that.
    expect(cleared.json()).toMatchObject({
      employees: null,
      prospects: null,
      followupWeeklyCap: null,
      age: null,
    });
  });
});

describe('migration 0039 on customers whose one "method" held both questions', () => {
  const serverUrl = process.env.TEST_DATABASE_URL || undefined;
  let handle: DatabaseHandle;
  let db: Kysely<Database>;

  beforeAll(async () => {
    handle = await openEmptyTestDatabase(serverUrl);
    db = handle.db;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    await migrator.migrateTo('0038_customer_name_pinyin');
    const rows: [string, string | null, string | null, string | null][] = [
      ['上门客户', '上门回访', null, null],
      ['邮件客户', 'E-mail', null, null],
      ['信件客户', '普通信件', null, '老客户'],
      ['两者都有', '传真', '电话', null],
      ['自由填写', null, '微信语音', null],
    ];
    for (const [name, method, channel, remark] of rows) {
      await sql`insert into customers (name, name_key, name_sort, name_initials, preferred_method, preferred_channel, remark)
        values (${name}, ${name}, ${name}, '', ${method}, ${channel}, ${remark})`.execute(db);
    }
    await migrateToLatest(db);
  });
  afterAll(() => handle?.close());

  it('moves channel words to the channel and keeps what was typed freely in the remark', async () => {
    const { rows } = await sql<{
      name: string;
      preferred_method: string | null;
      preferred_channel: string | null;
      remark: string | null;
    }>`select name, preferred_method, preferred_channel, remark from customers order by id`.execute(db);
    expect(rows).toEqual([
      { name: '上门客户', preferred_method: '上门回访', preferred_channel: null, remark: null },
      { name: '邮件客户', preferred_method: null, preferred_channel: 'E-mail', remark: null },
      { name: '信件客户', preferred_method: null, preferred_channel: '普通信件', remark: '老客户' },
      {
        name: '两者都有',
        preferred_method: null,
        preferred_channel: '电话联系',
        remark: '偏好回访方式（原填写）：传真',
      },
      {
        name: '自由填写',
        preferred_method: null,
        preferred_channel: '其他',
        remark: '偏好联系渠道（原填写）：微信语音',
      },
    ]);
  });
});
