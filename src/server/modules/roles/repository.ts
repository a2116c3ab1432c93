import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

export function listRoles(db: Kysely<Database>) {
  return db.selectFrom('roles').selectAll().execute();
}

/** The role, locked until the transaction ends (two admins editing one role apply in turn). */
export function lockRole(db: Kysely<Database>, key: string) {
  return db.selectFrom('roles').selectAll().where('key', '=', key).forUpdate().executeTakeFirst();
}

export function updateRole(
  db: Kysely<Database>,
  key: string,
  values: { permissions: string[]; data_scope: string },
) {
  return db
    .updateTable('roles')
    .set({ ...values, updated_at: sql`now()` })
    .where('key', '=', key)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Usernames of administrators who also hold the role. */
export async function adminsHolding(db: Kysely<Database>, adminRole: string, key: string) {
  const rows = await db
    .selectFrom('users')
    .select('username')
    .where(sql<boolean>`${adminRole} = any(roles) and ${key} = any(roles)`)
    .execute();
  return rows.map((r) => r.username);
}
