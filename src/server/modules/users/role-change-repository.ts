import { type Kysely, sql } from 'kysely';
import type { Database, RoleChangeRequestsTable } from '../../db/schema.ts';

/** Every role with what it grants, to tell which roles see customer data. */
export async function roleShapes(db: Kysely<Database>) {
  const rows = await db.selectFrom('roles').select(['key', 'permissions', 'data_scope']).execute();
  return rows.map((r) => ({ key: r.key, permissions: r.permissions, dataScope: r.data_scope }));
}

export async function insertRoleChange(
  db: Kysely<Database>,
  change: {
    userId: number;
    before: string[];
    after: string[];
    status: RoleChangeRequestsTable['status'];
    requestedBy: number;
  },
): Promise<number> {
  const decided = change.status === 'direct';
  const row = await db
    .insertInto('role_change_requests')
    .values({
      user_id: change.userId,
      roles_before: change.before,
      roles_after: change.after,
      status: change.status,
      requested_by: change.requestedBy,
      decided_by: decided ? change.requestedBy : null,
      decided_at: decided ? sql<Date>`now()` : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findPendingFor(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('role_change_requests')
    .select(['id', 'roles_after'])
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** Ends the user's pending request because a newer role edit replaces it; returns its id, if any. */
export async function supersedePending(
  db: Kysely<Database>,
  userId: number,
  by: number,
): Promise<number | undefined> {
  const row = await db
    .updateTable('role_change_requests')
    .set({ status: 'superseded', decided_by: by, decided_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function lockRequest(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('role_change_requests')
    .selectAll()
    .where('id', '=', id)
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

export async function recordDecision(
  db: Kysely<Database>,
  id: number,
  decision: { status: 'approved' | 'rejected'; by: number; comment: string | null },
): Promise<void> {
  await db
    .updateTable('role_change_requests')
    .set({
      status: decision.status,
      decided_by: decision.by,
      decided_at: sql<Date>`now()`,
      comment: decision.comment,
    })
    .where('id', '=', id)
    .execute();
}

function listQuery(db: Kysely<Database>) {
  return db
    .selectFrom('role_change_requests as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('users as rb', 'rb.id', 'r.requested_by')
    .leftJoin('users as db', 'db.id', 'r.decided_by')
    .select([
      'r.id',
      'r.user_id',
      'u.username',
      'u.display_name',
      'r.roles_before',
      'r.roles_after',
      'r.status',
      'rb.display_name as requested_by_name',
      'db.display_name as decided_by_name',
      'r.decided_at',
      'r.comment',
      'r.created_at',
    ]);
}

export type RoleChangeRow = Awaited<ReturnType<typeof findRoleChange>> & object;

export async function findRoleChange(db: Kysely<Database>, id: number) {
  return listQuery(db).where('r.id', '=', id).executeTakeFirst();
}

/** Pending requests, newest first; or the recent decided and direct changes, latest first. */
export async function listRoleChanges(db: Kysely<Database>, box: 'pending' | 'recent', limit: number) {
  if (box === 'pending') {
    return listQuery(db).where('r.status', '=', 'pending').orderBy('r.id', 'desc').limit(limit).execute();
  }
  return listQuery(db)
    .where('r.status', '!=', 'pending')
    .orderBy(sql`coalesce(r.decided_at, r.created_at)`, 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}
