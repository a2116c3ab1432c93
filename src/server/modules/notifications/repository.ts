import { type Kysely, type SqlBool, sql } from 'kysely';
import { cursorTime } from '../../db/keyset.ts';
import type { Database } from '../../db/schema.ts';
import type { Cursor } from '../../http/pagination.ts';

export async function preferencesOf(db: Kysely<Database>, userIds: number[]) {
  if (userIds.length === 0) return [];
  return db.selectFrom('notification_preferences').selectAll().where('user_id', 'in', userIds).execute();
}

/** Active users' mail addresses (none for a leaver or a user without one). */
export async function addressesOf(db: Kysely<Database>, userIds: number[]) {
  if (userIds.length === 0) return new Map<number, { address: string; locale: string }>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'locale'])
    .where('id', 'in', userIds)
    .where('status', '=', 'active')
    .where('email', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, { address: r.email as string, locale: r.locale }]));
}

export async function insertNotifications(
  db: Kysely<Database>,
  rows: {
    user_id: number;
    kind: string;
    title: string;
    params: string;
    body: string | null;
    link: string | null;
  }[],
) {
  if (rows.length === 0) return [];
  return db.insertInto('notifications').values(rows).returning(['id', 'user_id']).execute();
}

export async function enqueueMail(
  db: Kysely<Database>,
  rows: { notification_id: number | null; to_address: string; subject: string; body: string }[],
) {
  if (rows.length === 0) return;
  await db.insertInto('email_outbox').values(rows).execute();
}

export function listNotifications(
  db: Kysely<Database>,
  userId: number,
  page: { unread: boolean; limit: number; after: Cursor | undefined },
) {
  let query = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'params', 'body', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId);
  if (page.unread) query = query.where('read_at', 'is', null);
  if (page.after) query = query.where('id', '<', page.after.id);
  return query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function unreadCount(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The user's notifications after an id, oldest first (what a live stream has not sent yet). */
export function notificationsAfter(db: Kysely<Database>, userId: number, afterId: number) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'params', 'body', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(50)
    .execute();
}

export async function lastNotificationId(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

export async function markRead(db: Kysely<Database>, userId: number, ids: number[] | 'all', at: Date) {
  let query = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') query = query.where('id', 'in', ids.length ? ids : [-1]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function savePreferences(
  db: Kysely<Database>,
  userId: number,
  rows: { kind: string; inApp: boolean; email: boolean }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('notification_preferences')
    .values(rows.map((r) => ({ user_id: userId, kind: r.kind, in_app: r.inApp, email: r.email })))
    .onConflict((oc) =>
      oc.columns(['user_id', 'kind']).doUpdateSet((eb) => ({
        in_app: eb.ref('excluded.in_app'),
        email: eb.ref('excluded.email'),
      })),
    )
    .execute();
}

/** Mails due now, locked for this sender (a second instance takes others: skip locked). */
export function claimDueMail(db: Kysely<Database>, now: Date, limit: number) {
  return db
    .selectFrom('email_outbox')
    .select(['id', 'to_address', 'subject', 'body', 'attempts'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markMail(
  db: Kysely<Database>,
  id: number,
  values: {
    status: string;
    attempts: number;
    next_attempt_at?: Date;
    last_error: string | null;
    sent_at?: Date;
  },
) {
  await db.updateTable('email_outbox').set(values).where('id', '=', id).execute();
}

export function listOutbox(
  db: Kysely<Database>,
  page: { status?: string; limit: number; after: Cursor | undefined },
) {
  let query = db
    .selectFrom('email_outbox')
    .select([
      'id',
      'to_address',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created_at',
      'sent_at',
    ]);
  if (page.status) query = query.where('status', '=', page.status);
  if (page.after)
    query = query.where(
      sql<SqlBool>`(created_at, id) < (${cursorTime(page.after.v)}, ${page.after.id}::bigint)`,
    );
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}
