import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.ts';
import { openFileDatabase } from '../../test/file-database.ts';
import { insertCustomers } from '../customer-imports/repository.ts';
import { keepNameGrams, keptNameGrams } from './common-grams-repository.ts';
import { nameColumns } from './repository.ts';

// A gram that grows common gets its customers' ordered rows while customers go on being written (issue 13.10):
// the backfill holds no lock, two waits for the writers in flight order it against them, and a gram is searched
// through its rows only once they are complete.

const serverUrl = process.env.TEST_DATABASE_URL || undefined;
let database: DatabaseHandle;
const db = () => database.db;

beforeAll(async () => {
  database = await openFileDatabase();
});
afterAll(async () => {
  await database?.close();
});

const addCustomers = async (names: string[]) =>
  (
    await insertCustomers(
      db(),
      names.map((name) => ({ name, name_key: name })),
    )
  ).map((r) => r.id);

/** The gram's ordered rows, as (sort key, customer). */
const rowsOf = async (gram: string) =>
  (
    await sql<{
      name_sort: string;
      customer_id: number;
    }>`select name_sort, customer_id from customer_name_grams
      where gram = ${gram} order by name_sort, customer_id`.execute(db())
  ).rows;

/** What the gram's rows must be: every live customer holding it, with its sort key now. */
const expectedRowsOf = async (gram: string) =>
  (
    await sql<{
      name_sort: string;
      customer_id: number;
    }>`select c.name_sort, c.id as customer_id from customers c
      where c.search_grams @> array[${gram}]::text[] and c.deleted_at is null and c.merged_into_id is null
      order by c.name_sort, c.id`.execute(db())
  ).rows;

describe('a gram kept in name order', () => {
  it('is searched through its rows only once they are complete, and a run that stopped halfway is finished by the next', async () => {
    await addCustomers(['琅琊甲机械有限公司', '琅琊乙商贸有限公司', '琅琊丙科技有限公司']);
    // A run that stopped after adding the gram (it gave up waiting for a writer, or the server stopped).
    await sql`insert into customer_common_grams (gram, ready) values ('琅琊', false)`.execute(db());
    expect(await keptNameGrams(db(), ['琅琊'])).toEqual([]);
    // The triggers already write the rows of a customer written now; the earlier three have none yet.
    const [later] = await addCustomers(['琅琊丁物流有限公司']);
    expect((await rowsOf('琅琊')).map((r) => r.customer_id)).toEqual([later]);

    expect(await keepNameGrams(db(), [])).toBe(0);
    expect(await rowsOf('琅琊')).toEqual(await expectedRowsOf('琅琊'));
    expect(await rowsOf('琅琊')).toHaveLength(4);
    expect(await keptNameGrams(db(), ['琅琊'])).toEqual(['琅琊']);
  });
});

/**
 * Transactions of other connections at chosen moments of a run. PostgreSQL only: PGlite serves one connection, on
 * which a second open transaction cannot exist. CI runs the suite on PostgreSQL as well (TEST_DATABASE_URL).
 */
describe.runIf(serverUrl)(
  'keeping a gram beside customer writers (PostgreSQL: concurrent connections)',
  () => {
    const clients: pg.Client[] = [];
    const connect = async () => {
      const name = (await sql<{ name: string }>`select current_database() as name`.execute(db())).rows[0]
        ?.name;
      const url = new URL(serverUrl as string);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      clients.push(client);
      return client;
    };
    afterAll(async () => {
      for (const client of clients) await client.end();
    });

    const until = async (check: () => Promise<boolean>, what: string) => {
      const deadline = Date.now() + 20_000;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    /** Until a statement starting with `prefix` waits for a lock. */
    const waitingOn = (prefix: string) =>
      until(async () => {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock' and query like ${`${prefix}%`}`.execute(
          db(),
        );
        return (rows[0]?.n ?? 0) > 0;
      }, `${prefix}… to wait for a lock`);
    /** A run of keepNameGrams, and whether it has ended. */
    const keep = (gram: string) => {
      const run = { ended: false, done: keepNameGrams(db(), [gram]) };
      run.done.finally(() => {
        run.ended = true;
      });
      return run;
    };
    const inSet = async (gram: string) =>
      (await sql`select 1 from customer_common_grams where gram = ${gram}`.execute(db())).rows.length > 0;
    const aWhile = () => new Promise((resolve) => setTimeout(resolve, 500));
    const rename = (client: pg.Client, id: number, name: string) => {
      const { name_sort, name_initials } = nameColumns(name);
      return client.query(
        'update customers set name = $1, name_sort = $2, name_initials = $3 where id = $4',
        [name, name_sort, name_initials, id],
      );
    };

    it('waits for a writer that began before the gram was kept, holding up no other writer, and then holds its customer too', async () => {
      await addCustomers(['会稽甲机械有限公司', '会稽乙商贸有限公司']);
      const writer = await connect();
      await writer.query('begin');
      // Written before the gram joins the set: its trigger writes no row for it.
      await writer.query(
        "insert into customers (name, name_key, name_sort, name_initials) values ('会稽丙科技有限公司', '会稽丙', $1, $2)",
        Object.values(nameColumns('会稽丙科技有限公司')),
      );
      const keeping = keep('会稽');
      await until(() => inSet('会稽'), 'the gram to join the set');
      await aWhile();
      expect(keeping.ended).toBe(false);
      // Meanwhile other customers are written as usual (a queued lock would hold this insert up).
      await addCustomers(['会稽丁物流有限公司']);
      await writer.query('commit');
      expect(await keeping.done).toBe(1);
      expect(await rowsOf('会稽')).toEqual(await expectedRowsOf('会稽'));
      expect(await rowsOf('会稽')).toHaveLength(4);
    });

    it('lets a customer be renamed while the backfill runs, and leaves no row of the old name', async () => {
      const [first, second] = await addCustomers([
        '姑苏甲机械有限公司',
        '姑苏乙商贸有限公司',
        '姑苏丙科技有限公司',
      ]);
      const [firstBefore] = (await expectedRowsOf('姑苏')).filter((r) => r.customer_id === first);
      // An uncommitted row with the backfill's own first key holds the backfill at that row, midway.
      const blocker = await connect();
      await blocker.query('begin');
      await blocker.query(
        'insert into customer_name_grams (gram, name_sort, customer_id) values ($1, $2, $3)',
        ['姑苏', firstBefore?.name_sort, first],
      );
      const keeping = keep('姑苏');
      await waitingOn('insert into customer_name_grams');

      // Beside it, a writer renames a customer the backfill has read under its old name; nothing holds it up.
      const writer = await connect();
      await writer.query('begin');
      await rename(writer, second as number, '姑苏乙新材料有限公司');
      await blocker.query('rollback');
      // The backfill ends (three rows, the second under its old name). The run waits for the rename's transaction
      // before it cleans up, and the gram is not searched through its rows meanwhile.
      await until(async () => (await rowsOf('姑苏')).length === 3, 'the backfill');
      await aWhile();
      expect(keeping.ended).toBe(false);
      expect(await keptNameGrams(db(), ['姑苏'])).toEqual([]);
      await writer.query('commit');
      expect(await keeping.done).toBe(1);

      expect(await rowsOf('姑苏')).toEqual(await expectedRowsOf('姑苏'));
      expect(await rowsOf('姑苏')).toHaveLength(3);
      expect(await keptNameGrams(db(), ['姑苏'])).toEqual(['姑苏']);
    });
  },
);
