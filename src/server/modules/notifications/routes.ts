import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { NOTIFICATION_KIND_KEYS } from '../../../domain/notifications.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import {
  CursorParam,
  DateTime,
  Id,
  IdParam,
  Limit,
  Nullable,
  Page,
  problemResponses,
} from '../../http/schemas.ts';
import * as service from './service.ts';
import { streamNotifications } from './stream.ts';

const Kind = Type.Enum(NOTIFICATION_KIND_KEYS);

const Notification = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  title: Type.String({ description: '标题（中文）；有 params 时网页按 kind 与 params 以读者的语言重写' }),
  params: Nullable(
    Type.Record(Type.String(), Type.String(), {
      description: '标题的参数（问题编号、谁、哪个时限……），按 kind 而定；迁移 0041 之前的消息为 null',
    }),
  ),
  body: Nullable(Type.String()),
  link: Nullable(Type.String({ description: '相关页面（应用内路径）' })),
  createdAt: DateTime,
  readAt: Nullable(DateTime),
});

const Unread = Type.Object({ unreadCount: Type.Integer() });

const Preferences = Type.Object({
  items: Type.Array(Type.Object({ kind: Kind, inApp: Type.Boolean(), email: Type.Boolean() })),
});

export function notificationRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['notifications 消息'];
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: '我的消息（新的在前），附未读数',
          querystring: Type.Object({
            unread: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: {
            200: Type.Intersect([Page(Notification), Unread]),
            ...problemResponses(),
          },
        },
      },
      async (request) =>
        service.listMine(db, contextOf(request), {
          unread: request.query.unread ?? false,
          limit: request.query.limit ?? 20,
          after: decodeCursor(request.query.cursor),
        }),
    );
    app.get(
      '/notifications/stream',
      {
        schema: {
          tags,
          summary:
            '消息推送：Accept: text/event-stream 时为事件流（unread 事件为未读数，notification 事件为新消息），否则答未读数',
          response: { 200: Unread, ...problemResponses() },
        },
      },
      async (request, reply) => {
        if (!request.headers.accept?.includes('text/event-stream'))
          return service.unread(db, contextOf(request));
        return streamNotifications(db, contextOf(request), request, reply);
      },
    );
    app.post(
      '/notifications/:id/read',
      {
        schema: {
          tags,
          summary: '标为已读',
          params: IdParam,
          response: { 200: Unread, ...problemResponses() },
        },
      },
      async (request) => service.markRead(db, contextOf(request), [request.params.id]),
    );
    app.post(
      '/notifications/read-all',
      { schema: { tags, summary: '全部标为已读', response: { 200: Unread, ...problemResponses() } } },
      async (request) => service.markRead(db, contextOf(request), 'all'),
    );
    app.get(
      '/notification-preferences',
      {
        schema: {
          tags,
          summary: '我的通知设置：每类消息是否在系统内提示、是否发邮件',
          response: { 200: Preferences, ...problemResponses() },
        },
      },
      async (request) => service.preferences(db, contextOf(request)),
    );
    app.put(
      '/notification-preferences',
      {
        schema: {
          tags,
          summary: '保存我的通知设置',
          body: Preferences,
          response: { 200: Preferences, ...problemResponses() },
        },
      },
      async (request) => service.savePreferences(db, contextOf(request), request.body.items),
    );
    app.get(
      '/email-outbox',
      {
        schema: {
          tags,
          summary: '邮件发送队列（管理员）：待发送、已发送、发送失败，含错误与下次重试时间',
          querystring: Type.Object({
            status: Type.Optional(Type.Enum(['pending', 'sent', 'failed'])),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: {
            200: Page(
              Type.Object({
                id: Id,
                toAddress: Type.String(),
                subject: Type.String(),
                status: Type.Enum(['pending', 'sent', 'failed']),
                attempts: Type.Integer(),
                nextAttemptAt: DateTime,
                lastError: Nullable(Type.String()),
                createdAt: DateTime,
                sentAt: Nullable(DateTime),
              }),
            ),
            ...problemResponses(),
          },
        },
      },
      async (request) =>
        service.outbox(db, contextOf(request), {
          status: request.query.status,
          limit: request.query.limit ?? 50,
          after: decodeCursor(request.query.cursor),
        }),
    );
  };
}
