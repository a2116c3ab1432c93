import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.ts';
import { migrations } from '../../db/migrations/index.ts';
import type { Database } from '../../db/schema.ts';
import { openEmptyTestDatabase } from '../../test/test-database.ts';

/** Migration 0043 on an archive whose ordered name grams hold every bigram (0040). */
const serverUrl = process.env.TEST_DATABASE_URL || undefined;
const BEFORE = '0042_tier_reason_codes';
const AFTER = '0043_customer_common_grams';
let handle: DatabaseHandle;
let db: Kysely<Database>;
const migrator = () => new Migrator({ db, provider: { getMigrations: async () => migrations } });

const insertCustomers = (names: string[]) =>
  sql`insert into customers (name, name_key, name_sort, name_initials)
    select n, n, n, '' from unnest(${names}::text[]) n`.execute(db);
/** How many customers the ordered name grams hold under a gram. */
const orderedUnder = async (gram: string) =>
  (
    await sql<{ n: number }>`select count(*)::int as n from customer_name_grams where gram = ${gram}`.execute(
      db,
    )
  ).rows[0]?.n;

beforeAll(async () => {
  handle = await openEmptyTestDatabase(serverUrl);
  db = handle.db;
  await migrator().migrateTo(BEFORE);
  // 华兴 in 600 names (common: at least 500), 独一 in one.
  await insertCustomers([...Array.from({ length: 600 }, (_, i) => `华兴机械${i}`), '独一无二']);
}, 120_000);

afterAll(() => handle?.close());

describe('migration 0043: only common bigrams keep their ordered list', () => {
  it('keeps the common grams, drops the rare ones, and the triggers follow the set; down restores all', async () => {
    expect(await orderedUnder('独一')).toBe(1);
    expect(await orderedUnder('华兴')).toBe(600);

    const { error } = await migrator().migrateTo(AFTER);
    expect(error).toBeUndefined();
    const kept = (await sql<{ gram: string }>`select gram from customer_common_grams`.execute(db)).rows.map(
      (r) => r.gram,
    );
    expect(kept).toContain('华兴');
    expect(kept).toContain('机械');
    expect(kept).not.toContain('独一');
    expect(await orderedUnder('独一')).toBe(0);
    expect(await orderedUnder('华兴')).toBe(600);

    // A new customer: rows for its kept grams only.
    await insertCustomers(['独一华兴']);
    expect(await orderedUnder('华兴')).toBe(601);
    expect(await orderedUnder('独一')).toBe(0);
    // A rename keeps it exact: the old name's kept grams go, the new name's come.
    await sql`update customers set name = '机械独一', name_sort = '机械独一' where name = '独一华兴'`.execute(
      db,
    );
    expect(await orderedUnder('华兴')).toBe(600);
    expect(await orderedUnder('机械')).toBe(601);

    const down = await migrator().migrateTo(BEFORE);
    expect(down.error).toBeUndefined();
    expect(await orderedUnder('独一')).toBe(2);
    await insertCustomers(['独一再来']);
    expect(await orderedUnder('独一')).toBe(3);

    const up = await migrator().migrateTo(AFTER);
    expect(up.error).toBeUndefined();
    expect(await orderedUnder('独一')).toBe(0);
    expect(await orderedUnder('机械')).toBe(601);
  }, 120_000);
});

describe('migration 0045: a kept gram is ready once its rows are complete', () => {
  it('takes the grams kept so far as ready; down drops an unfinished gram with its rows', async () => {
    expect((await migrator().migrateTo('0045_common_gram_ready')).error).toBeUndefined();
    const ready = await sql<{ gram: string }>`select gram from customer_common_grams where ready`.execute(db);
    expect(ready.rows.map((r) => r.gram)).toContain('华兴');
    // An unfinished run: 独一 joined the set unready, and a customer written since has its row.
    await sql`insert into customer_common_grams (gram, ready) values ('独一', false)`.execute(db);
    await insertCustomers(['独一无三']);
    expect(await orderedUnder('独一')).toBe(1);

    expect((await migrator().migrateTo('0044_job_run_import_trigger')).error).toBeUndefined();
    expect(await orderedUnder('独一')).toBe(0);
    const kept = await sql<{ gram: string }>`select gram from customer_common_grams`.execute(db);
    expect(kept.rows.map((r) => r.gram)).not.toContain('独一');
    expect(kept.rows.map((r) => r.gram)).toContain('华兴');
    expect(await orderedUnder('华兴')).toBe(600);
    expect((await migrator().migrateTo('0045_common_gram_ready')).error).toBeUndefined();
  }, 120_000);
});
