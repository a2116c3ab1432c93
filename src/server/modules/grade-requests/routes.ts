import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import { CursorParam, DateTime, IdParam, Nullable, Page, problemResponses } from '../../http/schemas.ts';
import { exportedBy, type SheetColumn, sendXlsx } from '../../http/xlsx.ts';
import * as service from './service.ts';

const KEY_ACCOUNT_COLUMNS: SheetColumn<service.KeyAccount>[] = [
  { header: '客户编号', width: 12, value: (r) => r.code },
  { header: '客户名称', width: 32, value: (r) => r.name },
  { header: '所属行业', value: (r) => r.industry },
  { header: '省份', width: 10, value: (r) => r.province },
  { header: '负责客户经理', width: 12, value: (r) => r.ownerName },
  { header: '交易次数', width: 10, value: (r) => r.deals },
  { header: '销量', width: 10, value: (r) => r.quantity },
  { header: '交易金额（元）', value: (r) => Number(r.amount) },
  { header: '退货率（%）', width: 12, value: (r) => r.returnRate },
];

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

export function gradeRequestRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
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
    app.get(
      '/reports/key-accounts',
      {
        schema: {
          tags,
          summary: '大客户登记名单（近 12 个月销量、金额、退货率）与客户分级目录汇总',
          querystring: Type.Object({ tier: Type.Optional(Tier) }),
          response: {
            200: Type.Object({
              tiers: Type.Array(Type.Object({ tier: Type.String(), customers: Type.Integer() })),
              items: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  code: Type.String(),
                  name: Type.String(),
                  industry: Nullable(Type.String()),
                  province: Nullable(Type.String()),
                  ownerName: Nullable(Type.String()),
                  deals: Type.Integer(),
                  quantity: Type.Integer(),
                  amount: Type.String(),
                  returnRate: Type.Number({ description: 'percent' }),
                }),
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.keyAccountList(db, contextOf(request), request.query.tier ?? 'A'),
    );
    app.get(
      '/reports/key-accounts/export',
      {
        schema: {
          tags,
          summary: '导出大客户登记名单 (.xlsx，记录导出人)',
          querystring: Type.Object({ tier: Type.Optional(Tier) }),
          response: problemResponses(),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const tier = request.query.tier ?? 'A';
        const rows = await service.keyAccountExport(db, ctx, tier);
        return sendXlsx(reply, `大客户登记名单_${tier}类.xlsx`, `${tier}类客户`, KEY_ACCOUNT_COLUMNS, rows, {
          ...exportedBy(ctx.actor, timeZone),
          行数: String(rows.length),
          统计期间: '近 12 个月',
        });
      },
    );
  };
}
