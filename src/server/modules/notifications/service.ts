import type { Kysely } from 'kysely';
import type { Locale } from '../../../domain/locale.ts';
import {
  NOTIFICATION_KIND_KEYS,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationSubject,
  notificationTitle,
} from '../../../domain/notifications.ts';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { type Cursor, pageOf } from '../../http/pagination.ts';
import { signalUsers } from './bus.ts';
import * as repo from './repository.ts';

/** Whom to tell of what: the kind and its parameters make the title (in Chinese here, in the reader's language on the web). */
export type NewNotification = NotificationSubject & {
  userId: number;
  body?: string;
  /** The page it is about, as an app path (/issues/12). */
  link?: string;
};

/**
 * Tells people of something, each as they prefer: in the app (default on) and by mail (on for the kinds that
 * say so, where the person has an address). Runs inside the caller's transaction: the notification and its mail
 * in the outbox commit with the change they report, or not at all.
 */
export async function notify(db: Kysely<Database>, items: NewNotification[]): Promise<void> {
  const wanted = items.filter((i) => Number.isInteger(i.userId));
  if (wanted.length === 0) return;
  const userIds = [...new Set(wanted.map((i) => i.userId))];
  const [preferences, addresses] = await Promise.all([
    repo.preferencesOf(db, userIds),
    repo.addressesOf(db, userIds),
  ]);
  const preference = (userId: number, kind: NotificationKind) => {
    const row = preferences.find((p) => p.user_id === userId && p.kind === kind);
    return { inApp: row?.in_app ?? true, email: row?.email ?? NOTIFICATION_KINDS[kind].email };
  };
  const inApp = wanted.filter((i) => preference(i.userId, i.kind).inApp);
  const titleOf = new Map(wanted.map((i) => [i, notificationTitle(i, 'zh-CN')]));
  // A mail in the language its reader chose on the web (users.locale); the app words titles as it shows them.
  const mailOf = (i: NewNotification, locale: Locale) => {
    const title = locale === 'en' ? notificationTitle(i, 'en') : (titleOf.get(i) as string);
    const open = i.link ? (locale === 'en' ? `Open in Huifang: ${i.link}` : `在系统中查看：${i.link}`) : null;
    return {
      subject: locale === 'en' ? `[Huifang] ${title}` : `【回访系统】${title}`,
      body: [title, i.body, open].filter(Boolean).join('\n\n'),
    };
  };
  const inserted = await repo.insertNotifications(
    db,
    inApp.map((i) => ({
      user_id: i.userId,
      kind: i.kind,
      title: titleOf.get(i) as string,
      params: JSON.stringify(i.params),
      body: i.body ?? null,
      link: i.link ?? null,
    })),
  );
  const notificationOf = new Map(inApp.map((item, n) => [item, inserted[n]?.id ?? null]));
  await repo.enqueueMail(
    db,
    wanted
      .filter((i) => preference(i.userId, i.kind).email && addresses.has(i.userId))
      .map((i) => {
        const to = addresses.get(i.userId) as { address: string; locale: string };
        return {
          notification_id: notificationOf.get(i) ?? null,
          to_address: to.address,
          ...mailOf(i, to.locale === 'en' ? 'en' : 'zh-CN'),
        };
      }),
  );
  signalUsers(inApp.map((i) => i.userId));
}

function notificationJson(row: Awaited<ReturnType<typeof repo.notificationsAfter>>[number]) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    params: row.params,
    body: row.body,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

export { notificationJson };

export async function listMine(
  db: Kysely<Database>,
  ctx: RequestContext,
  page: { unread: boolean; limit: number; after: Cursor | undefined },
) {
  const [rows, unread] = await Promise.all([
    repo.listNotifications(db, ctx.actor.id, page),
    repo.unreadCount(db, ctx.actor.id),
  ]);
  const result = pageOf(rows, page.limit, (r) => ({ v: r.id, id: r.id }));
  return { items: result.items.map(notificationJson), nextCursor: result.nextCursor, unreadCount: unread };
}

export async function unread(db: Kysely<Database>, ctx: RequestContext) {
  return { unreadCount: await repo.unreadCount(db, ctx.actor.id) };
}

export async function markRead(db: Kysely<Database>, ctx: RequestContext, ids: number[] | 'all') {
  await repo.markRead(db, ctx.actor.id, ids, new Date());
  signalUsers([ctx.actor.id]); // the user's other tabs show the new count
  return { unreadCount: await repo.unreadCount(db, ctx.actor.id) };
}

export async function preferences(db: Kysely<Database>, ctx: RequestContext) {
  const rows = await repo.preferencesOf(db, [ctx.actor.id]);
  return {
    items: NOTIFICATION_KIND_KEYS.map((kind) => {
      const row = rows.find((r) => r.kind === kind);
      return {
        kind,
        inApp: row?.in_app ?? true,
        email: row?.email ?? NOTIFICATION_KINDS[kind].email,
      };
    }),
  };
}

export async function savePreferences(
  db: Kysely<Database>,
  ctx: RequestContext,
  items: { kind: NotificationKind; inApp: boolean; email: boolean }[],
) {
  await repo.savePreferences(db, ctx.actor.id, items);
  return preferences(db, ctx);
}

/** 邮件发送队列: what waits, what went and what failed, for the administrator. */
export async function outbox(
  db: Kysely<Database>,
  ctx: RequestContext,
  page: { status?: string; limit: number; after: Cursor | undefined },
) {
  if (!hasAnyPermission(ctx.actor, ['jobs.manage', 'settings.manage'])) throw new AppError('forbidden');
  const rows = await repo.listOutbox(db, page);
  const result = pageOf(rows, page.limit, (r) => ({ v: r.created_at.toISOString(), id: r.id }));
  return {
    items: result.items.map((r) => ({
      id: r.id,
      toAddress: r.to_address,
      subject: r.subject,
      status: r.status as 'pending' | 'sent' | 'failed',
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at.toISOString(),
      lastError: r.last_error,
      createdAt: r.created_at.toISOString(),
      sentAt: r.sent_at?.toISOString() ?? null,
    })),
    nextCursor: result.nextCursor,
  };
}
