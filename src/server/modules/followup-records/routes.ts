import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import {
  RECORD_ACTIONS,
  type RecordAction,
  VERIFICATION_RESULTS,
} from '../../../domain/followups/outcomes.ts';
import { FOLLOWUP_METHODS } from '../../../domain/followups/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
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
import { takeAction } from './outcomes.ts';
import * as service from './service.ts';

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Satisfaction = Type.Integer({
  minimum: 1,
  maximum: 5,
  description: '5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差',
});
const Text = (maxLength: number, description: string) =>
  Type.Optional(Type.String({ maxLength, description }));

const RecordBody = Type.Object({
  taskId: Type.Optional(Id),
  customerId: Type.Optional(Id),
  contactId: Type.Optional(Id),
  contactName: Text(100, '被访人'),
  method: Type.Enum(Object.keys(FOLLOWUP_METHODS), { description: '回访方式' }),
  contactedAt: DateTime,
  durationMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440 })),
  purpose: Text(500, '回访目的'),
  answers: Type.Optional(
    Type.Array(
      Type.Object({ question: Type.String({ maxLength: 500 }), answer: Type.String({ maxLength: 2000 }) }),
      {
        maxItems: 50,
        description: '问卷答案',
      },
    ),
  ),
  serviceSatisfaction: Type.Optional(Satisfaction),
  productSatisfaction: Type.Optional(Satisfaction),
  opinions: Text(5000, '客户意见和要求'),
  countermeasures: Text(5000, '对策与建议'),
  keyPoints: Text(5000, '回访要点'),
  content: Text(10000, '访问记录 / 回访内容'),
  result: Text(2000, '回访结果'),
  actionItems: Type.Optional(
    Type.Array(
      Type.Object({ text: Type.String({ minLength: 1, maxLength: 500 }), dueOn: Type.Optional(Day) }),
      {
        maxItems: 30,
        description: '后续行动项',
      },
    ),
  ),
  promisedReplyAt: Type.Optional(DateTime),
  nextFollowupOn: Type.Optional(Day),
  nextFollowupContent: Text(2000, '下次回访内容'),
  complaint: Type.Optional(Type.Boolean({ description: '客户明确投诉' })),
  signature: Type.Optional(
    Type.String({
      maxLength: 1_500_000,
      description: '客户签字（data:image/png;base64,…）或签字纸质表的照片',
    }),
  ),
  resolved: Type.Optional(Type.Boolean({ description: '问题是否已解决（未解决：安排第二、三次回访）' })),
  verification: Type.Optional(
    Type.Object(
      {
        result: Type.Enum(['confirmed', 'denied'], {
          description: 'confirmed 客户确认拜访属实 / denied 客户否认（疑似虚假拜访）',
        }),
        salespersonRating: Type.Optional(Satisfaction),
        complaint: Type.Optional(Type.Boolean({ description: '客户对销售人员不满' })),
      },
      { description: '拜访核查结果（仅拜访核查任务）' },
    ),
  ),
});

const RecordJson = Type.Object({
  id: Type.Integer(),
  number: Type.String({ description: 'HF + yyyymmdd + 序号' }),
  taskId: Nullable(Type.Integer()),
  customerId: Type.Integer(),
  customerName: Type.String(),
  contactName: Nullable(Type.String()),
  staffId: Type.Integer(),
  staffName: Type.String(),
  method: Type.String(),
  phoneRecord: Type.Boolean({ description: '电话回访' }),
  contactedAt: DateTime,
  durationMinutes: Nullable(Type.Integer()),
  purpose: Nullable(Type.String()),
  answers: Type.Array(Type.Object({ question: Type.String(), answer: Type.String() })),
  serviceSatisfaction: Nullable(Type.Integer()),
  productSatisfaction: Nullable(Type.Integer()),
  opinions: Nullable(Type.String()),
  countermeasures: Nullable(Type.String()),
  keyPoints: Nullable(Type.String()),
  content: Nullable(Type.String()),
  result: Nullable(Type.String()),
  actionItems: Type.Array(Type.Object({ text: Type.String(), dueOn: Type.Optional(Type.String()) })),
  promisedReplyAt: Nullable(DateTime),
  nextFollowupOn: Nullable(Type.String()),
  nextFollowupContent: Nullable(Type.String()),
  complaint: Type.Boolean(),
  issueRequested: Type.Boolean({ description: '满意度为差/很差或客户投诉：待问题模块立案' }),
  signed: Type.Boolean(),
  imported: Type.Boolean(),
  reviewStatus: Type.Enum(['provisional', 'approved', 'returned'], {
    description: '待审核 / 已审核 / 已退回',
  }),
  createdAt: DateTime,
  updatedAt: DateTime,
  lateEntry: Type.Boolean({ description: '补录：晚于回访当天登记（未日清日结）' }),
  reviewDueAt: Nullable(DateTime),
  reviewOverdue: Type.Boolean({ description: '超过 3 个工作日仍未审核签字' }),
  reviewedByName: Nullable(Type.String()),
  reviewedAt: Nullable(DateTime),
  reviewComment: Nullable(Type.String({ description: '主管审核意见' })),
  returnedCount: Type.Integer({ description: '被退回次数' }),
  resolved: Nullable(Type.Boolean()),
  verificationResult: Nullable(Type.String({ description: '拜访核查：confirmed 属实 / denied 客户否认' })),
  salespersonId: Nullable(Type.Integer()),
  salespersonName: Nullable(Type.String()),
  salespersonRating: Nullable(Type.Integer()),
  salespersonComplaint: Type.Boolean(),
  actions: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.Integer(),
        kind: Type.String({
          description: Object.entries(RECORD_ACTIONS)
            .map(([k, v]) => `${k} ${v.zh}`)
            .join(' / '),
        }),
        note: Nullable(Type.String()),
        taskId: Nullable(Type.Integer()),
        byName: Type.String(),
        createdAt: DateTime,
      }),
      { description: '从该记录采取的行动（仅单条记录返回）' },
    ),
  ),
});

const ReviewQueueItem = Type.Object({
  reviewId: Type.Integer(),
  round: Type.Integer({ description: '第几次提交审核' }),
  submittedAt: DateTime,
  status: Type.String({ description: 'pending 待审核 / approved 已签字 / rejected 已退回' }),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  comment: Nullable(Type.String()),
  record: RecordJson,
});

export function followupRecordRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['followup-records 回访记录'];
    app.post(
      '/followup-records',
      {
        schema: {
          tags,
          summary: '登记回访记录（任务随之完成；下次回访日期生成新任务；差评或投诉登记问题请求）',
          body: RecordBody,
          response: { 201: RecordJson, ...problemResponses(404, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createRecord(db, contextOf(request), timeZone, request.body)),
    );
    app.get(
      '/followup-records',
      {
        schema: {
          tags,
          summary: '回访记录（自己登记的，及数据范围内客户的），按回访时间倒序',
          querystring: Type.Object({
            customerId: Type.Optional(Id),
            staffId: Type.Optional(Id),
            reviewStatus: Type.Optional(Type.Enum(['provisional', 'approved', 'returned'])),
            method: Type.Optional(Type.Enum(Object.keys(FOLLOWUP_METHODS))),
            from: Type.Optional(Day),
            to: Type.Optional(Day),
            poor: Type.Optional(Type.Boolean({ description: '满意度为差或很差' })),
            issueRequested: Type.Optional(Type.Boolean()),
            reviewOverdue: Type.Optional(Type.Boolean({ description: '审核逾期' })),
            verification: Type.Optional(Type.Enum(Object.keys(VERIFICATION_RESULTS))),
            salespersonId: Type.Optional(Id),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(RecordJson), ...problemResponses() },
        },
      },
      async (request) => service.listRecords(db, contextOf(request), timeZone, request.query),
    );
    app.put(
      '/followup-records/:id',
      {
        schema: {
          tags,
          summary: '登记人修改回访记录（待审核或被退回时；被退回的修改后重新提交审核）',
          params: IdParam,
          body: Type.Omit(RecordBody, ['taskId', 'customerId']),
          response: { 200: RecordJson, ...problemResponses(404, 409) },
        },
      },
      async (request) => service.updateRecord(db, contextOf(request), request.params.id, request.body),
    );
    for (const action of ['approve', 'return'] as const) {
      app.post(
        `/followup-records/:id/${action}`,
        {
          schema: {
            tags,
            summary:
              action === 'approve'
                ? '主管审核签字（记录转为正式）'
                : '主管退回回访记录（须填写意见；登记人修改后重新提交）',
            params: IdParam,
            body: Type.Object({
              comment:
                action === 'approve'
                  ? Type.Optional(Type.String({ maxLength: 2000 }))
                  : Type.String({ maxLength: 2000 }),
            }),
            response: { 200: RecordJson, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          service.reviewRecord(
            db,
            contextOf(request),
            request.params.id,
            action,
            request.body.comment ?? null,
          ),
      );
    }
    app.post(
      '/followup-records/:id/actions',
      {
        schema: {
          tags,
          summary:
            '从回访记录采取行动：转上门回访、中肯意见上门拜访（生成上门任务）、转研发技术部门、上报总裁办',
          params: IdParam,
          body: Type.Object({
            kind: Type.Enum(Object.keys(RECORD_ACTIONS)),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          }),
          response: {
            201: Type.Object({ id: Type.Integer(), kind: Type.String(), taskId: Nullable(Type.Integer()) }),
            ...problemResponses(404, 409),
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await takeAction(db, contextOf(request), timeZone, request.params.id, {
            kind: request.body.kind as RecordAction,
            note: request.body.note,
          }),
        ),
    );
    app.get(
      '/record-reviews',
      {
        schema: {
          tags,
          summary: '审核队列：待我审核的（to_approve）、我提交的（mine）、我管辖范围内全部的（all）',
          querystring: Type.Object({
            box: Type.Enum(['to_approve', 'mine', 'all']),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(ReviewQueueItem), ...problemResponses() },
        },
      },
      async (request) => service.reviewQueue(db, contextOf(request), request.query),
    );
    app.get(
      '/followup-records/:id',
      {
        schema: {
          tags,
          summary: '回访记录',
          params: IdParam,
          response: { 200: RecordJson, ...problemResponses(404) },
        },
      },
      async (request) => service.getRecord(db, contextOf(request), request.params.id),
    );
  };
}
