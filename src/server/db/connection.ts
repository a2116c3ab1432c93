import { createHash } from 'node:crypto';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import type { Database } from './schema.ts';

// bigint ids and count(*) arrive as strings through pg; our ids stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// bigint[] (id lists such as access_requests.customer_ids); they hold no nulls.
const INT8_ARRAY = 1016 as Parameters<typeof pg.types.setTypeParser>[0];
pg.types.setTypeParser(INT8_ARRAY, (value: string) =>
  value === '{}' ? [] : value.slice(1, -1).split(',').map(Number),
);
// Calendar dates stay 'YYYY-MM-DD' strings: a Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DatabaseKind = 'pglite' | 'postgres';

/** A raw statement's result, as pg gives it (an array of them for a text of several statements). */
export type RawResult = pg.QueryResult | pg.QueryResult[];

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /**
   * Runs SQL text on a connection of the same pool as `db` (pg-boss's `db` interface). On PGlite the pool has
   * one connection, so such a statement waits for an application transaction to end instead of running
   * inside it.
   */
  executeSql(text: string, values?: unknown[]): Promise<RawResult>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** A PGlite the caller created (tests load one from a template); it is closed with the handle. */
  pglite?: PGlite;
  poolSize?: number;
}

/**
 * A text of several statements that fails after its own BEGIN (pg-boss's locked commands) leaves the
 * connection in an aborted transaction; rolled back here, so the next user of the connection (on PGlite, the
 * application itself) does not find every statement refused.
 */
async function executeOnPool(pool: pg.Pool, text: string, values?: unknown[]): Promise<RawResult> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    return (await client.query(text, values)) as RawResult;
  } catch (error) {
    // pg rejects on the server's error, before its ReadyForQuery says what became of the transaction; an empty
    // statement waits for that answer (status otherwise read too early: a flaky "transaction is aborted").
    await client.query('').catch(() => {});
    const status = client.getTransactionStatus();
    if (status === 'T' || status === 'E') {
      await client.query('rollback').catch((rollbackError: Error) => {
        broken = rollbackError; // the pool discards this connection instead of handing it on
      });
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Ends a hot statement whose planning costs as much as its execution (`.modifyEnd(sql.raw(PREPARED))` on a Kysely
 * query): on PostgreSQL each connection prepares it once and reuses the plan, or re-plans where that wins
 * (plan_cache_mode auto). PGlite's connections share one session, where names would clash: there it stays plain.
 */
export const PREPARED = ' /* prepared */';

const statementNames = new Map<string, string>();

function preparingStatements(client: pg.PoolClient): void {
  const plain = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !text.endsWith(PREPARED)) return plain(...args);
    let name = statementNames.get(text);
    if (!name) {
      name = `hf_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      statementNames.set(text, name);
    }
    return plain({ name, text, values });
  };
}

function fromPool(pool: pg.Pool, kind: DatabaseKind, onClose: () => Promise<void>): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    db,
    kind,
    executeSql: (text, values) => executeOnPool(pool, text, values),
    close() {
      closing ??= db.destroy().then(onClose);
      return closing;
    },
  };
}

/** One pg.Pool code path for both databases: PostgreSQL by URL, otherwise PGlite under dataDir. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 20,
      // JIT compiling costs 0.1–0.4 s per statement whose estimate is large (a generation pass over a million
      // customers, a list scan) and pays off only in long analytic queries, which this application does not run.
      options: '-c jit=off',
    });
    pool.on('error', () => {}); // an idle client's error is reported on its next use
    pool.on('connect', preparingStatements);
    return fromPool(pool, 'postgres', async () => {});
  }
  let lock: DataDirLock | undefined;
  let lite = options.pglite;
  if (!lite) {
    if (!options.dataDir) throw new Error('openDatabase needs databaseUrl, dataDir or pglite');
    lock = acquireDataDirLock(options.dataDir);
    try {
      lite = new PGlite(path.join(options.dataDir, 'pglite'));
      await lite.waitReady;
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const owned = lite;
  const pool = new pg.Pool(createPgConfig(owned) as unknown as pg.PoolConfig);
  return fromPool(pool, 'pglite', async () => {
    await owned.close();
    lock?.release();
  });
}
