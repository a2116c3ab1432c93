import { type Kysely, sql } from 'kysely';
import { type Cursor, exactTime, type KeysetOrder, keysetAfter, keysetOrderBy } from '../../db/keyset.ts';
import type { Database, NewUser, UserUpdate } from '../../db/schema.ts';

export type UserSort = 'username' | 'displayName' | 'createdAt';
const SORT_COLUMN = {
  username: 'u.username',
  displayName: 'u.display_name',
  createdAt: 'u.created_at',
} as const;

export interface UserFilter {
  q?: string;
  departmentId?: number;
  role?: string;
  status?: string;
  sort: UserSort;
  desc: boolean;
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .leftJoin('users as s', 's.id', 'u.supervisor_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.department_id',
      'd.name as department_name',
      'u.supervisor_id',
      's.display_name as supervisor_name',
      'u.roles',
      'u.status',
      'u.email',
      'u.phone',
      // Locked out from any client, or account-wide (src/domain/lockout.ts).
      sql<boolean>`exists (select 1 from login_throttle t
        where t.account_key = lower(u.username) and t.locked_until > now())`.as('locked'),
      'u.last_login_at',
      sql<{ id: number; roles: string[]; createdAt: string } | null>`(select json_build_object(
        'id', r.id, 'roles', r.roles_after, 'createdAt', r.created_at)
        from approvals a join role_change_requests r on r.id = a.subject_id
        where a.workflow = 'role_change' and a.open_key = u.id::text and a.status = 'pending')`.as(
        'pending_role_change',
      ),
      'u.created_at',
      exactTime('u.created_at').as('created_key'),
      'u.updated_at',
      'u.version',
    ]);
}

export type UserView = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

function filtered(db: Kysely<Database>, filter: Omit<UserFilter, 'sort' | 'desc'>) {
  let query = baseQuery(db);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('u.username', 'ilike', like),
        eb('u.display_name', 'like', like),
        eb('u.phone', 'like', like),
      ]),
    );
  }
  if (filter.departmentId) query = query.where('u.department_id', '=', filter.departmentId);
  if (filter.role) query = query.where(sql<boolean>`${filter.role} = any(u.roles)`);
  if (filter.status) query = query.where('u.status', '=', filter.status);
  return query;
}

export async function listUsers(db: Kysely<Database>, filter: UserFilter, limit: number, after?: Cursor) {
  const order: KeysetOrder = {
    column: SORT_COLUMN[filter.sort],
    id: 'u.id',
    desc: filter.desc,
    time: filter.sort === 'createdAt',
  };
  let query = filtered(db, filter);
  if (after) query = query.where(keysetAfter(order, after));
  return query.orderBy(keysetOrderBy(order)).limit(limit).execute();
}

export async function countUsers(
  db: Kysely<Database>,
  filter: Omit<UserFilter, 'sort' | 'desc'>,
): Promise<number> {
  const row = await filtered(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserById(db: Kysely<Database>, id: number) {
  return baseQuery(db).where('u.id', '=', id).executeTakeFirst();
}

export async function usernameTaken(db: Kysely<Database>, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<number> {
  const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates only when the row is still at `expectedVersion` (if given); false means someone else changed it. */
export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: UserUpdate,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('users')
    .set({ ...changes, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The chain of supervisors above a user, to refuse a loop (A reports to B reports to A). */
export async function supervisorChain(db: Kysely<Database>, userId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    with recursive chain(id, depth) as (
      select supervisor_id, 1 from users where id = ${userId} and supervisor_id is not null
      union all
      select u.supervisor_id, c.depth + 1 from users u join chain c on u.id = c.id
      where u.supervisor_id is not null and c.depth < 100
    )
    select id from chain`.execute(db);
  return rows.map((r) => r.id);
}

export async function existingRoleKeys(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('roles').select('key').execute();
  return rows.map((r) => r.key);
}

export async function departmentExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

export async function activeUserExists(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteSessionsOf(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export interface HandoverPerson {
  id: number;
  department_id: number | null;
  roles: string[];
  status: string;
}

export function findHandoverPerson(db: Kysely<Database>, id: number): Promise<HandoverPerson | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'department_id', 'roles', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Active users, with their department's name; only those of the given departments unless null. */
export function activeUsersIn(db: Kysely<Database>, departmentIds: number[] | null) {
  let query = db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select(['u.id', 'u.username', 'u.display_name', 'd.name as department_name'])
    .where('u.status', '=', 'active');
  if (departmentIds)
    query = query.where('u.department_id', 'in', departmentIds.length > 0 ? departmentIds : [-1]);
  return query.orderBy('u.display_name').orderBy('u.id').execute();
}

export async function disableUser(db: Kysely<Database>, id: number) {
  await db
    .updateTable('users')
    .set({ status: 'disabled', updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Ids of the active administrators, their rows locked until the transaction ends. */
export async function lockActiveAdmins(db: Kysely<Database>): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select id from users where status = 'active' and 'admin' = any(roles) order by id for update`.execute(db);
  return rows.map((r) => Number(r.id));
}
