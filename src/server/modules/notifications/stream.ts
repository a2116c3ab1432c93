import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { onUserSignal } from './bus.ts';
import * as repo from './repository.ts';
import { notificationJson } from './service.ts';

/** Another instance's notification reaches the stream within this long. */
const POLL_MS = 10_000;
/** A comment line now and then keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;

/**
 * 消息推送 (Server-Sent Events): the unread count at once, then each new notification and the new count as they
 * come — at once from this instance (the bus), within POLL_MS from any other.
 */
export async function streamNotifications(
  db: Kysely<Database>,
  ctx: RequestContext,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const userId = ctx.actor.id;
  let lastId = await repo.lastNotificationId(db, userId);
  reply.hijack();
  const out = reply.raw;
  out.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const send = (event: string, data: unknown) =>
    out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  let unread = await repo.unreadCount(db, userId);
  send('unread', { unreadCount: unread });
  let busy = false;
  const look = async () => {
    if (busy || out.destroyed) return;
    busy = true;
    try {
      const fresh = await repo.notificationsAfter(db, userId, lastId);
      for (const row of fresh) send('notification', notificationJson(row));
      lastId = fresh[fresh.length - 1]?.id ?? lastId;
      // The count also changes when another tab marks something read.
      const now = await repo.unreadCount(db, userId);
      if (now !== unread || fresh.length > 0) send('unread', { unreadCount: now });
      unread = now;
    } catch (error) {
      request.log.warn({ err: error }, 'notification stream lookup failed');
    } finally {
      busy = false;
    }
  };
  const unsubscribe = onUserSignal(userId, () => void look());
  const poll = setInterval(() => void look(), POLL_MS);
  const keepAlive = setInterval(() => out.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  request.raw.on('close', () => {
    unsubscribe();
    clearInterval(poll);
    clearInterval(keepAlive);
  });
}
