import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import type { Database } from '../db/schema.ts';
import { openEmptyTestDatabase } from '../test/test-database.ts';

/** Migration 0013 on a database holding requests of every type in every state the old tables knew. */
const serverUrl = process.env.TEST_DATABASE_URL || undefined;
const BEFORE = '0011_tier_history_score';
let handle: DatabaseHandle;
let db: Kysely<Database>;
const migrator = () => new Migrator({ db, provider: { getMigrations: async () => migrations } });
const ids: Record<string, number> = {};
/** A time on 1 March 2025, to the microsecond (what a cursor compares). */
const at = (minute: number) =>
  new Date(Date.UTC(2025, 2, 1, 8, minute)).toISOString().replace('.000Z', '.123456Z');

async function seed() {
  const { rows: users } = await sql<{ id: number }>`
    insert into users (username, display_name, password_hash)
    values ('asker', '申请人', 'x'), ('boss', '审批人', 'x'), ('other', '另一位', 'x') returning id`.execute(
    db,
  );
  const [asker, boss, other] = users.map((u) => u.id) as [number, number, number];
  Object.assign(ids, { asker, boss, other });
  const { rows: customers } = await sql<{ id: number }>`
    insert into customers (name, name_key) values ('甲公司', '甲公司') returning id`.execute(db);
  const customer = customers[0]?.id as number;
  const access = (status: string, minute: number, decided: boolean) => sql`
    insert into access_requests (requester_id, customer_ids, level, purpose, reason, duration_days, status,
      decided_by, decided_at, decision_comment, expires_at, created_at)
    values (${asker}, ${[customer]}, ${status === 'revoked' ? 'top_secret' : 'confidential'}, '回访', '核对', 7,
      ${status}, ${decided ? boss : null}, ${decided ? at(minute + 1) : null}, ${decided ? `${status}理由` : null},
      ${status === 'approved' ? '2099-01-01T00:00:00Z' : status === 'revoked' ? at(minute + 1) : null},
      ${at(minute)})`;
  for (const [i, status] of ['pending', 'approved', 'rejected', 'revoked'].entries()) {
    await access(status, i * 2, status !== 'pending').execute(db);
  }
  for (const [i, status] of ['pending', 'approved', 'rejected'].entries()) {
    const decided = status !== 'pending';
    await sql`insert into export_requests (requester_id, filter, row_count, purpose, reason, status, decided_by,
        decided_at, comment, expires_at, created_at)
      values (${asker}, '{}', 9, '盘点', '核对', ${status}, ${decided ? boss : null},
        ${decided ? at(21 + i) : null}, ${decided ? '导出理由' : null},
        ${status === 'approved' ? '2099-01-01T00:00:00Z' : null}, ${at(20 + i)})`.execute(db);
    await sql`insert into destruction_requests (requested_by, customer_ids, reason, status, decided_by, decided_at,
        comment, created_at)
      values (${asker}, ${[customer]}, '到期', ${status}, ${decided ? boss : null}, ${decided ? at(31 + i) : null},
        ${decided ? '销毁理由' : null}, ${at(30 + i)})`.execute(db);
  }
  const grade = (status: string, dept: boolean, exec: boolean, minute: number) => sql`
    insert into grade_change_requests (customer_id, from_tier, proposed_tier, reasons, status, requested_by,
      dept_decided_by, dept_decided_at, dept_comment, exec_decided_by, exec_decided_at, exec_comment, created_at)
    values (${customer}, 'C', 'A', '增长', ${status}, ${asker}, ${dept ? other : null}, ${dept ? at(minute + 1) : null},
      ${dept ? '部门意见' : null}, ${exec ? boss : null}, ${exec ? at(minute + 2) : null}, ${exec ? '总经理意见' : null},
      ${at(minute)})`;
  await grade('pending_dept', false, false, 40).execute(db);
  await grade('pending_exec', true, false, 43).execute(db);
  await grade('approved', true, true, 46).execute(db);
  await grade('rejected', true, false, 49).execute(db);
  await grade('rejected', true, true, 52).execute(db);
  for (const [i, status] of ['pending', 'approved', 'rejected', 'superseded', 'direct'].entries()) {
    const decided = status !== 'pending';
    await sql`insert into role_change_requests (user_id, roles_before, roles_after, status, requested_by,
        decided_by, decided_at, comment, created_at)
      values (${other}, '{admin}', '{admin,agent}', ${status}, ${asker}, ${decided ? boss : null},
        ${decided ? at(56 + i) : null}, ${status === 'rejected' ? '职责分离' : null}, ${at(55 + i)})`.execute(
      db,
    );
  }
}

beforeAll(async () => {
  handle = await openEmptyTestDatabase(serverUrl);
  db = handle.db;
  await migrator().migrateTo(BEFORE);
  await seed();
  await migrateToLatest(db);
}, 120_000);
afterAll(() => handle?.close());

type Row = Record<string, unknown>;
const approvals = async (workflow: string) =>
  (
    await sql<Row>`select a.subject_id, a.status, a.step, a.level, a.open_key, a.chain -> a.step ->> 'key' as step_key,
        to_char(a.created_at at time zone 'UTC', 'MI:SS.US') as created,
        to_char(a.closed_at at time zone 'UTC', 'MI') as closed,
        (select json_agg(json_build_object('step', d.step, 'key', d.step_key, 'action', d.action, 'by', u.username,
            'comment', d.comment, 'at', to_char(d.decided_at at time zone 'UTC', 'MI')) order by d.id)
           from approval_decisions d left join users u on u.id = d.decided_by where d.approval_id = a.id) as decisions
      from approvals a where a.workflow = ${workflow} order by a.subject_id`.execute(db)
  ).rows;

describe('migration 0013 carries every request over', () => {
  it('access requests: status, decision, reason and times; the grant stays on the request', async () => {
    const rows = await approvals('access');
    expect(rows.map((r) => [r.status, r.step_key, r.level, r.created, r.closed])).toEqual([
      ['pending', 'manager', 'confidential', '00:00.123456', null],
      ['approved', 'manager', 'confidential', '02:00.123456', '03'],
      ['rejected', 'manager', 'confidential', '04:00.123456', '05'],
      ['revoked', 'executive', 'top_secret', '06:00.123456', '07'],
    ]);
    expect(rows.map((r) => r.decisions)).toEqual([
      null,
      [{ step: 0, key: 'manager', action: 'approve', by: 'boss', comment: 'approved理由', at: '03' }],
      [{ step: 0, key: 'manager', action: 'reject', by: 'boss', comment: 'rejected理由', at: '05' }],
      [{ step: 0, key: 'executive', action: 'revoke', by: 'boss', comment: 'revoked理由', at: '07' }],
    ]);
    const grants = await db.selectFrom('access_requests').select('expires_at').orderBy('id').execute();
    expect(grants.map((g) => g.expires_at?.getUTCFullYear() ?? null)).toEqual([null, 2099, null, 2025]);
  });

  it('grade requests: each step decision, the step reached and the final status', async () => {
    const rows = await approvals('grade');
    expect(rows.map((r) => [r.status, r.step, r.step_key, r.closed])).toEqual([
      ['pending', 0, 'dept', null],
      ['pending', 1, 'exec', null],
      ['approved', 1, 'exec', '48'],
      ['rejected', 0, 'dept', '50'],
      ['rejected', 1, 'exec', '54'],
    ]);
    const summary = rows.map((r) =>
      ((r.decisions as Row[] | null) ?? []).map((d) => `${d.key}:${d.action}:${d.by}:${d.comment}`),
    );
    expect(summary).toEqual([
      [],
      ['dept:approve:other:部门意见'],
      ['dept:approve:other:部门意见', 'exec:approve:boss:总经理意见'],
      ['dept:reject:other:部门意见'],
      ['dept:approve:other:部门意见', 'exec:reject:boss:总经理意见'],
    ]);
  });

  it('export and destruction requests keep statuses and comments', async () => {
    for (const [workflow, comment] of [
      ['export', '导出理由'],
      ['destruction', '销毁理由'],
    ]) {
      const rows = await approvals(workflow as string);
      expect(rows.map((r) => [r.status, (r.decisions as Row[] | null)?.[0]?.comment ?? null])).toEqual([
        ['pending', null],
        ['approved', comment],
        ['rejected', comment],
      ]);
    }
  });

  it('role changes: requests become approvals (superseded → withdrawn), direct changes stay a log', async () => {
    const rows = await approvals('role_change');
    expect(
      rows.map((r) => [
        r.status,
        r.open_key === String(ids.other),
        (r.decisions as Row[] | null)?.[0]?.action,
      ]),
    ).toEqual([
      ['pending', true, undefined],
      ['approved', false, 'approve'],
      ['rejected', false, 'reject'],
      ['withdrawn', false, 'withdraw'],
    ]);
    const direct = await db.selectFrom('role_change_requests').select('direct').orderBy('id').execute();
    expect(direct.map((d) => d.direct)).toEqual([false, false, false, false, true]);
  });

  it('goes back down to the old columns with the same statuses', async () => {
    await migrator().migrateTo(BEFORE);
    const statuses = async (table: string) =>
      (
        await sql<{ status: string }>`select status from ${sql.table(table)} order by id`.execute(db)
      ).rows.map((r) => r.status);
    expect(await statuses('access_requests')).toEqual(['pending', 'approved', 'rejected', 'revoked']);
    expect(await statuses('grade_change_requests')).toEqual([
      'pending_dept',
      'pending_exec',
      'approved',
      'rejected',
      'rejected',
    ]);
    expect(await statuses('role_change_requests')).toEqual([
      'pending',
      'approved',
      'rejected',
      'superseded',
      'direct',
    ]);
    const { rows } =
      await sql<Row>`select dept_comment, exec_comment from grade_change_requests order by id`.execute(db);
    expect(rows[4]).toEqual({ dept_comment: '部门意见', exec_comment: '总经理意见' });
    await migrateToLatest(db);
  });
});
