import { type Kysely, type SqlBool, sql } from 'kysely';
import { cursorTime, exactTime } from '../../db/keyset.ts';
import type { Database } from '../../db/schema.ts';
import type { Cursor } from '../../http/pagination.ts';

/** Every role with what it grants, to tell which roles see customer data. */
export async function roleShapes(db: Kysely<Database>) {
  const rows = await db.selectFrom('roles').select(['key', 'permissions', 'data_scope']).execute();
  return rows.map((r) => ({ key: r.key, permissions: r.permissions, dataScope: r.data_scope }));
}

/** A role change: a direct one (a log row) or a request whose approval src/server/workflow keeps. */
export async function insertRoleChange(
  db: Kysely<Database>,
  change: { userId: number; before: string[]; after: string[]; direct: boolean; requestedBy: number },
): Promise<number> {
  const row = await db
    .insertInto('role_change_requests')
    .values({
      user_id: change.userId,
      roles_before: change.before,
      roles_after: change.after,
      direct: change.direct,
      requested_by: change.requestedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The roles the user's pending request asks for, if one waits. */
export async function findPendingFor(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('approvals as a')
    .innerJoin('role_change_requests as r', 'r.id', 'a.subject_id')
    .select(['r.id', 'r.roles_after'])
    .where('a.workflow', '=', 'role_change')
    .where('a.open_key', '=', String(userId))
    .where('a.status', '=', 'pending')
    .executeTakeFirst();
}

export async function lockRequest(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('role_change_requests')
    .selectAll()
    .where('id', '=', id)
    .where('direct', '=', false)
    .forUpdate()
    .executeTakeFirst();
}

export async function lockUserRoles(db: Kysely<Database>, userId: number): Promise<string[]> {
  const row = await db
    .selectFrom('users')
    .select('roles')
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.roles;
}

export async function setUserRoles(db: Kysely<Database>, userId: number, roles: string[]): Promise<void> {
  await db
    .updateTable('users')
    .set({ roles, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', userId)
    .execute();
}

function listQuery(db: Kysely<Database>) {
  return db
    .selectFrom('role_change_requests as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('users as rb', 'rb.id', 'r.requested_by')
    .select([
      'r.id',
      'r.user_id',
      'r.direct',
      'u.username',
      'u.display_name',
      'r.roles_before',
      'r.roles_after',
      'rb.display_name as requested_by_name',
      'r.created_at',
    ]);
}

export type RoleChangeRow = NonNullable<Awaited<ReturnType<typeof findRoleChange>>>;

export async function findRoleChange(db: Kysely<Database>, id: number) {
  return listQuery(db).where('r.id', '=', id).executeTakeFirst();
}

export function findRoleChanges(db: Kysely<Database>, ids: number[]) {
  return listQuery(db)
    .where('r.id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
}

/** When a change took effect or was decided: a direct change when made, a request when it left pending. */
const changedAt = sql<Date>`coalesce(a.closed_at, r.created_at)`;

/** The direct changes and the decided requests, latest first, keyset-paged on (changed at, id). */
export function listRecent(db: Kysely<Database>, limit: number, after?: Cursor) {
  let query = db
    .selectFrom('role_change_requests as r')
    .leftJoin('approvals as a', (join) =>
      join.onRef('a.subject_id', '=', 'r.id').on('a.workflow', '=', 'role_change'),
    )
    .select(['r.id', exactTime(changedAt).as('changed_key')])
    .where((eb) => eb.or([eb('r.direct', '=', true), eb('a.status', '!=', 'pending')]));
  if (after) {
    query = query.where(sql<SqlBool>`(${changedAt}, r.id) < (${cursorTime(after.v)}, ${after.id}::bigint)`);
  }
  return query.orderBy(changedAt, 'desc').orderBy('r.id', 'desc').limit(limit).execute();
}
