import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveAuditChainKey } from '../../security/audit-key.ts';
import {
  createTestApp,
  createUserAs,
  TEST_ADMIN_PASSWORD,
  TEST_DATA_KEY,
  type TestApp,
} from '../../test/app-helper.ts';
import { checkpointFile, readCheckpointFile, writeAuditCheckpoint } from './checkpoint.ts';
import { recordAudit, verifyAuditChain } from './service.ts';

const key = deriveAuditChainKey(TEST_DATA_KEY);

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records who did what, newest first, filterable by action', async () => {
    const id = await createUserAs(t, admin, { username: 'audited', roles: ['agent'] });
    const page = (
      await t.call(admin, { method: 'GET', url: '/api/v1/audit-events?action=users.created' })
    ).json();
    expect(page.items[0]).toMatchObject({
      actorName: '系统管理员',
      action: 'users.created',
      targetType: 'user',
      targetId: String(id),
      details: { username: 'audited', roles: ['agent'] },
    });
    const all = (await t.call(admin, { method: 'GET', url: '/api/v1/audit-events?limit=2' })).json();
    expect(all.items).toHaveLength(2);
    expect(all.items[0].id).toBeGreaterThan(all.items[1].id);
    const next = (
      await t.call(admin, { method: 'GET', url: `/api/v1/audit-events?limit=2&cursor=${all.nextCursor}` })
    ).json();
    expect(next.items[0].id).toBeLessThan(all.items[1].id);
  });

  it('names each target by its code and name, customer names only for readers of customers', async () => {
    await createUserAs(t, admin, {
      username: 'am.named',
      roles: ['account_manager'],
      departmentName: '销售部',
    });
    await createUserAs(t, admin, {
      username: 'boss.named',
      roles: ['executive'],
      departmentName: '总经理办公室',
    });
    const am = await t.login('am.named', 'Passw0rd!');
    const boss = await t.login('boss.named', 'Passw0rd!');
    const created = await t.call(am, {
      method: 'POST',
      url: '/api/v1/customers',
      payload: { name: '华信精密' },
    });
    const customer = created.json() as { id: number; code: string };
    const url = `/api/v1/audit-events?targetType=customer&targetId=${customer.id}&action=customers.created`;
    expect((await t.call(boss, { method: 'GET', url })).json().items[0]).toMatchObject({
      targetCode: customer.code,
      targetName: '华信精密',
    });
    // The administrator reads the log but not the customer archive: the code says which one it was.
    expect((await t.call(admin, { method: 'GET', url })).json().items[0]).toMatchObject({
      targetCode: customer.code,
      targetName: null,
    });
    const users = (
      await t.call(admin, { method: 'GET', url: '/api/v1/audit-events?action=users.created' })
    ).json();
    expect(users.items[0]).toMatchObject({ targetCode: 'boss.named', targetName: '测试boss.named' });
  });

  it('exports the log as the page shows it: actions, targets and details in words, times on the company clock', async () => {
    await createUserAs(t, admin, {
      username: 'am.export',
      roles: ['account_manager'],
      departmentName: '销售部',
    });
    await createUserAs(t, admin, {
      username: 'boss.export',
      roles: ['executive'],
      departmentName: '总经理办公室',
    });
    const agentId = await createUserAs(t, admin, { username: 'agent.export', roles: ['agent'] });
    const am = await t.login('am.export', 'Passw0rd!');
    const boss = await t.login('boss.export', 'Passw0rd!');
    const customer = (
      await t.call(am, { method: 'POST', url: '/api/v1/customers', payload: { name: '鼎盛机电' } })
    ).json() as { id: number; code: string };
    const updated = await t.call(am, {
      method: 'PATCH',
      url: `/api/v1/customers/${customer.id}`,
      payload: { address: '人民路 8 号', city: '苏州市' },
    });
    expect(updated.statusCode).toBe(200);
    const changed = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${agentId}`,
      payload: { roles: ['agent', 'supervisor'] },
    });
    expect(changed.json().roles).toEqual(['agent', 'supervisor']);

    const exported = async (url: string) => {
      const response = await t.call(boss, { method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const rows: string[][] = [];
      book.getWorksheet('审计日志')?.eachRow((row) => {
        rows.push(
          (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
        );
      });
      return rows;
    };
    const customerRows = await exported(
      `/api/v1/audit-events/export?targetType=customer&targetId=${customer.id}`,
    );
    expect(customerRows[0]).toEqual(['编号', '时间', '操作人', '操作', '对象', '详情', 'IP']);
    const row = (rows: string[][], action: string) => rows.find((r) => r[3] === action);
    const create = row(customerRows, '新建客户');
    expect(create?.slice(2, 5)).toEqual(['测试am.export', '新建客户', `客户 ${customer.code} 鼎盛机电`]);
    expect(row(customerRows, '修改客户')?.slice(4, 6)).toEqual([
      `客户 ${customer.code} 鼎盛机电`,
      '修改字段：地址、城市',
    ]);
    // The time as the page shows it: the company's clock (Asia/Shanghai), not the server's or UTC.
    const listed = (
      await t.call(boss, {
        method: 'GET',
        url: `/api/v1/audit-events?targetType=customer&targetId=${customer.id}&action=customers.created`,
      })
    ).json().items[0];
    // The Shanghai wall clock, written as the pages write it (Swedish dates are ISO-like: 2026-12-05 04:54:06).
    expect(create?.[1]).toBe(
      new Date(listed.occurredAt).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }),
    );
    expect(create?.[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const roleRows = await exported(
      `/api/v1/audit-events/export?action=users.roles_changed&targetId=${agentId}`,
    );
    expect(roleRows[1]?.slice(3, 6)).toEqual([
      '角色变更',
      '员工 agent.export 测试agent.export',
      // jsonb keeps its keys shortest first, as the page shows them too.
      '变更前：回访专员；变更后：回访专员、客服主管；方式：直接生效',
    ]);

    // The whole log: no code, no JSON, in any row.
    const all = (await exported('/api/v1/audit-events/export')).slice(1);
    expect(all.length).toBeGreaterThan(5);
    for (const [, , , action, target, details] of all) {
      expect(action).not.toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(target).not.toMatch(/^[a-z_]+ /);
      expect(details).not.toMatch(/[{}"]/);
    }

    // In English for a reader whose account speaks English, as the page would be.
    await t.call(boss, { method: 'PUT', url: '/api/v1/auth/me/locale', payload: { locale: 'en' } });
    const english = await exported(`/api/v1/audit-events/export?targetType=customer&targetId=${customer.id}`);
    expect(english[0]).toEqual(['No.', 'Time', 'Actor', 'Action', 'Target', 'Details', 'IP']);
    expect(row(english, 'Updated customer')?.slice(4, 6)).toEqual([
      `Customer ${customer.code} 鼎盛机电`,
      'Fields changed: Address, City',
    ]);
  });

  it('is readable by executives and admins only', async () => {
    await createUserAs(t, admin, { username: 'sup.a', roles: ['supervisor'] });
    const sup = await t.login('sup.a', 'Passw0rd!');
    expect((await t.call(sup, { method: 'GET', url: '/api/v1/audit-events' })).statusCode).toBe(403);
  });

  it('refuses updates and deletes from the application', async () => {
    await expect(sql`update audit_events set action = 'x'`.execute(t.database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('verifies the keyed hash chain against the signed checkpoint', async () => {
    const unanchored = (await t.call(admin, { method: 'GET', url: '/api/v1/audit-events/verify' })).json();
    // A new database is keyed from its first row; no checkpoint was taken yet (the server takes them).
    expect(unanchored).toMatchObject({ ok: true, checkpoint: { status: 'missing' } });
    expect(unanchored.unkeyedThrough).toBeUndefined();
    expect(unanchored.checkpoint.source).toBeUndefined(); // the server's file path is not shown

    const written = await writeAuditCheckpoint(t.database.db, { key, dir: t.checkpointDir });
    if (written.outcome !== 'written') throw new Error(`checkpoint ${written.outcome}`);
    await createUserAs(t, admin, { username: 'after.checkpoint', roles: ['agent'] });
    const ok = (await t.call(admin, { method: 'GET', url: '/api/v1/audit-events/verify' })).json();
    expect(ok).toMatchObject({
      ok: true,
      checkpoint: { status: 'verified', lastId: written.checkpoint.lastId },
    });
    expect(ok.checked).toBeGreaterThan(3);
    // Creating a user writes its own events (created, roles given …): count them rather than assume one.
    const after = await t.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('id', '>', written.checkpoint.lastId)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBeGreaterThan(0);
    expect(ok.checkpoint.eventsAfter).toBe(Number(after.n));
  });

  it('keeps the chain valid whatever the details hold (a Date is recorded, and hashed, as its ISO text)', async () => {
    const at = new Date('2026-12-01T02:03:04.005Z');
    await t.database.db
      .transaction()
      .execute((trx) =>
        recordAudit(trx, { actor: null, ip: null }, 'test.details_kinds', undefined, { at, gone: undefined }),
      );
    const row = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'test.details_kinds')
      .executeTakeFirstOrThrow();
    expect(row.details).toEqual({ at: '2026-12-01T02:03:04.005Z' });
    expect((await t.call(admin, { method: 'GET', url: '/api/v1/audit-events/verify' })).json().ok).toBe(true);
  });

  it('verifies the hash chain, and names the first tampered row', async () => {
    const victim = (
      await t.database.db
        .selectFrom('audit_events')
        .select('id')
        .orderBy('id')
        .offset(2)
        .limit(1)
        .executeTakeFirstOrThrow()
    ).id;
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.database.db);
    await sql`update audit_events set details = '{"username":"someone-else"}' where id = ${victim}`.execute(
      t.database.db,
    );
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.database.db);

    const broken = await verifyAuditChain(t.database.db, {
      key,
      checkpoint: readCheckpointFile(key, checkpointFile(t.checkpointDir)),
    });
    expect(broken).toMatchObject({ ok: false, brokenAt: { id: victim, reason: 'hash_mismatch' } });
    const viaApi = (await t.call(admin, { method: 'GET', url: '/api/v1/audit-events/verify' })).json();
    expect(viaApi.brokenAt.id).toBe(victim);
  });
});
