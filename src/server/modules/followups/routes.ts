import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { PRESET_KEYS } from '../../../domain/followups/presets.ts';
import type { RuleDefinition } from '../../../domain/followups/rules.ts';
import { FOLLOWUP_METHODS, FOLLOWUP_TYPES, TASK_STATUSES } from '../../../domain/followups/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { CursorParam, DateTime, Id, Limit, Nullable, Page, problemResponses } from '../../http/schemas.ts';
import { RuleDefinitionSchema } from '../followup-rules/schemas.ts';
import { installPreset, listPresets } from './presets.ts';
import * as service from './service.ts';

/** 'key 中文 / …' for a schema's description. */
const labelsOf = (words: Record<string, { zh: string }>) =>
  Object.entries(words)
    .map(([key, word]) => `${key} ${word.zh}`)
    .join(' / ');

export const Task = Type.Object({
  id: Type.Integer(),
  customerId: Type.Integer(),
  customerCode: Type.String(),
  customerName: Type.String(),
  assigneeId: Nullable(Type.Integer()),
  assigneeName: Nullable(Type.String()),
  ruleId: Nullable(Type.Integer()),
  ruleVersion: Nullable(Type.Integer()),
  type: Type.String({
    description: Object.entries(FOLLOWUP_TYPES)
      .map(([k, v]) => `${k} ${v.zh}`)
      .join(' / '),
  }),
  method: Type.String({
    description: Object.entries(FOLLOWUP_METHODS)
      .map(([k, v]) => `${k} ${v.zh}`)
      .join(' / '),
  }),
  priority: Type.String(),
  status: Type.String({ description: labelsOf(TASK_STATUSES) }),
  startAt: DateTime,
  dueAt: DateTime,
  nextAttemptAt: Nullable(DateTime),
  attempts: Type.Integer(),
  eventKind: Nullable(Type.String()),
  eventAt: Nullable(DateTime),
  contactDespiteDnc: Type.Boolean({ description: '客户要求免打扰，但为未结投诉的必要服务回访' }),
  signatureRequired: Type.Boolean(),
  calendarUncovered: Type.Boolean({ description: '截止日期用到了无人录入节假日安排的年份（仅按周末计算）' }),
  createdAt: DateTime,
  failedAttempts: Type.Integer({ description: '失败的联系次数（未接通、忙线、号码错误）' }),
  endReason: Nullable(
    Type.String({
      description:
        '任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer）',
    }),
  ),
  completedAt: Nullable(DateTime),
  recordId: Nullable(Type.Integer({ description: '完成任务的回访记录' })),
});

const DateOrTime = Type.Union([Type.String({ format: 'date' }), Type.String({ format: 'date-time' })]);

export function followupRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/followup-tasks',
      {
        schema: {
          tags: ['followup-tasks 回访任务'],
          summary:
            '回访任务（自己的，及数据范围内客户的），按截止时间排序；dueFrom/dueTo、startFrom/startTo 为日期时按公司时区的整天（含结束日）',
          querystring: Type.Object({
            customerId: Type.Optional(Id),
            assigneeId: Type.Optional(Id),
            ruleId: Type.Optional(Id),
            status: Type.Optional(
              Type.String({ maxLength: 100, description: '状态，可用逗号分隔多个：pending,overdue' }),
            ),
            dueFrom: Type.Optional(DateOrTime),
            dueTo: Type.Optional(DateOrTime),
            startFrom: Type.Optional(DateOrTime),
            startTo: Type.Optional(DateOrTime),
            team: Type.Optional(
              Type.Boolean({ description: '只看本组（数据范围内在职的回访人员）的任务；需派工权限' }),
            ),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(Task), ...problemResponses() },
        },
      },
      async (request) => service.listTasks(db, contextOf(request), timeZone, request.query),
    );

    app.post(
      '/followup-rules/preview',
      {
        schema: {
          tags: ['followup-rules 回访规则'],
          summary: '规则预览：未来若干天（默认 30 天）将为现有客户生成的任务数，按日与执行人（不写入）',
          body: Type.Object({
            definition: RuleDefinitionSchema,
            ruleId: Type.Optional(Id),
            days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
          }),
          response: {
            200: Type.Object({
              basis: Type.Enum(['schedule', 'past_events'], {
                description: 'schedule 按规则周期推算；past_events 事件规则按过去同样天数的事件估算',
              }),
              total: Type.Integer(),
              days: Type.Array(Type.Object({ date: Type.String({ format: 'date' }), tasks: Type.Integer() })),
              assignees: Type.Array(
                Type.Object({
                  assigneeId: Nullable(Type.Integer()),
                  assigneeName: Nullable(Type.String()),
                  tasks: Type.Integer(),
                }),
              ),
              uncoveredYears: Type.Array(Type.Integer()),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) =>
        service.preview(db, contextOf(request), timeZone, {
          ...request.body,
          definition: request.body.definition as RuleDefinition,
        }),
    );

    const presetTags = ['followup-presets 行业模板'];
    app.get(
      '/followup-presets',
      {
        schema: {
          tags: presetTags,
          summary: '行业模板及其规则',
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  key: Type.Enum([...PRESET_KEYS]),
                  nameZh: Type.String(),
                  nameEn: Type.String(),
                  description: Type.String(),
                  installedRules: Type.Integer(),
                  rules: Type.Array(
                    Type.Object({
                      key: Type.String(),
                      name: Type.String(),
                      description: Type.String(),
                      type: Type.String(),
                      method: Type.String(),
                      trigger: RuleDefinitionSchema.properties.trigger,
                      samplingRate: Type.Number(),
                    }),
                  ),
                }),
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => ({ items: await listPresets(db, contextOf(request)) }),
    );
    app.post(
      '/followup-presets/:key/install',
      {
        schema: {
          tags: presetTags,
          summary: '安装行业模板（规则为启用状态；重复安装不会重复添加）',
          params: Type.Object({ key: Type.String({ maxLength: 30 }) }),
          body: Type.Optional(Type.Object({})),
          response: {
            200: Type.Object({ preset: Type.String(), installed: Type.Integer(), skipped: Type.Integer() }),
            ...problemResponses(404),
          },
        },
      },
      async (request) => installPreset(db, contextOf(request), request.params.key),
    );
  };
}
