import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIER_REASONS } from '../../../domain/customers/tier.ts';
import type { DatabaseHandle } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import type { Database } from '../../db/schema.ts';
import { openEmptyTestDatabase } from '../../test/test-database.ts';

/** Migration 0042 on a tier history written by the old code: one row of every Chinese reason it wrote. */
const serverUrl = process.env.TEST_DATABASE_URL || undefined;
const BEFORE = '0041_notification_params';
let handle: DatabaseHandle;
let db: Kysely<Database>;
const migrator = () => new Migrator({ db, provider: { getMigrations: async () => migrations } });
let customer: number;
let request: number;
/** The history as the migration left it, to compare after a round trip down and up. */
let converted: Row[];

type Row = { reason: string; grade_request_id: number | null; score: string | null };
const history = async () =>
  (
    await sql<Row>`select reason, grade_request_id, score::text as score
      from customer_tier_history order by id`.execute(db)
  ).rows;
/** The reasons alone: below 0042 there is no grade_request_id. */
const reasons = async () =>
  (await sql<{ reason: string }>`select reason from customer_tier_history order by id`.execute(db)).rows.map(
    (r) => r.reason,
  );
const insert = (reason: string, gradeRequestId: number | null = null) =>
  sql`insert into customer_tier_history (customer_id, from_tier, to_tier, reason, grade_request_id)
    values (${customer}, 'C', 'B', ${reason}, ${gradeRequestId})`.execute(db);

beforeAll(async () => {
  handle = await openEmptyTestDatabase(serverUrl);
  db = handle.db;
  await migrator().migrateTo(BEFORE);
  const { rows: users } = await sql<{ id: number }>`
    insert into users (username, display_name, password_hash) values ('am', '客户经理', 'x') returning id`.execute(
    db,
  );
  const user = users[0]?.id as number;
  const { rows: customers } = await sql<{ id: number }>`
    insert into customers (name, name_key, name_sort, name_initials) values ('甲公司', '甲公司', '甲公司', '')
    returning id`.execute(db);
  customer = customers[0]?.id as number;
  const { rows: requests } = await sql<{ id: number }>`
    insert into grade_change_requests (customer_id, from_tier, proposed_tier, reasons, requested_by)
    values (${customer}, 'C', 'A', '增长', ${user}) returning id`.execute(db);
  request = requests[0]?.id as number;
  const old: [string, number | null][] = [
    ['新建客户', null],
    ['年合作金额变更', null],
    ['导入', null],
    ['分级规则调整', null],
    ['评分变化', 72.5],
    [`等级申报 #${request} 获批`, null],
    // A request no longer there (its row went): the reason stays an approval, without a number.
    [`等级申报 #${request + 1000} 获批`, null],
  ];
  for (const [reason, score] of old) {
    await sql`insert into customer_tier_history (customer_id, from_tier, to_tier, reason, score, changed_by)
      values (${customer}, 'C', 'A', ${reason}, ${score}, ${user})`.execute(db);
  }
  await migrateToLatest(db);
}, 120_000);
afterAll(() => handle?.close());

describe('migration 0042: tier change reasons become codes', () => {
  it('turns each Chinese reason into its code and an approval’s number into grade_request_id', async () => {
    converted = await history();
    expect(converted).toEqual([
      { reason: 'created', grade_request_id: null, score: null },
      { reason: 'amount_changed', grade_request_id: null, score: null },
      { reason: 'import', grade_request_id: null, score: null },
      { reason: 'rules_changed', grade_request_id: null, score: null },
      { reason: 'score_changed', grade_request_id: null, score: '72.5' },
      { reason: 'grade_approved', grade_request_id: request, score: null },
      { reason: 'grade_approved', grade_request_id: null, score: null },
    ]);
  });

  it('holds the column to the codes the server writes, and a request number to approvals', async () => {
    for (const code of TIER_REASONS) await insert(code);
    await insert('grade_approved', request);
    await expect(insert('年合作金额变更')).rejects.toThrow(/customer_tier_history_reason_check/);
    await expect(insert('other')).rejects.toThrow(/customer_tier_history_reason_check/);
    await expect(insert('created', request)).rejects.toThrow(/customer_tier_history_grade_request_check/);
    await expect(insert('grade_approved', request + 1000)).rejects.toThrow(/foreign key/);
    await sql`delete from customer_tier_history where id > 7`.execute(db);
  });

  it('goes back down to the Chinese reasons, and stops on a reason it does not know', async () => {
    await migrator().migrateTo(BEFORE);
    expect(await reasons()).toEqual([
      '新建客户',
      '年合作金额变更',
      '导入',
      '分级规则调整',
      '评分变化',
      `等级申报 #${request} 获批`,
      '等级申报 #? 获批',
    ]);
    await sql`insert into customer_tier_history (customer_id, to_tier, reason) values (${customer}, 'A', '手工调整')`.execute(
      db,
    );
    const { error } = await migrator().migrateToLatest();
    expect(String(error)).toMatch(/customer_tier_history_reason_check/);
    // The failed migration left nothing half done: the reasons are still the old words.
    expect((await reasons())[0]).toBe('新建客户');
    await sql`delete from customer_tier_history where reason = '手工调整'`.execute(db);
    await migrateToLatest(db);
    expect(await history(), 'up, down and up again').toEqual(converted);
  });
});
