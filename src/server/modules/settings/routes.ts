import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { Nullable, problemResponses } from '../../http/schemas.ts';
import { getCustomerRules, updateCustomerRules } from './customer-rules.ts';
import { getFollowupSettings, updateFollowupSettings } from './followup-settings.ts';

const Rules = Type.Object({
  basis: Type.Enum(['amount', 'score'], { description: '按年合作金额或按 100 分评分分级' }),
  amountA: Type.String({ maxLength: 20, description: 'A 级年合作金额门槛（元）' }),
  amountB: Type.String({ maxLength: 20, description: 'B 级年合作金额门槛（元）' }),
  scoreA: Type.Integer({ minimum: 0, maximum: 100 }),
  scoreB: Type.Integer({ minimum: 0, maximum: 100 }),
  scoreC: Nullable(Type.Integer({ minimum: 0, maximum: 100, description: '低于此分为 D 级；空为不设 D 级' })),
  exportRowLimit: Type.Integer({
    minimum: 1,
    maximum: 1_000_000,
    description: '超过此行数的客户导出需要审批',
  }),
  weights: Type.Object(
    {
      profit: Type.Number({ description: '对公司利润贡献率' }),
      orderAmount: Type.Number({ description: '客户下单金额' }),
      years: Type.Number({ description: '合作年限' }),
      credit: Type.Number({ description: '信用状况' }),
      prospects: Type.Number({ description: '发展前景' }),
    },
    { description: '100 分评分的各项权重（合计 100）' },
  ),
  retentionYears: Type.Integer({
    minimum: 1,
    maximum: 30,
    description: '流失客户资料保存年限，期满后可申请销毁',
  }),
});
// Scripts written before the weights existed may leave them out: they stay as they are.
const RulesInput = Type.Intersect([
  Type.Omit(Rules, ['weights']),
  Type.Partial(Type.Pick(Rules, ['weights'])),
]);

export function settingsRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['settings 系统设置'];
    app.get(
      '/settings/customer-rules',
      {
        schema: { tags, summary: '客户分级规则与导出上限', response: { 200: Rules, ...problemResponses() } },
      },
      async (request) => getCustomerRules(db, contextOf(request)),
    );
    app.put(
      '/settings/customer-rules',
      {
        schema: {
          tags,
          summary: '修改分级规则与评分权重（立即重新评分、重新分级，手工申报的等级不变）',
          body: RulesInput,
          response: {
            200: Type.Intersect([Rules, Type.Object({ retiered: Type.Integer() })]),
            ...problemResponses(),
          },
        },
      },
      async (request) => updateCustomerRules(db, contextOf(request), request.body),
    );
    const FollowupSettings = Type.Object({
      weeklyCap: Type.Integer({
        minimum: 1,
        maximum: 7,
        description: '每位客户每周最多主动联系次数（防止骚扰；服务性回访不计）',
      }),
      maxFailedAttempts: Type.Integer({
        minimum: 1,
        maximum: 10,
        description: '联系失败（未接通、忙线、号码错误）达到此次数，任务以“未接通”结束',
      }),
    });
    app.get(
      '/settings/followups',
      {
        schema: { tags, summary: '回访设置', response: { 200: FollowupSettings, ...problemResponses() } },
      },
      async (request) => getFollowupSettings(db, contextOf(request)),
    );
    app.put(
      '/settings/followups',
      {
        schema: {
          tags,
          summary: '修改回访设置（下次生成任务、下次登记联系结果时生效）',
          body: FollowupSettings,
          response: { 200: FollowupSettings, ...problemResponses() },
        },
      },
      async (request) => updateFollowupSettings(db, contextOf(request), request.body),
    );
  };
}
