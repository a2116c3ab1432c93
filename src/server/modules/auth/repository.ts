import { type Kysely, sql } from 'kysely';
import { PREPARED } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';

export interface ActorRow {
  id: number;
  username: string;
  display_name: string;
  department_id: number | null;
  roles: string[];
  status: string;
  locale: string;
  must_change_password: boolean;
  permissions: string[];
  scopes: string[];
}

function actorColumns() {
  return [
    'u.id',
    'u.username',
    'u.display_name',
    'u.department_id',
    'u.roles',
    'u.status',
    'u.locale',
    'u.must_change_password',
    sql<string[]>`coalesce((select array_agg(distinct p) from roles r cross join unnest(r.permissions) p
      where r.key = any(u.roles)), '{}')`.as('permissions'),
    sql<
      string[]
    >`coalesce((select array_agg(r.data_scope) from roles r where r.key = any(u.roles)), '{}')`.as('scopes'),
  ] as const;
}

export async function findSessionActor(db: Kysely<Database>, sessionId: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([...actorColumns(), 's.last_seen_at', 's.expires_at'])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .modifyEnd(sql.raw(PREPARED))
    .executeTakeFirst();
}

export async function findTokenActor(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([...actorColumns(), 't.id as token_id', 't.last_used_at'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', sql<Date>`now()`)]))
    .modifyEnd(sql.raw(PREPARED))
    .executeTakeFirst();
}

export async function extendSession(db: Kysely<Database>, sessionId: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()`, expires_at: expiresAt })
    .where('id', '=', sessionId)
    .execute();
}

export async function touchToken(db: Kysely<Database>, tokenId: number): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: sql`now()` }).where('id', '=', tokenId).execute();
}

export async function findLoginCandidate(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'password_hash', 'status'])
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function recordSuccessfulLogin(db: Kysely<Database>, userId: number): Promise<void> {
  await db.updateTable('users').set({ last_login_at: sql`now()` }).where('id', '=', userId).execute();
}

export async function insertSession(
  db: Kysely<Database>,
  session: { id: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent?.slice(0, 500) ?? null,
    })
    .execute();
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteOtherSessions(
  db: Kysely<Database>,
  userId: number,
  keepId?: string,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) query = query.where('id', '!=', keepId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, asOf: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', asOf).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findPasswordHash(db: Kysely<Database>, userId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: number,
  passwordHash: string,
  mustChange: boolean,
) {
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_changed_at: sql`now()`,
      must_change_password: mustChange,
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('id', '=', userId)
    .execute();
}

export async function listTokens(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'token_prefix', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute();
}

export async function insertToken(
  db: Kysely<Database>,
  token: { userId: number; name: string; hash: string; prefix: string; expiresAt: Date | null },
) {
  return db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.hash,
      token_prefix: token.prefix,
      expires_at: token.expiresAt,
    })
    .returning(['id', 'name', 'token_prefix', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
}

export async function revokeToken(db: Kysely<Database>, userId: number, tokenId: number): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes every live token of a user (after a password change or reset); returns how many. */
export async function revokeAllTokens(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setLocale(db: Kysely<Database>, userId: number, locale: string): Promise<void> {
  await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}
