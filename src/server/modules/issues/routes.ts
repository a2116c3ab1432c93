import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { ISSUE_CHANNEL_KEYS, ISSUE_STATUS_KEYS, URGENCY_KEYS } from '../../../domain/issues/vocabulary.ts';
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
import { editIssue } from './edit.ts';
import { linkDuplicate, sendOpenLetter } from './links.ts';
import { IssuePlan, issuePlanRoutes } from './plan-routes.ts';
import * as plans from './plans.ts';
import { slaPolicyRoutes } from './policy-routes.ts';
import * as service from './service.ts';
import * as transitions from './transitions.ts';

const Status = Type.Enum(ISSUE_STATUS_KEYS, {
  description: 'pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理',
});
const Urgency = Type.Enum(URGENCY_KEYS, { description: 'normal 一般 / urgent 紧急 / major 重大' });
const Channel = Type.Enum(ISSUE_CHANNEL_KEYS, {
  description: 'phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈',
});
const Text = (maxLength: number) => Type.String({ maxLength });

const IssueSummary = Type.Object({
  id: Type.Integer(),
  number: Type.String({ description: '问题编号 WT+年月+序号' }),
  customerId: Nullable(Type.Integer()),
  customerCode: Nullable(Type.String()),
  customerName: Nullable(Type.String()),
  channel: Channel,
  anonymous: Type.Boolean(),
  reporterName: Nullable(Type.String()),
  replyOnly: Type.Boolean({ description: '仅需答复（不回访）' }),
  category: Nullable(Type.String()),
  description: Type.String(),
  urgency: Urgency,
  raisedAt: DateTime,
  registeredAt: DateTime,
  expectedResolutionAt: Nullable(DateTime),
  departmentId: Nullable(Type.Integer()),
  departmentName: Nullable(Type.String()),
  ownerId: Type.Integer({ description: '第一负责人' }),
  ownerName: Type.String(),
  status: Status,
  allowedNext: Type.Array(Status, { description: '可流转到的状态' }),
  firstResponseAt: Nullable(DateTime),
  firstResponseDueAt: DateTime,
  solutionDueAt: DateTime,
  clock: Type.Enum(['wall', 'working'], { description: '计时：自然时间 / 工作时间' }),
  pausedAt: Nullable(DateTime),
  cycle: Type.Integer({ description: '第几轮处理（重开后加一）' }),
  resolvedAt: Nullable(DateTime),
  closedAt: Nullable(DateTime),
  satisfaction: Nullable(Type.Integer()),
  escalationLevel: Nullable(Type.Enum(['remind', 'supervisor', 'department_head'])),
  duplicateOfId: Nullable(Type.Integer({ description: '重复反映：并入的问题' })),
  promisedReplyAt: Nullable(DateTime),
  promisedReplyMetAt: Nullable(DateTime),
  breached: Type.Object({
    firstResponse: Type.Boolean(),
    solution: Type.Boolean(),
    promisedReply: Type.Boolean({ description: '承诺答复客户的时间已过而未告知' }),
  }),
  version: Type.Integer(),
});

const Issue = Type.Intersect([
  IssueSummary,
  Type.Object({
    reporterPhone: Nullable(Type.String()),
    validity: Nullable(Type.Enum(['valid', 'invalid'])),
    validityReply: Nullable(Type.String()),
    responsibility: Nullable(Type.Enum(['personal', 'team'])),
    atFaultUserId: Nullable(Type.Integer()),
    atFaultUserName: Nullable(Type.String()),
    rootCause: Nullable(Type.String()),
    solution: Nullable(Type.String()),
    noActionReason: Nullable(Type.String()),
    recordId: Nullable(Type.Integer()),
    recordNumber: Nullable(Type.String({ description: '来源回访记录编号' })),
    registeredById: Type.Integer(),
    registeredByName: Nullable(Type.String()),
    duplicateOf: Nullable(Type.Object({ id: Type.Integer(), number: Type.String() })),
    duplicates: Type.Array(
      Type.Object({
        id: Type.Integer(),
        number: Type.String(),
        channel: Type.String(),
        customerName: Nullable(Type.String()),
        raisedAt: DateTime,
      }),
      { description: '并入本问题的重复反映' },
    ),
    letters: Type.Array(
      Type.Object({
        id: Type.Integer(),
        title: Type.String(),
        body: Type.String(),
        createdByName: Type.String(),
        createdAt: DateTime,
        issueCount: Type.Integer({ description: '这封公开信答复的问题数' }),
      }),
      { description: '答复本问题的公开信' },
    ),
    planRequired: Type.Boolean({ description: '处理方案须经领导审批后方可解决（按 SLA 策略）' }),
    plans: Type.Array(IssuePlan, { description: '处理方案（含各轮），旧的在前' }),
    timeline: Type.Array(
      Type.Object({
        id: Type.Integer(),
        kind: Type.String(),
        fromStatus: Nullable(Type.String()),
        toStatus: Nullable(Type.String()),
        deadline: Nullable(Type.String()),
        step: Nullable(Type.String()),
        cycle: Nullable(Type.Integer()),
        note: Nullable(Type.String()),
        recipientId: Nullable(Type.Integer()),
        recipientName: Nullable(Type.String()),
        actorName: Nullable(Type.String()),
        customerInformed: Nullable(Type.Boolean({ description: '处理进度：是否已同步告知客户' })),
        changedFields: Type.Array(Type.String(), { description: '修改：改了哪些字段' }),
        satisfaction: Nullable(Type.Integer({ description: '回访结果：满意度' })),
        at: DateTime,
      }),
    ),
    escalations: Type.Array(
      Type.Object({
        deadline: Nullable(Type.String()),
        step: Nullable(Type.String()),
        cycle: Nullable(Type.Integer()),
        recipientId: Nullable(Type.Integer()),
        recipientName: Nullable(Type.String()),
        at: DateTime,
      }),
    ),
    revisits: Type.Array(
      Type.Object({
        taskId: Type.Integer(),
        type: Type.String(),
        status: Type.String(),
        assigneeId: Nullable(Type.Integer()),
        assigneeName: Nullable(Type.String()),
        dueAt: DateTime,
        recordId: Nullable(Type.Integer()),
        recordNumber: Nullable(Type.String()),
        satisfaction: Nullable(Type.Integer()),
      }),
    ),
  }),
]);

const STATUS_LIST = `^(${ISSUE_STATUS_KEYS.join('|')})(,(${ISSUE_STATUS_KEYS.join('|')}))*$`;
const URGENCY_LIST = `^(${URGENCY_KEYS.join('|')})(,(${URGENCY_KEYS.join('|')}))*$`;

export function issueRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['issues 问题与投诉'];
    const env = { timeZone, log: app.log };
    await app.register(slaPolicyRoutes(db));
    await app.register(issuePlanRoutes(db));
    app.get(
      '/issues',
      {
        schema: {
          tags,
          summary: '问题列表（数据范围内），按提出时间倒序',
          querystring: Type.Object({
            status: Type.Optional(Type.String({ pattern: STATUS_LIST, description: '逗号分隔多个' })),
            urgency: Type.Optional(Type.String({ pattern: URGENCY_LIST, description: '逗号分隔多个' })),
            category: Type.Optional(Text(50)),
            departmentId: Type.Optional(Id),
            ownerId: Type.Optional(Id),
            customerId: Type.Optional(Id),
            mine: Type.Optional(Type.Boolean({ description: '我负责的' })),
            myDepartment: Type.Optional(Type.Boolean({ description: '本部门的' })),
            breaching: Type.Optional(Type.Boolean({ description: '已超时未解决' })),
            q: Type.Optional(Type.String({ maxLength: 100, description: '编号、描述或客户名称' })),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(IssueSummary), ...problemResponses() },
        },
      },
      async (request) => {
        const { status, urgency, limit, cursor, ...rest } = request.query;
        return service.listIssues(
          db,
          contextOf(request),
          { ...rest, status: status?.split(','), urgency: urgency?.split(',') },
          { limit: limit ?? 50, after: decodeCursor(cursor) },
        );
      },
    );
    app.post(
      '/issues',
      {
        schema: {
          tags,
          summary: '登记问题/投诉：按紧急程度与分类的 SLA 计算期限（自提出时间起）；紧急/重大立即通知主管',
          body: Type.Object({
            customerId: Type.Optional(Id),
            channel: Channel,
            anonymous: Type.Optional(Type.Boolean()),
            reporterName: Type.Optional(Text(50)),
            reporterPhone: Type.Optional(Text(30)),
            replyOnly: Type.Optional(Type.Boolean()),
            category: Type.Optional(Text(50)),
            description: Type.String({ minLength: 1, maxLength: 4000 }),
            urgency: Urgency,
            raisedAt: DateTime,
            expectedResolutionAt: Type.Optional(DateTime),
            departmentId: Type.Optional(Id),
            ownerId: Type.Optional(Id),
            promisedReplyAt: Type.Optional(DateTime),
          }),
          response: { 201: Issue, ...problemResponses() },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.registerIssue(db, contextOf(request), timeZone, request.body)),
    );
    app.get(
      '/issues/:id',
      {
        schema: {
          tags,
          summary: '问题详情：时间线、升级记录、解决后回访',
          params: IdParam,
          response: { 200: Issue, ...problemResponses(404) },
        },
      },
      async (request) => service.getIssue(db, contextOf(request), request.params.id),
    );
    app.patch(
      '/issues/:id',
      {
        schema: {
          tags,
          summary:
            '修改问题：第一负责人、责任部门、分类、紧急程度（重算期限）、投诉成立与否、责任性质、根本原因等',
          params: IdParam,
          body: Type.Object({
            version: Type.Integer({ minimum: 1, description: '读取时的版本（他人已修改则 409）' }),
            ownerId: Type.Optional(Id),
            departmentId: Type.Optional(Nullable(Id)),
            category: Type.Optional(Nullable(Text(50))),
            urgency: Type.Optional(Urgency),
            expectedResolutionAt: Type.Optional(Nullable(DateTime)),
            promisedReplyAt: Type.Optional(Nullable(DateTime)),
            validity: Type.Optional(
              Nullable(Type.Enum(['valid', 'invalid'], { description: '投诉成立 / 不成立' })),
            ),
            validityReply: Type.Optional(Nullable(Text(2000))),
            responsibility: Type.Optional(
              Nullable(Type.Enum(['personal', 'team'], { description: '个人责任 / 团队责任' })),
            ),
            atFaultUserId: Type.Optional(Nullable(Id)),
            rootCause: Type.Optional(Nullable(Text(2000))),
          }),
          response: { 200: Issue, ...problemResponses(404, 409) },
        },
      },
      async (request) => editIssue(db, contextOf(request), timeZone, request.params.id, request.body),
    );
    app.post(
      '/issues/:id/transitions',
      {
        schema: {
          tags,
          summary: '状态流转；非法流转 409 并列出可流转状态。已解决须填解决方案；无需处理、重新处理须填原因',
          params: IdParam,
          body: Type.Object({
            to: Status,
            solution: Type.Optional(Text(4000)),
            rootCause: Type.Optional(Text(2000)),
            reason: Type.Optional(Text(2000)),
            targetAt: Type.Optional(DateTime),
            satisfaction: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
          }),
          response: { 200: Issue, ...problemResponses(404, 409) },
        },
      },
      async (request) => transitions.moveIssue(db, contextOf(request), env, request.params.id, request.body),
    );
    app.post(
      '/issues/:id/duplicate-of',
      {
        schema: {
          tags,
          summary: '重复反映：并入已登记的同一问题（本问题转为无需处理，统计只计一次）',
          params: IdParam,
          body: Type.Object({ issueId: Id }),
          response: { 200: Issue, ...problemResponses(404, 409) },
        },
      },
      async (request) => linkDuplicate(db, contextOf(request), request.params.id, request.body.issueId),
    );
    app.post(
      '/open-letters',
      {
        schema: {
          tags,
          summary: '公开信：一封答复关联到多个同类问题，保存在每个问题下',
          body: Type.Object({
            title: Type.String({ minLength: 1, maxLength: 200 }),
            body: Type.String({ minLength: 1, maxLength: 20000 }),
            issueIds: Type.Array(Id, { minItems: 1, maxItems: 500 }),
          }),
          response: {
            201: Type.Object({ id: Type.Integer(), issueIds: Type.Array(Type.Integer()) }),
            ...problemResponses(404),
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await sendOpenLetter(db, contextOf(request), request.body)),
    );
    app.post(
      '/issues/:id/plans',
      {
        schema: {
          tags,
          summary: '提交处理方案，报领导审批（待处理的问题随之转为处理中）',
          params: IdParam,
          body: Type.Object({ plan: Type.String({ minLength: 1, maxLength: 4000 }) }),
          response: { 201: Issue, ...problemResponses(404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await plans.submitPlan(db, contextOf(request), request.params.id, request.body.plan)),
    );
    app.post(
      '/issues/:id/progress',
      {
        schema: {
          tags,
          summary: '记录处理进度（首次记录即首次响应）',
          params: IdParam,
          body: Type.Object({
            note: Type.String({ minLength: 1, maxLength: 2000 }),
            customerInformed: Type.Optional(Type.Boolean({ description: '已同步告知客户' })),
          }),
          response: { 200: Issue, ...problemResponses(404) },
        },
      },
      async (request) => transitions.addProgress(db, contextOf(request), request.params.id, request.body),
    );
    for (const [verb, pause, summary] of [
      ['pause', true, '暂停计时（等待客户），须填原因'],
      ['resume', false, '恢复计时：期限顺延暂停的时间'],
    ] as const) {
      app.post(
        `/issues/:id/${verb}`,
        {
          schema: {
            tags,
            summary,
            params: IdParam,
            body: Type.Object({ reason: Type.Optional(Text(500)) }),
            response: { 200: Issue, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          transitions.pauseIssue(db, contextOf(request), timeZone, request.params.id, {
            pause,
            reason: request.body?.reason,
          }),
      );
    }
  };
}
