import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { LOCALES } from '../../../domain/locale.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { contextOf, SESSION_COOKIE } from '../../http/authenticate.ts';
import { DateTime, IdParam, Nullable, problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Me = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  departmentId: Nullable(Type.Integer()),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  dataScope: Type.String(),
  locale: Type.Enum([...LOCALES], { description: '账号的语言（邮件、通知按此书写）' }),
  mustChangePassword: Type.Boolean(),
  timeZone: Type.String({ description: '公司时区（截止时间、回访时间按此显示）' }),
});

const Token = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  expiresAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});

function meJson(actor: Actor, timeZone: string) {
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    departmentId: actor.departmentId,
    roles: actor.roles,
    permissions: [...actor.permissions].sort(),
    dataScope: actor.dataScope,
    locale: actor.locale,
    mustChangePassword: actor.mustChangePassword,
    timeZone,
  };
}

function tokenJson(row: Awaited<ReturnType<typeof service.listMyTokens>>[number]) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

export interface AuthRouteOptions {
  timeZone: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
}

export function authRoutes(db: Kysely<Database>, options: AuthRouteOptions): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['auth 登录'];
    app.post(
      '/auth/login',
      {
        config: { rateLimit: { max: options.loginRateLimitPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '登录（设置会话 Cookie）',
          security: [],
          body: Type.Object({
            username: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 1, maxLength: 128 }),
          }),
          response: { 200: Type.Object({ user: Me }), ...problemResponses(423, 429) },
        },
      },
      async (request, reply) => {
        const { secret, actor } = await service.login(
          db,
          request.body,
          { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
          options.sessionTtlHours,
        );
        reply.setCookie(SESSION_COOKIE, secret, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: options.secureCookies,
          maxAge: options.sessionTtlHours * 3600,
        });
        return { user: meJson(actor, options.timeZone) };
      },
    );
    app.get(
      '/auth/me',
      { schema: { tags, summary: '当前用户', response: { 200: Me, ...problemResponses() } } },
      async (request) => meJson(contextOf(request).actor, options.timeZone),
    );
    app.post(
      '/auth/logout',
      { schema: { tags, summary: '退出登录', response: { 204: Type.Null(), ...problemResponses() } } },
      async (request, reply) => {
        await service.logout(db, contextOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/auth/password',
      {
        schema: {
          tags,
          summary: '修改自己的密码（其他会话随之退出，API 令牌全部失效；须登录会话）',
          body: Type.Object({
            currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
            newPassword: Type.String({ minLength: 1, maxLength: 128 }),
          }),
          response: { 204: Type.Null(), ...problemResponses() },
        },
      },
      async (request, reply) => {
        await service.changePassword(db, contextOf(request), request.body);
        return reply.code(204).send(null);
      },
    );
    app.put(
      '/auth/me/locale',
      {
        schema: {
          tags,
          summary: '保存自己的界面语言（消息邮件按此语言发送）',
          body: Type.Object({ locale: Type.Enum([...LOCALES]) }),
          response: { 200: Type.Object({ locale: Type.Enum([...LOCALES]) }), ...problemResponses() },
        },
      },
      async (request) => service.saveLocale(db, contextOf(request), request.body.locale),
    );
    app.get(
      '/auth/tokens',
      {
        schema: {
          tags,
          summary: '我的 API 令牌（须登录会话）',
          response: { 200: Type.Object({ items: Type.Array(Token) }), ...problemResponses() },
        },
      },
      async (request) => ({ items: (await service.listMyTokens(db, contextOf(request))).map(tokenJson) }),
    );
    app.post(
      '/auth/tokens',
      {
        schema: {
          tags,
          summary: '创建 API 令牌（令牌只显示这一次；须登录会话，令牌不能创建令牌）',
          body: Type.Object({
            name: Type.String({ minLength: 1, maxLength: 100 }),
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
          }),
          response: {
            201: Type.Intersect([Token, Type.Object({ token: Type.String() })]),
            ...problemResponses(),
          },
        },
      },
      async (request, reply) => {
        const created = await service.createMyToken(db, contextOf(request), request.body);
        return reply.code(201).send({ ...tokenJson(created), token: created.token });
      },
    );
    app.delete(
      '/auth/tokens/:id',
      {
        schema: {
          tags,
          summary: '吊销 API 令牌（令牌只能吊销自己，其余须登录会话）',
          params: IdParam,
          response: { 204: Type.Null(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        await service.revokeMyToken(db, contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
