import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, Nullable, problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Source = Type.Enum(['statutory', 'admin', 'uncovered'], {
  description: 'statutory 内置法定安排；admin 管理员录入；uncovered 无人录入（仅按周末计算）',
});
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'HH:MM' });
const Window = Type.Object({ start: Time, end: Time });
const Hours = Type.Object({
  workingHours: Window,
  lunchBreak: Nullable(Window),
  callingHours: Window,
  restHours: Type.Array(Window, { maxItems: 6 }),
  preferredWindows: Type.Array(Window, { minItems: 1, maxItems: 6 }),
});
const YearDetail = Type.Object({
  year: Year,
  source: Source,
  hasStatutory: Type.Boolean(),
  holidays: Type.Array(Day),
  workdays: Type.Array(Day),
  note: Nullable(Type.String()),
});
const YearParam = Type.Object({ year: Year });

export function calendarRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['calendar 节假日与工作时间'];
    app.get(
      '/calendar/add-working-days',
      {
        schema: {
          tags,
          summary: '某日之后第 N 个工作日（按法定节假日与调休；covered=false 表示用到了无人录入的年份）',
          querystring: Type.Object({ from: Day, days: Type.Integer({ minimum: -3650, maximum: 3650 }) }),
          response: {
            200: Type.Object({
              date: Day,
              covered: Type.Boolean(),
              uncoveredYears: Type.Array(Type.Integer()),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => {
        contextOf(request);
        return service.addWorkingDaysFrom(db, request.log, request.query.from, request.query.days);
      },
    );
    app.get(
      '/calendar/years',
      {
        schema: {
          tags,
          summary: '年度节假日安排：每年的来源与天数',
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  year: Year,
                  source: Source,
                  hasStatutory: Type.Boolean(),
                  holidayCount: Type.Integer(),
                  workdayCount: Type.Integer(),
                  note: Nullable(Type.String()),
                  updatedAt: Nullable(DateTime),
                  updatedByName: Nullable(Type.String()),
                }),
              ),
              missingYears: Type.Array(Type.Integer(), { description: '今年与明年中无人录入的年份' }),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => {
        contextOf(request);
        const now = new Date();
        return {
          items: await service.listYears(db, timeZone, now),
          missingYears: await service.missingYears(db, timeZone, now),
        };
      },
    );
    app.get(
      '/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '某年的放假日与调休上班日',
          params: YearParam,
          response: { 200: YearDetail, ...problemResponses() },
        },
      },
      async (request) => {
        contextOf(request);
        return service.getYear(db, request.params.year);
      },
    );
    app.put(
      '/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '录入或修改某年的节假日安排（取代内置数据）',
          params: YearParam,
          body: Type.Object({
            holidays: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 80, description: '放假日' }),
            workdays: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 20, description: '调休上班日' }),
            note: Type.Optional(
              Nullable(Type.String({ maxLength: 500, description: '依据，如国务院通知文号' })),
            ),
          }),
          response: { 200: YearDetail, ...problemResponses() },
        },
      },
      async (request) => service.saveYear(db, contextOf(request), request.params.year, request.body),
    );
    app.delete(
      '/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '删除手工录入的安排（恢复内置法定数据或“未录入”）',
          params: YearParam,
          response: { 200: YearDetail, ...problemResponses(404) },
        },
      },
      async (request) => service.resetYear(db, contextOf(request), request.params.year),
    );
    app.post(
      '/calendar/parse',
      {
        schema: {
          tags,
          summary: '识别国务院节假日通知文本或 .ics 日历文件（只识别，不保存）',
          body: Type.Object({
            format: Type.Enum(['notice', 'ics']),
            text: Type.String({ minLength: 1, maxLength: 500_000 }),
            year: Type.Optional(Year),
          }),
          response: {
            200: Type.Object({
              arrangements: Type.Array(
                Type.Object({ year: Year, holidays: Type.Array(Day), workdays: Type.Array(Day) }),
              ),
              unread: Type.Array(Type.String(), { description: '含日期但未能识别为放假或上班的句子' }),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.parseArrangements(contextOf(request), request.body),
    );
    app.get(
      '/calendar/hours',
      {
        schema: {
          tags,
          summary: '办公时间、午休、外呼时段、休息时段与优先联系时段',
          response: { 200: Hours, ...problemResponses() },
        },
      },
      async (request) => {
        contextOf(request);
        return service.loadCompanyHours(db);
      },
    );
    app.put(
      '/calendar/hours',
      {
        schema: {
          tags,
          summary: '修改公司工作与联系时段',
          body: Hours,
          response: { 200: Hours, ...problemResponses() },
        },
      },
      async (request) => service.saveCompanyHours(db, contextOf(request), request.body),
    );
  };
}
