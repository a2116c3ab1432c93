import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, IdParam, Nullable, problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Department = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  parentId: Nullable(Type.Integer()),
  sortOrder: Type.Integer(),
  memberCount: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

const Name = Type.String({ minLength: 1, maxLength: 100 });
const SortOrder = Type.Integer({ minimum: -10000, maximum: 10000 });

export function departmentRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['departments 部门'];
    app.get(
      '/departments',
      {
        schema: {
          tags,
          summary: '部门列表（平铺，按 parentId 组成树）',
          response: { 200: Type.Object({ items: Type.Array(Department) }), ...problemResponses() },
        },
      },
      async (request) => ({ items: await service.listDepartments(db, contextOf(request)) }),
    );
    app.post(
      '/departments',
      {
        schema: {
          tags,
          summary: '新建部门',
          body: Type.Object({
            name: Name,
            parentId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
            sortOrder: Type.Optional(SortOrder),
          }),
          response: { 201: Department, ...problemResponses(409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createDepartment(db, contextOf(request), request.body)),
    );
    app.patch(
      '/departments/:id',
      {
        schema: {
          tags,
          summary: '修改部门（改名、移动、排序）',
          params: IdParam,
          body: Type.Object({
            name: Type.Optional(Name),
            parentId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
            sortOrder: Type.Optional(SortOrder),
          }),
          response: { 200: Department, ...problemResponses(404) },
        },
      },
      async (request) => service.updateDepartment(db, contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/departments/:id',
      {
        schema: {
          tags,
          summary: '删除空部门',
          params: IdParam,
          response: { 204: Type.Null(), ...problemResponses(404, 409) },
        },
      },
      async (request, reply) => {
        await service.deleteDepartment(db, contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
