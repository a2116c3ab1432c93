import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import {
  CursorParam,
  DateTime,
  Id,
  IdParam,
  Limit,
  Nullable,
  Page,
  problemResponses,
} from '../../http/schemas.ts';
import * as service from './service.ts';

const Article = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  problem: Type.String(),
  solution: Type.String(),
  category: Nullable(Type.String()),
  typicalCase: Type.Boolean({ description: '典型案例（案例分析会、月报）' }),
  sourceIssueId: Nullable(Type.Integer()),
  sourceIssueNumber: Nullable(Type.String()),
  createdByName: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer(),
  matchedTerms: Type.Optional(Type.Integer({ description: '搜索时：命中的词数' })),
});

const Fields = {
  title: Type.String({ maxLength: 200 }),
  problem: Type.String({ maxLength: 4000 }),
  solution: Type.String({ maxLength: 8000 }),
  category: Nullable(Type.String({ maxLength: 50 })),
  typicalCase: Type.Boolean(),
};

export function knowledgeRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['knowledge 知识库'];
    app.get(
      '/knowledge-articles',
      {
        schema: {
          tags,
          summary: '知识库：q 按中文分词搜索（命中词多的在前），无 q 时按时间倒序',
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 200 })),
            category: Type.Optional(Type.String({ maxLength: 50 })),
            typicalCase: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(Article), ...problemResponses() },
        },
      },
      async (request) => {
        const { cursor, limit, ...rest } = request.query;
        return service.listArticles(db, contextOf(request), {
          ...rest,
          limit: limit ?? 20,
          after: decodeCursor(cursor),
        });
      },
    );
    app.post(
      '/knowledge-articles',
      {
        schema: {
          tags,
          summary:
            '新建知识库文章；带 sourceIssueId 时从已解决的问题生成（未填的栏目取问题的描述与解决方案）',
          body: Type.Object({
            sourceIssueId: Type.Optional(Id),
            title: Type.Optional(Fields.title),
            problem: Type.Optional(Fields.problem),
            solution: Type.Optional(Fields.solution),
            category: Type.Optional(Fields.category),
            typicalCase: Type.Optional(Fields.typicalCase),
          }),
          response: { 201: Article, ...problemResponses(404, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createArticle(db, contextOf(request), request.body)),
    );
    app.get(
      '/knowledge-articles/:id',
      {
        schema: {
          tags,
          summary: '知识库文章',
          params: IdParam,
          response: { 200: Article, ...problemResponses(404) },
        },
      },
      async (request) => service.getArticle(db, contextOf(request), request.params.id),
    );
    app.put(
      '/knowledge-articles/:id',
      {
        schema: {
          tags,
          summary: '修改知识库文章（带读取时的版本）',
          params: IdParam,
          body: Type.Object({
            version: Type.Integer({ minimum: 1 }),
            title: Type.Optional(Fields.title),
            problem: Type.Optional(Fields.problem),
            solution: Type.Optional(Fields.solution),
            category: Type.Optional(Fields.category),
            typicalCase: Type.Optional(Fields.typicalCase),
          }),
          response: { 200: Article, ...problemResponses(404, 409) },
        },
      },
      async (request) => service.updateArticle(db, contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/issues/suggestions',
      {
        schema: {
          tags,
          summary: '登记问题时的提示：可能已有答案的知识库文章，以及可能重复的未结问题（同一客户的在前）',
          body: Type.Object({
            text: Type.String({ minLength: 1, maxLength: 4000 }),
            customerId: Type.Optional(Id),
          }),
          response: {
            200: Type.Object({
              articles: Type.Array(Article),
              similarIssues: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  number: Type.String(),
                  description: Type.String(),
                  status: Type.String(),
                  urgency: Type.String(),
                  raisedAt: DateTime,
                  customerId: Nullable(Type.Integer()),
                  customerName: Nullable(Type.String()),
                  sameCustomer: Type.Boolean(),
                  matchedTerms: Type.Integer(),
                }),
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.suggestions(db, contextOf(request), request.body),
    );
  };
}
