import { type Kysely, sql } from 'kysely';
import { ALL_CLIENTS, TRUSTED_CLIENT_DAYS } from '../../../domain/lockout.ts';
import type { Database } from '../../db/schema.ts';

/** The client's own row and the account-wide row of an account key (either may be missing). */
export async function readThrottle(db: Kysely<Database>, accountKey: string, client: string) {
  const rows = await db
    .selectFrom('login_throttle')
    .select(['client', 'locked_until', 'last_success_at'])
    .where('account_key', '=', accountKey)
    .where('client', 'in', [client, ALL_CLIENTS])
    .execute();
  const own = rows.find((r) => r.client === client);
  const all = rows.find((r) => r.client === ALL_CLIENTS);
  return {
    clientLockedUntil: own?.locked_until ?? null,
    clientLastSuccessAt: own?.last_success_at ?? null,
    accountLockedUntil: all?.locked_until ?? null,
  };
}

/**
 * Counts a wrong password for one (account, client) row atomically, so parallel guesses cannot slip past
 * the limit: the `maxFailures`-th in a row sets the lock and starts counting again. Returns the lock.
 */
export async function countFailure(
  db: Kysely<Database>,
  accountKey: string,
  client: string,
  maxFailures: number,
  lockMinutes: number,
): Promise<Date | null> {
  const { rows } = await sql<{ locked_until: Date | null }>`
    insert into login_throttle as t (account_key, client, failures, last_failure_at)
    values (${accountKey}, ${client}, 1, now())
    on conflict (account_key, client) do update set
      failures = case when t.failures + 1 >= ${maxFailures} then 0 else t.failures + 1 end,
      locked_until = case when t.failures + 1 >= ${maxFailures}
        then now() + make_interval(mins => ${lockMinutes}) else t.locked_until end,
      last_failure_at = now()
    returning locked_until`.execute(db);
  return rows[0]?.locked_until ?? null;
}

/** A successful sign-in: this client starts afresh and is trusted; the account-wide lock is lifted. */
export async function recordSuccess(db: Kysely<Database>, accountKey: string, client: string): Promise<void> {
  await sql`
    insert into login_throttle as t (account_key, client, last_success_at) values (${accountKey}, ${client}, now())
    on conflict (account_key, client) do update set failures = 0, locked_until = null, last_success_at = now()`.execute(
    db,
  );
  await db
    .updateTable('login_throttle')
    .set({ failures: 0, locked_until: null })
    .where('account_key', '=', accountKey)
    .where('client', '=', ALL_CLIENTS)
    .execute();
}

/** An administrator's unlock: every client's lock and count on the account (trust is kept). */
export async function clearAccount(db: Kysely<Database>, accountKey: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set({ failures: 0, locked_until: null })
    .where('account_key', '=', accountKey)
    .execute();
}

/** Rows that no longer lock, count recent failures or vouch for a client. */
export async function deleteStale(db: Kysely<Database>, asOf: Date): Promise<number> {
  const result = await db
    .deleteFrom('login_throttle')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', asOf)]))
    .where(sql<boolean>`coalesce(last_failure_at, '-infinity') < ${asOf}::timestamptz - interval '1 day'`)
    .where(
      sql<boolean>`coalesce(last_success_at, '-infinity') < ${asOf}::timestamptz - make_interval(days => ${TRUSTED_CLIENT_DAYS})`,
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
