import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { ATTEMPT_OUTCOMES, LOGGED_OUTCOMES } from '../../../domain/followups/attempts.ts';
import { WORKLIST_MAX_ROWS, WORKLIST_PAGE, WORKLIST_SECTIONS } from '../../../domain/followups/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, Id, IdParam, Nullable, problemResponses } from '../../http/schemas.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { Task } from '../followups/routes.ts';
import * as service from './service.ts';

const Window = Type.Object({ start: Type.String(), end: Type.String() });
const BestTime = Type.Object(
  {
    basis: Type.Enum(['learned', 'preferred'], {
      description: 'learned 按该客户以往接听的时段；preferred 接听记录不足时用公司优先联系时段',
    }),
    windows: Type.Array(Window),
    answered: Type.Integer({ description: '学习所依据的接听次数' }),
  },
  { description: '最佳致电时间' },
);

/** A worklist row: the task as the list shows it (the task card has the rest), and when to call. */
const WorklistTask = Type.Intersect([
  Type.Pick(Task, [
    'id',
    'customerId',
    'customerCode',
    'customerName',
    'assigneeId',
    'assigneeName',
    'type',
    'method',
    'priority',
    'status',
    'startAt',
    'dueAt',
    'nextAttemptAt',
    'attempts',
    'failedAttempts',
    'endReason',
    'contactDespiteDnc',
    'signatureRequired',
    'calendarUncovered',
  ]),
  Type.Object({
    customerTier: Nullable(Type.String()),
    doNotContact: Type.Boolean(),
    primaryContactName: Nullable(Type.String({ description: '主要联系人（脱敏）' })),
    primaryContactMobile: Nullable(Type.String({ description: '主要联系人手机（脱敏）' })),
    bestTime: Nullable(BestTime),
    suggestedAt: Nullable(DateTime),
    inBestTimeNow: Type.Boolean({ description: '此刻正处于该客户的最佳致电时间' }),
  }),
]);

const Contact = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  position: Nullable(Type.String()),
  mobile: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  isPrimary: Type.Boolean(),
  masked: Type.Boolean(),
});

const Words = Type.Object({ zh: Type.String(), en: Type.String() });

const TaskCard = Type.Intersect([
  Task,
  Type.Object({
    customerTier: Nullable(Type.String()),
    doNotContact: Type.Boolean(),
    contactsExposure: Type.Enum(['full', 'masked', 'hidden']),
    contacts: Type.Array(Contact),
    ruleName: Nullable(Type.String()),
    script: Type.String({ description: '话术' }),
    questionnaire: Type.Array(
      Type.Object({ question: Type.String(), kind: Type.String(), options: Type.Array(Type.String()) }),
    ),
    preparation: Type.Array(Type.Object({ item: Words, checks: Type.Array(Words) }), {
      description: '客户回访准备事项',
    }),
    agreeBy: Nullable(
      Type.String({ format: 'date', description: '上门回访须在此日前与客户约定时间地点（提前 3 天）' }),
    ),
    bestTime: BestTime,
    lastRecords: Type.Array(
      Type.Object({
        id: Type.Integer(),
        number: Type.String(),
        method: Type.String(),
        contactedAt: DateTime,
        serviceSatisfaction: Nullable(Type.Integer()),
        productSatisfaction: Nullable(Type.Integer()),
        keyPoints: Nullable(Type.String()),
        opinions: Nullable(Type.String()),
        result: Nullable(Type.String()),
        staffName: Type.String(),
      }),
    ),
    attemptLog: Type.Array(
      Type.Object({
        id: Type.Integer(),
        outcome: Type.String(),
        attemptedAt: DateTime,
        callbackAt: Nullable(DateTime),
        note: Nullable(Type.String()),
        staffName: Type.String(),
      }),
    ),
  }),
]);

const Counts = Type.Object({
  now: Type.Integer(),
  overdue: Type.Integer(),
  upcoming: Type.Integer(),
  callbacks: Type.Integer(),
});

export function worklistRoutes(
  db: Kysely<Database>,
  cipher: FieldCipher,
  timeZone: string,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['worklist 工作台'];
    app.get(
      '/worklist',
      {
        schema: {
          tags,
          summary: '工作台：当前待办（紧急优先）、已逾期、即将开始（7 天内）、待回拨；主管可查看团队成员的',
          querystring: Type.Object({
            assigneeId: Type.Optional(Id),
            limit: Type.Optional(
              Type.Integer({
                minimum: 1,
                maximum: WORKLIST_MAX_ROWS,
                description: `每部分条数，默认 ${WORKLIST_PAGE}`,
              }),
            ),
            section: Type.Optional(
              Type.Enum([...WORKLIST_SECTIONS], {
                description: '只取这一部分的任务（加载更多）；计数总是四部分',
              }),
            ),
          }),
          response: {
            200: Type.Object({
              assigneeId: Type.Integer(),
              counts: Counts,
              now: Type.Array(WorklistTask),
              overdue: Type.Array(WorklistTask),
              upcoming: Type.Array(WorklistTask),
              callbacks: Type.Array(WorklistTask),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.worklist(db, contextOf(request), timeZone, request.query),
    );
    app.get(
      '/worklist/team',
      {
        schema: {
          tags,
          summary: '团队视图：团队成员每人每天的任务（待执行、逾期、完成、未接通）',
          querystring: Type.Object({
            from: Type.Optional(Type.String({ format: 'date' })),
            to: Type.Optional(Type.String({ format: 'date' })),
          }),
          response: {
            200: Type.Object({
              from: Type.String({ format: 'date' }),
              to: Type.String({ format: 'date' }),
              people: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  name: Type.String(),
                  overdueBefore: Type.Integer({ description: '开始于所选日期之前、至今仍逾期的任务数' }),
                }),
              ),
              days: Type.Array(
                Type.Object({
                  assigneeId: Type.Integer(),
                  name: Type.String(),
                  date: Type.String({ format: 'date' }),
                  open: Type.Integer(),
                  overdue: Type.Integer(),
                  done: Type.Integer(),
                  unreachable: Type.Integer(),
                }),
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.teamView(db, contextOf(request), timeZone, request.query),
    );
    app.get(
      '/worklist/calendar',
      {
        schema: {
          tags,
          summary:
            '回访日历：某月每天开始的任务数（按公司时区的开始日期；待执行、逾期、完成、未接通，不含已取消）——本人的；主管可看团队成员的或全组的',
          querystring: Type.Object({
            month: Type.Optional(
              Type.String({ maxLength: 7, description: '月份 YYYY-MM，默认本月（公司时区）' }),
            ),
            assigneeId: Type.Optional(Id),
            team: Type.Optional(
              Type.Boolean({
                description: '全组：数据范围内在职的回访人员；需派工权限，不能与 assigneeId 同用',
              }),
            ),
          }),
          response: {
            200: Type.Object({
              month: Type.String(),
              from: Type.String({ format: 'date' }),
              to: Type.String({ format: 'date' }),
              assigneeId: Nullable(Type.Integer({ description: '所看的回访人员；全组时为空' })),
              team: Type.Boolean(),
              days: Type.Array(
                Type.Object({
                  date: Type.String({ format: 'date' }),
                  open: Type.Integer({ description: '待执行、进行中' }),
                  overdue: Type.Integer(),
                  done: Type.Integer(),
                  unreachable: Type.Integer(),
                }),
                { description: '只列有任务的日子' },
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.calendar(db, contextOf(request), timeZone, request.query),
    );
    app.get(
      '/followup-tasks/:id',
      {
        schema: {
          tags: ['followup-tasks 回访任务'],
          summary:
            '任务详情：客户联系人（按权限脱敏）、话术、问卷、准备事项、最佳致电时间、最近回访、联系记录',
          params: IdParam,
          response: { 200: TaskCard, ...problemResponses(404) },
        },
      },
      async (request) => service.taskCard(db, contextOf(request), cipher, timeZone, request.params.id),
    );
    app.post(
      '/followup-tasks/:id/attempts',
      {
        schema: {
          tags: ['followup-tasks 回访任务'],
          summary: '登记联系结果（未接通、忙线、号码错误、拒访、约定回拨）：在联系时段内改期，或结束任务',
          params: IdParam,
          body: Type.Object({
            outcome: Type.Enum([...LOGGED_OUTCOMES], {
              description: LOGGED_OUTCOMES.map((o) => `${o} ${ATTEMPT_OUTCOMES[o].zh}`).join(' / '),
            }),
            callbackAt: Type.Optional(DateTime),
            note: Type.Optional(Type.String({ maxLength: 1000 })),
            contactId: Type.Optional(Id),
          }),
          response: { 200: TaskCard, ...problemResponses(404, 409) },
        },
      },
      async (request) =>
        service.logAttempt(db, contextOf(request), cipher, timeZone, request.params.id, request.body),
    );
    app.post(
      '/followup-tasks/:id/reassign',
      {
        schema: {
          tags: ['followup-tasks 回访任务'],
          summary: '改派任务给团队中的其他回访人员',
          params: IdParam,
          body: Type.Object({ assigneeId: Id, reason: Type.Optional(Type.String({ maxLength: 500 })) }),
          response: { 200: Task, ...problemResponses(404, 409) },
        },
      },
      async (request) => service.reassign(db, contextOf(request), request.params.id, request.body),
    );
  };
}
