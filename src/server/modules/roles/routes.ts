import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Scope = Type.Enum(['none', 'own', 'department', 'all']);
const Role = Type.Object({
  key: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  dataScope: Scope,
  permissions: Type.Array(Type.String()),
  builtin: Type.Boolean(),
});

export function roleRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['roles 角色'];
    app.get(
      '/roles',
      {
        schema: {
          tags,
          summary: '角色与权限',
          response: {
            200: Type.Object({ items: Type.Array(Role), permissions: Type.Array(Type.String()) }),
            ...problemResponses(),
          },
        },
      },
      async (request) => ({
        items: await service.listRoles(db, contextOf(request)),
        permissions: service.listPermissions(),
      }),
    );
    app.patch(
      '/roles/:key',
      {
        schema: {
          tags,
          summary: '修改角色权限与数据范围',
          params: Type.Object({ key: Type.String({ maxLength: 40 }) }),
          body: Type.Object({
            permissions: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 100 })),
            dataScope: Type.Optional(Scope),
          }),
          response: { 200: Role, ...problemResponses(404) },
        },
      },
      async (request) => service.updateRole(db, contextOf(request), request.params.key, request.body),
    );
  };
}
