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
