import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import {
  DEADLINES,
  type Deadline,
  ESCALATION_STEPS,
  URGENCIES,
  URGENCY_KEYS,
} from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, Id, Nullable, problemResponses, XlsxFile } from '../../http/schemas.ts';
import { type SheetColumn, zoneTime } from '../../http/xlsx.ts';
import { sendExport } from '../exports/policy.ts';
import { breachBoard, breachBoardExport } from './breach-board.ts';
import {
  BOARD_LEVELS,
  BOARD_SORTS,
  type BoardFilter,
  type BoardItem,
  type BoardLevel,
} from './breach-board-repository.ts';

const Level = Type.Enum([...BOARD_LEVELS], {
  description: 'none 未升级 / remind 已提醒 / supervisor 已升级主管 / department_head 已升级部门负责人',
});
const Urgency = Type.Enum(URGENCY_KEYS, { description: 'normal 一般 / urgent 紧急 / major 重大' });
const DeadlineKey = Type.Enum(Object.keys(DEADLINES) as Deadline[]);

const Query = Type.Object(
  {
    departmentId: Type.Optional(Id),
    urgency: Type.Optional(Urgency),
    level: Type.Optional(Level),
    sort: Type.Optional(
      Type.Enum([...BOARD_SORTS], {
        description: 'overdue 超时时长（默认）/ level 升级级别 / urgency 紧急程度',
      }),
    ),
    order: Type.Optional(Type.Enum(['desc', 'asc'], { description: '默认 desc：超时最久、级别最高在前' })),
  },
  // The board is as of now: a time given in the query (asOf …) is refused, not ignored.
  { additionalProperties: false },
);

const Counts = {
  total: Type.Integer(),
  byLevel: Type.Record(Level, Type.Integer()),
  byUrgency: Type.Record(Urgency, Type.Integer()),
};

const Board = Type.Object({
  asOf: DateTime,
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      number: Type.String(),
      customerId: Nullable(Type.Integer()),
      customerName: Nullable(Type.String()),
      anonymous: Type.Boolean(),
      urgency: Urgency,
      status: Type.Enum(['pending', 'in_progress']),
      departmentId: Nullable(Type.Integer()),
      departmentName: Nullable(Type.String()),
      ownerId: Type.Integer(),
      ownerName: Type.String(),
      raisedAt: DateTime,
      pausedAt: Nullable(DateTime),
      breaches: Type.Array(
        Type.Object({
          deadline: DeadlineKey,
          dueAt: DateTime,
          stoppedAt: Nullable(
            Type.String({ format: 'date-time', description: '计时暂停于（该期限的超时时长停在此刻）' }),
          ),
        }),
        { description: '已超时未完成的期限，最早到期在前' },
      ),
      overdueMinutes: Type.Integer({ description: '超时最久的期限已超时多少分钟（暂停的算到暂停时）' }),
      level: Level,
    }),
    { description: '超时最久的 500 条（汇总计全部）' },
  ),
  summary: Type.Object({
    ...Counts,
    departments: Type.Array(
      Type.Object({
        departmentId: Nullable(Type.Integer()),
        departmentName: Nullable(Type.String()),
        ...Counts,
      }),
    ),
  }),
});

const LEVEL_ZH: Record<BoardLevel, string> = {
  none: '未升级',
  ...Object.fromEntries(Object.entries(ESCALATION_STEPS).map(([k, w]) => [k, w.zh])),
} as Record<BoardLevel, string>;
const SORT_ZH = { overdue: '超时时长', level: '升级级别', urgency: '紧急程度' };

const columns = (timeZone: string): SheetColumn<BoardItem>[] => {
  const local = (iso: string | null) => (iso ? zoneTime(iso, timeZone) : null);
  return [
    { header: '问题编号', width: 14, value: (r) => r.number },
    { header: '客户', width: 28, value: (r) => r.customerName ?? (r.anonymous ? '匿名' : null) },
    { header: '紧急程度', width: 10, value: (r) => URGENCIES[r.urgency].zh },
    { header: '责任部门', width: 16, value: (r) => r.departmentName },
    { header: '第一负责人', width: 12, value: (r) => r.ownerName },
    {
      header: '超时期限',
      width: 24,
      value: (r) => r.breaches.map((b) => DEADLINES[b.deadline].zh).join('、'),
    },
    { header: '最早到期时间', width: 20, value: (r) => local(r.breaches[0]?.dueAt ?? null) },
    { header: '超时时长（小时）', width: 16, value: (r) => Math.round(r.overdueMinutes / 6) / 10 },
    { header: '计时暂停', width: 10, value: (r) => (r.pausedAt ? `是（${local(r.pausedAt)}起）` : '否') },
    { header: '升级级别', width: 24, value: (r) => LEVEL_ZH[r.level] },
  ];
};

/** The filters in words for the export's 导出信息 sheet: 全部 where none is set. */
function filterWords(filter: BoardFilter, departmentName: string | null) {
  return {
    责任部门: departmentName ?? '全部',
    紧急程度: filter.urgency ? URGENCIES[filter.urgency].zh : '全部',
    升级级别: filter.level ? LEVEL_ZH[filter.level] : '全部',
    排序: `${SORT_ZH[filter.sort ?? 'overdue']}（${filter.order === 'asc' ? '从低到高' : '从高到低'}）`,
  };
}

/** 超时看板 and its export, for whoever handles escalations (issues.escalate). */
export function breachBoardRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['issues 问题与投诉'];
    app.get(
      '/issues/breach-board',
      {
        schema: {
          tags,
          summary: '超时看板：数据范围内此刻已超时的未结问题、最高升级级别，按部门汇总',
          querystring: Query,
          response: { 200: Board, ...problemResponses() },
        },
      },
      async (request) => breachBoard(db, contextOf(request), request.query),
    );
    app.get(
      '/issues/breach-board/export',
      {
        schema: {
          tags,
          summary: '导出超时看板 (.xlsx，导出信息页写明筛选条件)',
          querystring: Query,
          response: { 200: XlsxFile, ...problemResponses() },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const { items, departmentName } = await breachBoardExport(db, ctx, request.query);
        return sendExport(
          reply,
          ctx,
          timeZone,
          { fileName: '超时看板.xlsx', sheetName: '超时问题', columns: columns(timeZone), rows: items },
          filterWords(request.query, departmentName),
        );
      },
    );
  };
}
