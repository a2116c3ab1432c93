import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import { CursorParam, DateTime, IdParam, Nullable, Page, problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Tier = Type.Enum(['A', 'B', 'C', 'D']);
const GradeRequest = Type.Object({
  id: Type.Integer(),
  customerId: Type.Integer(),
  customerCode: Type.String(),
  customerName: Type.String(),
  fromTier: Type.String(),
  proposedTier: Type.String(),
  reasons: Type.String(),
  figures: Nullable(
    Type.Record(Type.String(), Type.Unknown(), { description: '申报数据（绝密，无权查看时为空）' }),
  ),
  status: Type.String(),
  statusLabel: Type.String(),
  requesterName: Type.String(),
  deptDecidedByName: Nullable(Type.String()),
  deptComment: Nullable(Type.String()),
  execDecidedByName: Nullable(Type.String()),
  execComment: Nullable(Type.String()),
  createdAt: DateTime,
});

export function gradeRequestRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['grades 客户等级申报'];
    app.post(
      '/grade-requests',
      {
        schema: {
          tags,
          summary: '提交客户等级申报（默认部门经理、总经理两级审批，审批流程可配置）',
          body: Type.Object({
            customerId: Type.Integer({ minimum: 1 }),
            proposedTier: Tier,
            reasons: Type.String({ minLength: 1, maxLength: 2000 }),
            figures: Type.Optional(
              Type.Object(
                {
                  annualVolume: Type.Optional(Type.Number({ minimum: 0, description: '年销量' })),
                  amount: Type.Optional(
                    Type.Union([Type.String(), Type.Number()], { description: '年交易金额（元）' }),
                  ),
                  deals: Type.Optional(Type.Integer({ minimum: 0, description: '交易次数' })),
                  paymentMethod: Type.Optional(Type.String({ maxLength: 50, description: '付款方式' })),
                  creditLimit: Type.Optional(
                    Type.Union([Type.String(), Type.Number()], { description: '信用额度' }),
                  ),
                  overdueCount: Type.Optional(Type.Integer({ minimum: 0, description: '逾期次数' })),
                },
                { additionalProperties: false },
              ),
            ),
          }),
          response: { 201: GradeRequest, ...problemResponses(404) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.requestGradeChange(db, contextOf(request), request.body)),
    );
    app.get(
      '/customers/:id/grade-figures',
      {
        schema: {
          tags,
          summary:
            '等级申报的预填数据：客户当前等级与近 12 个月的销量、交易金额、交易次数、逾期次数（绝密，记入审计）',
          params: IdParam,
          response: {
            200: Type.Object({
              customerId: Type.Integer(),
              tier: Type.String({ description: '当前等级' }),
              since: Type.String({ format: 'date', description: '统计起始日（含），至今天' }),
              annualVolume: Type.Integer({ description: '年销量' }),
              amount: Type.String({ description: '年交易金额（元）' }),
              deals: Type.Integer({ description: '交易次数' }),
              overdueCount: Type.Integer({ description: '逾期次数：付款晚于约定日期或已过期未付的交易' }),
            }),
            ...problemResponses(404),
          },
        },
      },
      async (request) => service.gradeFigures(db, contextOf(request), request.params.id),
    );
    app.get(
      '/grade-requests',
      {
        schema: {
          tags,
          summary: '等级申报：我的 (box=mine) / 待我审批 (box=to_approve)',
          querystring: Type.Object({
            box: Type.Optional(Type.Enum(['mine', 'to_approve'])),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(GradeRequest), ...problemResponses() },
        },
      },
      async (request) =>
        service.listGradeRequests(db, contextOf(request), {
          box: request.query.box ?? 'mine',
          limit: request.query.limit ?? 200,
          after: decodeCursor(request.query.cursor),
        }),
    );
    for (const decision of ['approve', 'reject'] as const) {
      app.post(
        `/grade-requests/:id/${decision}`,
        {
          schema: {
            tags,
            summary: decision === 'approve' ? '批准本级（部门经理 → 总经理 → 生效）' : '驳回（须填写原因）',
            params: IdParam,
            body: Type.Object({ comment: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }),
            response: { 200: GradeRequest, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          service.decideGradeChange(
            db,
            contextOf(request),
            request.params.id,
            decision,
            request.body?.comment ?? null,
          ),
      );
    }
  };
}
