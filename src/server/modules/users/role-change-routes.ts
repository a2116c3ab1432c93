import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import { CursorParam, DateTime, IdParam, Nullable, Page, problemResponses } from '../../http/schemas.ts';
import * as service from './role-changes.ts';

const RoleChange = Type.Object({
  id: Type.Integer(),
  userId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  rolesBefore: Type.Array(Type.String()),
  rolesAfter: Type.Array(Type.String()),
  status: Type.Enum(['pending', 'approved', 'rejected', 'superseded', 'direct'], {
    description: 'direct: took effect without approval; superseded: replaced by a later edit',
  }),
  requestedByName: Nullable(Type.String()),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  comment: Nullable(Type.String()),
  createdAt: DateTime,
});

/** 角色变更审批 (SPEC §1 separation of duties): admin together with customer data needs the executive. */
export function roleChangeRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['role changes 角色变更审批'];
    app.get(
      '/role-change-requests',
      {
        schema: {
          tags,
          summary: '角色变更：待审批的申请，或最近的变更（直接生效与已处理的）',
          querystring: Type.Object({
            box: Type.Optional(Type.Enum(['pending', 'recent'])),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(RoleChange), ...problemResponses() },
        },
      },
      async (request) =>
        service.listRoleChanges(db, contextOf(request), {
          box: request.query.box ?? 'pending',
          limit: request.query.limit,
          after: decodeCursor(request.query.cursor),
        }),
    );
    for (const verb of ['approve', 'reject'] as const) {
      app.post(
        `/role-change-requests/:id/${verb}`,
        {
          schema: {
            tags,
            summary:
              verb === 'approve'
                ? '批准角色变更（总经理；申请人、本人和持有管理员角色者不能审批）'
                : '驳回角色变更（须填写原因）',
            params: IdParam,
            body: Type.Object({ comment: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }),
            response: { 200: RoleChange, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          service.decideRoleChange(
            db,
            contextOf(request),
            request.params.id,
            verb,
            request.body.comment ?? null,
          ),
      );
    }
  };
}
