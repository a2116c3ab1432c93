import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { STATUSES } from '../../../domain/workflow/machine.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import { CursorParam, DateTime, IdParam, Nullable, Page, problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const DestructionRequest = Type.Object({
  id: Type.Integer(),
  requesterName: Type.String(),
  customers: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() })),
  reason: Type.String(),
  status: Type.Enum([...STATUSES], { description: 'approved: the customers were destroyed' }),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  comment: Nullable(Type.String()),
  createdAt: DateTime,
});

export function retentionRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['data retention 数据销毁'];
    app.get(
      '/data-retention/due',
      {
        schema: {
          tags,
          summary: '已过保存期限的流失客户（流失满 N 年）',
          response: {
            200: Type.Object({
              retentionYears: Type.Integer(),
              items: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  code: Type.String(),
                  name: Type.String(),
                  lostOn: Nullable(Type.String()),
                  lostReason: Nullable(Type.String()),
                  ownerName: Nullable(Type.String()),
                }),
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.listDue(db, contextOf(request), timeZone),
    );
    app.get(
      '/data-retention/requests',
      {
        schema: {
          tags,
          summary: '销毁申请',
          querystring: Type.Object({
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(DestructionRequest), ...problemResponses() },
        },
      },
      async (request) =>
        service.listRequests(db, contextOf(request), {
          limit: request.query.limit ?? 100,
          after: decodeCursor(request.query.cursor),
        }),
    );
    app.post(
      '/data-retention/requests',
      {
        schema: {
          tags,
          summary: '申请销毁已过保存期限的客户资料（总经理审批后执行）',
          body: Type.Object({
            customerIds: Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 1000 }),
            reason: Type.String({ maxLength: 500 }),
          }),
          response: { 201: DestructionRequest, ...problemResponses() },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.requestDestruction(db, contextOf(request), timeZone, request.body)),
    );
    for (const verb of ['approve', 'reject'] as const) {
      app.post(
        `/data-retention/requests/:id/${verb}`,
        {
          schema: {
            tags,
            summary: verb === 'approve' ? '批准并立即销毁（记录审计）' : '驳回销毁申请（须填写原因）',
            params: IdParam,
            body: Type.Object({ comment: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }),
            response: { 200: DestructionRequest, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          service.decide(db, contextOf(request), request.params.id, verb, request.body.comment ?? null),
      );
    }
  };
}
