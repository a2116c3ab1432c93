import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import { CursorParam, DateTime, IdParam, Nullable, Page, problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Level = Type.Enum(['secret', 'confidential', 'top_secret'], { description: '秘密 / 机密 / 绝密' });

const AccessRequest = Type.Object({
  id: Type.Integer(),
  requesterId: Type.Integer(),
  requesterName: Type.String(),
  requesterDepartmentName: Nullable(Type.String()),
  customers: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() })),
  level: Level,
  levelLabel: Type.String(),
  purpose: Type.String(),
  reason: Type.String(),
  durationDays: Type.Integer(),
  status: Type.Enum(['pending', 'approved', 'rejected', 'revoked', 'expired', 'withdrawn'], {
    description: 'expired: the grant ran out, or nobody decided in time',
  }),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  decisionComment: Nullable(Type.String()),
  expiresAt: Nullable(DateTime),
  createdAt: DateTime,
});

const Decision = Type.Object({ comment: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) });

export function accessRequestRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['access-requests 查阅申请'];
    app.get(
      '/access-requests',
      {
        schema: {
          tags,
          summary: '查阅申请：我的申请 (box=mine)、待我审批 (box=to_approve)、全部 (box=all)',
          querystring: Type.Object({
            box: Type.Optional(Type.Enum(['mine', 'to_approve', 'all'])),
            status: Type.Optional(Type.Enum(['pending', 'approved', 'rejected', 'revoked'])),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(AccessRequest), ...problemResponses() },
        },
      },
      async (request) =>
        service.listRequests(db, contextOf(request), {
          box: request.query.box ?? 'mine',
          status: request.query.status,
          limit: request.query.limit ?? 50,
          after: decodeCursor(request.query.cursor),
        }),
    );
    app.post(
      '/access-requests',
      {
        schema: {
          tags,
          summary: '提交查阅申请（审批人按密级配置：默认秘密/机密由部门经理、绝密由总经理审批）',
          body: Type.Object({
            customerIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 500 }),
            level: Level,
            purpose: Type.String({ minLength: 1, maxLength: 200 }),
            reason: Type.String({ minLength: 1, maxLength: 1000 }),
            durationDays: Type.Integer({ minimum: 1, maximum: 365 }),
          }),
          response: { 201: AccessRequest, ...problemResponses() },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createRequest(db, contextOf(request), request.body)),
    );
    for (const [verb, summary] of [
      ['approve', '批准本级（授权到期自动失效）'],
      ['reject', '驳回（须填写原因）'],
      ['revoke', '收回已批准的授权'],
    ] as const) {
      app.post(
        `/access-requests/:id/${verb}`,
        {
          schema: {
            tags,
            summary,
            params: IdParam,
            body: Decision,
            response: { 200: AccessRequest, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          service.decideRequest(
            db,
            contextOf(request),
            request.params.id,
            verb,
            request.body?.comment ?? null,
          ),
      );
    }
  };
}
