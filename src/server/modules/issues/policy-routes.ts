import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { URGENCY_KEYS } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { Nullable, problemResponses } from '../../http/schemas.ts';
import * as policies from './policies.ts';

const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 2000 });

const Policy = Type.Object({
  urgency: Type.Enum(URGENCY_KEYS, { description: 'normal 一般 / urgent 紧急 / major 重大' }),
  category: Nullable(Type.String({ maxLength: 50, description: '问题分类；null 为该紧急程度的通用策略' })),
  clock: Type.Enum(['wall', 'working'], {
    description: 'wall 自然时间 / working 工作时间（扣除午休、节假日）',
  }),
  firstResponseHours: Hours,
  solutionHours: Hours,
  remindBeforeMinutes: Type.Integer({ minimum: 0, maximum: 1440, description: '到期前多少分钟提醒负责人' }),
  departmentHeadAfterHours: Type.Number({
    minimum: 0,
    maximum: 2000,
    description: '超时后再过多久升级至部门负责人',
  }),
  notifySupervisorAtCreation: Type.Boolean({ description: '登记即通知主管' }),
  escalateOffHours: Type.Boolean({ description: '非工作时间也提醒与升级' }),
  planApproval: Type.Boolean({ description: '处理方案须经领导审批后方可解决' }),
});

/** As saved: without planApproval, the urgency's default (紧急/重大 need the plan approved). */
const PolicyInput = Type.Intersect([
  Type.Omit(Policy, ['planApproval']),
  Type.Object({
    planApproval: Type.Optional(Type.Boolean({ description: '处理方案须经领导审批后方可解决' })),
  }),
]);

const CloseThreshold = Type.Integer({
  minimum: 1,
  maximum: 5,
  description: '投诉解决后回访：客户满意度达到此分即关闭问题，低于则重新处理',
});

const Policies = Type.Object({
  items: Type.Array(Type.Intersect([Type.Object({ id: Type.Integer() }), Policy])),
  closeThreshold: CloseThreshold,
});

export function slaPolicyRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['issues 问题与投诉'];
    app.get(
      '/sla-policies',
      {
        schema: {
          tags,
          summary: 'SLA 策略（按紧急程度与分类）',
          response: { 200: Policies, ...problemResponses() },
        },
      },
      async (request) => policies.listPolicies(db, contextOf(request)),
    );
    app.put(
      '/sla-policies',
      {
        schema: {
          tags,
          summary: '保存全部 SLA 策略（新登记的问题按新策略计时，已登记的保持原期限）',
          body: Type.Object({
            items: Type.Array(PolicyInput, { minItems: 3, maxItems: 100 }),
            closeThreshold: Type.Optional(CloseThreshold),
          }),
          response: { 200: Policies, ...problemResponses() },
        },
      },
      async (request) =>
        policies.savePolicies(db, contextOf(request), request.body.items, request.body.closeThreshold),
    );
  };
}
