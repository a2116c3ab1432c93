import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { URGENCY_KEYS } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import {
  CursorParam,
  DateTime,
  IdParam,
  Limit,
  Nullable,
  Page,
  problemResponses,
} from '../../http/schemas.ts';
import * as plans from './plans.ts';

export const IssuePlan = Type.Object({
  id: Type.Integer(),
  issueId: Type.Integer(),
  issueNumber: Type.String(),
  issueDescription: Type.String(),
  urgency: Type.Enum(URGENCY_KEYS),
  cycle: Type.Integer({ description: '第几轮处理' }),
  superseded: Type.Boolean({ description: '问题已重开，此为前一轮的方案' }),
  plan: Type.String(),
  requesterId: Type.Integer({ description: '提交人' }),
  requesterName: Type.String(),
  status: Type.Enum(['pending', 'approved', 'rejected', 'withdrawn', 'expired', 'revoked'], {
    description: 'pending 待审批 / approved 已批准 / rejected 已驳回',
  }),
  stepLabel: Nullable(Type.String({ description: '待谁审批（如 主管领导）' })),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  comment: Nullable(Type.String({ description: '审批意见' })),
  createdAt: DateTime,
});

/** 方案审批 (SPEC §4): the plans handlers submitted on their issues, approved or rejected by a leader. */
export function issuePlanRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['issues 问题与投诉'];
    app.get(
      '/issue-plans',
      {
        schema: {
          tags,
          summary: '方案审批：待我审批的（to_approve）、我提交的（mine）或我范围内的全部（all）',
          querystring: Type.Object({
            box: Type.Optional(Type.Enum(['mine', 'to_approve', 'all'], { default: 'to_approve' })),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(IssuePlan), ...problemResponses() },
        },
      },
      async (request) =>
        plans.listPlans(db, contextOf(request), {
          box: request.query.box ?? 'to_approve',
          limit: request.query.limit ?? 50,
          after: decodeCursor(request.query.cursor),
        }),
    );
    for (const decision of ['approve', 'reject'] as const) {
      app.post(
        `/issue-plans/:id/${decision}`,
        {
          schema: {
            tags,
            summary: decision === 'approve' ? '批准处理方案' : '驳回处理方案（须说明要改什么）',
            params: IdParam,
            body: Type.Object({ comment: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))) }),
            response: { 200: IssuePlan, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          plans.decidePlan(db, contextOf(request), request.params.id, decision, request.body.comment ?? null),
      );
    }
  };
}
