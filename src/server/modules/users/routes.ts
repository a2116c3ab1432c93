import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { ROLE_KEYS } from '../../../domain/roles.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import {
  CursorParam,
  DateTime,
  IdParam,
  Limit,
  Nullable,
  Page,
  problemResponses,
  XlsxFile,
} from '../../http/schemas.ts';
import { zoneTime } from '../../http/xlsx.ts';
import { sendExport } from '../exports/policy.ts';
import { roleChangeRoutes } from './role-change-routes.ts';
import * as service from './service.ts';

const Username = Type.String({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z0-9_.-]+$' });
const DisplayName = Type.String({ minLength: 1, maxLength: 50 });
const Password = Type.String({ minLength: 1, maxLength: 128 });
const Roles = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
  minItems: 1,
  maxItems: 20,
  description: `role keys: ${ROLE_KEYS.join(', ')}`,
});
const Email = Nullable(Type.String({ maxLength: 200, format: 'email' }));
const Phone = Nullable(Type.String({ maxLength: 30, pattern: '^[0-9+()\\- ]*$' }));

const User = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  departmentId: Nullable(Type.Integer()),
  departmentName: Nullable(Type.String()),
  supervisorId: Nullable(Type.Integer()),
  supervisorName: Nullable(Type.String()),
  roles: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  locked: Type.Boolean(),
  pendingRoleChange: Nullable(
    Type.Object(
      { id: Type.Integer(), roles: Type.Array(Type.String()), createdAt: DateTime },
      { description: 'roles asked for that wait for the executive (admin together with customer data)' },
    ),
  ),
  lastLoginAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer(),
});

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  departmentId: Type.Optional(Type.Integer({ minimum: 1 })),
  role: Type.Optional(Type.String({ maxLength: 40 })),
  status: Type.Optional(Type.Enum(['active', 'disabled'])),
  sort: Type.Optional(
    Type.String({ maxLength: 20, description: 'username | displayName | createdAt, "-" for descending' }),
  ),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(CursorParam),
});

const CreateBody = Type.Object({
  username: Username,
  displayName: DisplayName,
  password: Password,
  departmentId: Type.Integer({ minimum: 1 }),
  roles: Roles,
  supervisorId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  email: Type.Optional(Email),
  phone: Type.Optional(Phone),
});

const UpdateBody = Type.Object({
  displayName: Type.Optional(DisplayName),
  password: Type.Optional(Password),
  departmentId: Type.Optional(Type.Integer({ minimum: 1 })),
  roles: Type.Optional(Roles),
  supervisorId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  status: Type.Optional(Type.Enum(['active', 'disabled'])),
  email: Type.Optional(Email),
  phone: Type.Optional(Phone),
  unlock: Type.Optional(Type.Boolean({ description: 'clear a login lockout' })),
  version: Type.Optional(
    Type.Integer({ minimum: 1, description: 'optimistic concurrency: 409 if changed since' }),
  ),
});

const STATUS_ZH = { active: '在职', disabled: '停用' } as const;

export function userRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(roleChangeRoutes(db));
    const tags = ['users 员工'];
    app.get(
      '/users',
      {
        schema: {
          tags,
          summary: '员工列表',
          querystring: ListQuery,
          response: { 200: Page(User), ...problemResponses() },
        },
      },
      async (request) =>
        service.listUsers(db, contextOf(request), { ...request.query, limit: request.query.limit ?? 50 }),
    );
    app.get(
      '/users/directory',
      {
        schema: {
          tags,
          summary: '在职员工名录（供选择负责人、接手人等）',
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  username: Type.String(),
                  displayName: Type.String(),
                  departmentName: Nullable(Type.String()),
                  roles: Type.Array(Type.String()),
                }),
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => ({ items: await service.userDirectory(db, contextOf(request)) }),
    );
    app.get(
      '/users/export',
      {
        schema: {
          tags,
          summary: '导出员工 (.xlsx)',
          querystring: Type.Omit(ListQuery, ['limit', 'cursor']),
          response: { 200: XlsxFile },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const users = await service.exportUsers(db, ctx, request.query);
        return sendExport(reply, ctx, timeZone, {
          fileName: '员工.xlsx',
          sheetName: '员工',
          columns: [
            { header: '用户名', value: (u) => u.username },
            { header: '姓名', value: (u) => u.displayName },
            { header: '部门', value: (u) => u.departmentName },
            { header: '角色', value: (u) => u.roles.join('、'), width: 30 },
            { header: '上级', value: (u) => u.supervisorName },
            { header: '状态', value: (u) => STATUS_ZH[u.status] },
            { header: '邮箱', value: (u) => u.email, width: 24 },
            { header: '电话', value: (u) => u.phone },
            {
              header: '最近登录',
              value: (u) => (u.lastLoginAt ? zoneTime(u.lastLoginAt, timeZone) : null),
              width: 20,
            },
          ],
          rows: users,
        });
      },
    );
    app.get(
      '/users/:id',
      {
        schema: {
          tags,
          summary: '员工详情',
          params: IdParam,
          response: { 200: User, ...problemResponses(404) },
        },
      },
      async (request) => service.getUser(db, contextOf(request), request.params.id),
    );
    app.post(
      '/users',
      {
        schema: {
          tags,
          summary: '新建员工',
          body: CreateBody,
          response: { 201: User, ...problemResponses(409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createUser(db, contextOf(request), request.body)),
    );
    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary:
            '修改员工（含重置密码、停用、解锁）；不能改自己的角色；管理员与可见客户数据的角色同时持有须总经理批准',
          params: IdParam,
          body: UpdateBody,
          response: { 200: User, ...problemResponses(404, 409) },
        },
      },
      async (request) => service.updateUser(db, contextOf(request), request.params.id, request.body),
    );
  };
}
