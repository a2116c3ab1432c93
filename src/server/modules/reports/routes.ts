import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { Nullable, problemResponses, XlsxFile } from '../../http/schemas.ts';
import type { SheetColumn } from '../../http/xlsx.ts';
import { sendExport } from '../exports/policy.ts';
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

/** Reports (报表): read-only views across customers, each audited; more join as the follow-up data arrives. */
export function reportRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['reports 报表'];
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
          response: { 200: XlsxFile, ...problemResponses() },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const tier = request.query.tier ?? 'A';
        const rows = await service.keyAccountExport(db, ctx, tier);
        return sendExport(
          reply,
          ctx,
          timeZone,
          {
            fileName: `大客户登记名单_${tier}类.xlsx`,
            sheetName: `${tier}类客户`,
            columns: KEY_ACCOUNT_COLUMNS,
            rows,
          },
          { 统计期间: '近 12 个月' },
        );
      },
    );
  };
}
