import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { type TSchema, Type } from 'typebox';
import { APPROVER_PERMISSIONS, REACHES, WORKFLOW_KEYS, WORKFLOWS } from '../../domain/workflow/chains.ts';
import type { Database } from '../db/schema.ts';
import { contextOf } from '../http/authenticate.ts';
import { Nullable, problemResponses } from '../http/schemas.ts';
import { getChains, updateChains } from './chains.ts';

const Step = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 30, pattern: '^[a-z][a-z0-9_]*$' }),
  label: Type.String({ maxLength: 30, description: '审批人（中文），如 部门经理' }),
  labelEn: Type.String({ maxLength: 60 }),
  permission: Type.Enum([...APPROVER_PERMISSIONS], { description: '审批人须持有的权限' }),
  reach: Type.Enum([...REACHES], {
    description:
      'requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司',
  }),
  departmentId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
});

const Chain = Type.Object({
  steps: Type.Array(Step, { minItems: 1, maxItems: 5 }),
  expireAfterDays: Nullable(Type.Integer({ minimum: 1, maximum: 365, description: '超过天数未审批即过期' })),
});

/** Every request type with each of its levels: the whole configuration, always complete. */
const Chains = Type.Object(
  Object.fromEntries(
    WORKFLOW_KEYS.map((workflow) => [
      workflow,
      Type.Object(Object.fromEntries(WORKFLOWS[workflow].levels.map((level) => [level, Chain]))),
    ]),
  ) as Record<string, TSchema>,
);

export function approvalChainRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['settings 系统设置'];
    app.get(
      '/settings/approval-chains',
      {
        schema: {
          tags,
          summary: '审批流程：每类申请、每个密级由谁逐级审批',
          response: { 200: Chains, ...problemResponses() },
        },
      },
      async (request) => getChains(db, contextOf(request)),
    );
    app.put(
      '/settings/approval-chains',
      {
        schema: {
          tags,
          summary: '修改审批流程（对此后提交的申请生效，审批中的申请按提交时的流程走完）',
          body: Chains,
          response: { 200: Chains, ...problemResponses() },
        },
      },
      async (request) => updateChains(db, contextOf(request), request.body as never),
    );
  };
}
