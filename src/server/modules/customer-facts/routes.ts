import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { SERVICE_EVENT_KINDS } from '../../../domain/customers/service-events.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, IdParam, Nullable, problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Money = Type.Union([Type.String({ maxLength: 20 }), Type.Number({ minimum: 0 })], {
  description: 'CNY yuan',
});
const ServiceKind = Type.Enum([...SERVICE_EVENT_KINDS], {
  description: '安装/交付, 维修, 维保, 活动, 外勤拜访, 成交, 来电咨询, 来访, 入伙, 突发事件处理完毕',
});

const Transaction = Type.Object({
  id: Type.Integer(),
  customerId: Type.Integer(),
  kind: Type.String(),
  occurredOn: Type.String(),
  amount: Type.String(),
  quantity: Type.Integer(),
  productClass: Nullable(Type.String()),
  product: Nullable(Type.String()),
  dueOn: Nullable(Type.String()),
  paidOn: Nullable(Type.String()),
  createdAt: DateTime,
});
const Contract = Type.Object({
  id: Type.Integer(),
  customerId: Type.Integer(),
  contractNo: Nullable(Type.String()),
  title: Type.String(),
  amount: Nullable(Type.String()),
  startsOn: Type.String(),
  endsOn: Type.String(),
  createdAt: DateTime,
});
const ServiceEvent = Type.Object({
  id: Type.Integer(),
  customerId: Type.Integer(),
  kind: Type.String(),
  occurredAt: DateTime,
  product: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  staffId: Nullable(Type.Integer()),
  staffName: Nullable(Type.String()),
});
const TimelineEntry = Type.Object({
  at: DateTime,
  kind: Type.String({
    description:
      'service:<服务类型>, transaction:<sale|return>, contract, tier:<等级变化原因代码，见 tier-history>, audit:<动作>',
  }),
  title: Type.String(),
  detail: Nullable(Type.String()),
  /** A tier change's 客户等级申报 (kind tier:grade_approved). */
  gradeRequestId: Nullable(Type.Integer({ description: '使等级变化的客户等级申报（tier:grade_approved）' })),
  actor: Nullable(Type.String()),
});
const items = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item) });

export function customerFactRoutes(db: Kysely<Database>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['customer facts 交易/合同/服务'];
    app.get(
      '/customers/:id/transactions',
      {
        schema: {
          tags,
          summary: '交易记录（绝密）',
          params: IdParam,
          response: { 200: items(Transaction), ...problemResponses(404) },
        },
      },
      async (request) => ({
        items: await service.listTransactions(db, contextOf(request), request.params.id),
      }),
    );
    app.post(
      '/transactions',
      {
        schema: {
          tags,
          summary: '登记交易（重新计算评分）',
          body: Type.Object({
            customerId: Type.Integer({ minimum: 1 }),
            kind: Type.Optional(Type.Enum(['sale', 'return'])),
            occurredOn: Day,
            amount: Money,
            quantity: Type.Optional(Type.Integer({ minimum: 0 })),
            productClass: Type.Optional(
              Nullable(Type.Enum(['A', 'B', 'C', 'past'], { description: 'A类/B类/C类/往季产品' })),
            ),
            product: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
            dueOn: Type.Optional(Nullable(Day)),
            paidOn: Type.Optional(Nullable(Day)),
          }),
          response: { 201: Transaction, ...problemResponses(404) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.addTransaction(db, contextOf(request), request.body)),
    );
    app.get(
      '/customers/:id/contracts',
      {
        schema: {
          tags,
          summary: '合同（绝密）',
          params: IdParam,
          response: { 200: items(Contract), ...problemResponses(404) },
        },
      },
      async (request) => ({ items: await service.listContracts(db, contextOf(request), request.params.id) }),
    );
    app.post(
      '/contracts',
      {
        schema: {
          tags,
          summary: '登记合同',
          body: Type.Object({
            customerId: Type.Integer({ minimum: 1 }),
            contractNo: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
            title: Type.String({ minLength: 1, maxLength: 200 }),
            amount: Type.Optional(Nullable(Money)),
            startsOn: Day,
            endsOn: Day,
          }),
          response: { 201: Contract, ...problemResponses(404) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.addContract(db, contextOf(request), request.body)),
    );
    app.get(
      '/customers/:id/service-events',
      {
        schema: {
          tags,
          summary: '服务事件',
          params: IdParam,
          response: { 200: items(ServiceEvent), ...problemResponses(404) },
        },
      },
      async (request) => ({
        items: await service.listServiceEvents(db, contextOf(request), request.params.id),
      }),
    );
    app.post(
      '/service-events',
      {
        schema: {
          tags,
          summary: '登记安装、维修、维保、活动、外勤拜访、成交',
          body: Type.Object({
            customerId: Type.Integer({ minimum: 1 }),
            kind: ServiceKind,
            occurredAt: DateTime,
            product: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
            summary: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
            staffId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
          }),
          response: { 201: ServiceEvent, ...problemResponses(404) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.addServiceEvent(db, contextOf(request), request.body)),
    );
    app.get(
      '/customers/:id/timeline',
      {
        schema: {
          tags,
          summary: '客户时间线（可见范围内的一切往来）',
          params: IdParam,
          response: { 200: items(TimelineEntry), ...problemResponses(404) },
        },
      },
      async (request) => ({
        items: await service.customerTimeline(db, contextOf(request), request.params.id),
      }),
    );
  };
}
