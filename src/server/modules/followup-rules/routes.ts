import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { RuleDefinition } from '../../../domain/followups/rules.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { IdParam, problemResponses } from '../../http/schemas.ts';
import { RuleDefinitionSchema, RuleDetail, RuleSummary } from './schemas.ts';
import * as service from './service.ts';

export function followupRuleRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['followup-rules 回访规则'];
    app.get(
      '/followup-rules',
      {
        schema: {
          tags,
          summary: '回访规则列表（当前版本）',
          querystring: Type.Object({
            active: Type.Optional(Type.Boolean()),
            type: Type.Optional(Type.String({ maxLength: 30 })),
            preset: Type.Optional(Type.String({ maxLength: 30 })),
          }),
          response: { 200: Type.Object({ items: Type.Array(RuleSummary) }), ...problemResponses() },
        },
      },
      async (request) => service.listRules(db, contextOf(request), request.query),
    );
    app.get(
      '/followup-rules/:id',
      {
        schema: {
          tags,
          summary: '回访规则（当前版本与历史版本）',
          params: IdParam,
          response: { 200: RuleDetail, ...problemResponses(404) },
        },
      },
      async (request) => service.getRule(db, contextOf(request), request.params.id),
    );
    app.post(
      '/followup-rules',
      {
        schema: {
          tags,
          summary: '新建回访规则（新建后为停用状态，预览后再启用）',
          body: Type.Object({ definition: RuleDefinitionSchema }),
          response: { 201: RuleDetail, ...problemResponses() },
        },
      },
      async (request, reply) => {
        const created = await service.createRule(
          db,
          contextOf(request),
          request.body.definition as RuleDefinition,
        );
        return reply.code(201).send(created);
      },
    );
    app.put(
      '/followup-rules/:id',
      {
        schema: {
          tags,
          summary: '修改回访规则（生成新版本；已生成的任务保留原版本）',
          params: IdParam,
          body: Type.Object({ version: Type.Integer({ minimum: 1 }), definition: RuleDefinitionSchema }),
          response: { 200: RuleDetail, ...problemResponses(404, 409) },
        },
      },
      async (request) =>
        service.updateRule(db, contextOf(request), request.params.id, {
          version: request.body.version,
          definition: request.body.definition as RuleDefinition,
        }),
    );
    for (const [action, active, summary] of [
      ['activate', true, '启用回访规则'],
      ['deactivate', false, '停用回访规则'],
    ] as const) {
      app.post(
        `/followup-rules/:id/${action}`,
        {
          schema: {
            tags,
            summary,
            params: IdParam,
            body: Type.Optional(Type.Object({})),
            response: { 200: RuleDetail, ...problemResponses(404) },
          },
        },
        async (request) => service.setActive(db, contextOf(request), request.params.id, active),
      );
    }
  };
}
