import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, IdParam, Nullable, Page, problemResponses, XlsxFile } from '../../http/schemas.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { exportCustomers, sendCustomerExport } from './export.ts';
import { handOver, handoverCandidates } from './handover.ts';
import { mergeCustomers } from './merge.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';

const ContactParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  contactId: Type.Integer({ minimum: 1 }),
});

export function customerRoutes(
  db: Kysely<Database>,
  cipher: FieldCipher,
  timeZone: string,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['customers 客户档案'];
    app.get(
      '/customers',
      {
        schema: {
          tags,
          summary: '客户列表（筛选、关键字搜索、键集分页；范围外数据脱敏）',
          querystring: schemas.ListQuery,
          response: { 200: Page(schemas.CustomerListItem), ...problemResponses() },
        },
      },
      async (request) =>
        service.listCustomers(db, contextOf(request), cipher, {
          ...request.query,
          limit: request.query.limit ?? 50,
        }),
    );
    app.get(
      '/customers/count',
      {
        schema: {
          tags,
          summary: '客户列表的总数（与列表相同的筛选；精确到 10 000，超过时 capped，显示为“10,000+”）',
          querystring: Type.Omit(schemas.ListQuery, ['limit', 'cursor', 'sort']),
          response: {
            200: Type.Object({
              total: Type.Integer({ description: '筛选到的客户数，至多 10 000' }),
              capped: Type.Boolean({ description: 'true：多于 total（只数到上限）' }),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => service.countCustomers(db, contextOf(request), cipher, request.query),
    );
    app.get(
      '/users/handover-candidates',
      {
        schema: {
          tags,
          summary: '离职交接可选人员：本人管辖范围内（本部门及下级部门，总经理为全公司）的在职员工',
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  username: Type.String(),
                  displayName: Type.String(),
                  departmentName: Nullable(Type.String()),
                }),
              ),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => ({ items: await handoverCandidates(db, contextOf(request)) }),
    );
    app.post(
      '/users/:id/handover',
      {
        schema: {
          tags,
          summary: '离职交接：把该员工负责和服务的客户一次性交给接手人（可同时停用账号）',
          params: IdParam,
          body: Type.Object({
            toUserId: Type.Integer({ minimum: 1 }),
            disableAccount: Type.Optional(Type.Boolean()),
          }),
          response: {
            200: Type.Object({
              ownedCustomers: Type.Integer(),
              servedCustomers: Type.Integer(),
              accountDisabled: Type.Boolean(),
            }),
            ...problemResponses(404),
          },
        },
      },
      async (request) => handOver(db, contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/customers/:id/merge',
      {
        schema: {
          tags,
          summary: '合并重复客户：联系人、交易、合同、服务事件、等级历史全部并入本客户',
          params: IdParam,
          body: Type.Object({ duplicateId: Type.Integer({ minimum: 1 }) }),
          response: {
            200: Type.Object({
              keptCode: Type.String(),
              mergedCode: Type.String(),
              contactsMoved: Type.Integer(),
            }),
            ...problemResponses(404, 409),
          },
        },
      },
      async (request) => mergeCustomers(db, contextOf(request), request.params.id, request.body.duplicateId),
    );
    app.get(
      '/customers/export',
      {
        schema: {
          tags,
          summary: '导出筛选后的客户 (.xlsx，按查看者权限脱敏，记录导出人)',
          querystring: Type.Omit(schemas.ListQuery, ['limit', 'cursor']),
          response: { 200: XlsxFile },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const rows = await exportCustomers(db, ctx, cipher, request.query);
        return sendCustomerExport(reply, ctx, rows, request.query, timeZone);
      },
    );
    app.post(
      '/customers',
      {
        schema: {
          tags,
          summary: '新建客户（可同时录入联系人；重名或同手机号时 409）',
          body: schemas.CreateCustomerBody,
          response: { 201: schemas.CustomerDetail, ...problemResponses(409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createCustomer(db, contextOf(request), cipher, request.body)),
    );
    app.get(
      '/customers/:id',
      {
        schema: {
          tags,
          summary: '客户详情',
          params: IdParam,
          response: { 200: schemas.CustomerDetail, ...problemResponses(404) },
        },
      },
      async (request) => service.getCustomer(db, contextOf(request), cipher, request.params.id),
    );
    app.patch(
      '/customers/:id',
      {
        schema: {
          tags,
          summary: '修改客户（生命周期、免打扰、核定、负责人等）',
          params: IdParam,
          body: schemas.UpdateCustomerBody,
          response: { 200: schemas.CustomerDetail, ...problemResponses(404, 409) },
        },
      },
      async (request) =>
        service.updateCustomer(db, contextOf(request), cipher, request.params.id, request.body),
    );
    app.get(
      '/customers/:id/tier-history',
      {
        schema: {
          tags,
          summary: '客户等级变更历史',
          params: IdParam,
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  fromTier: Nullable(Type.String()),
                  toTier: Type.String(),
                  reason: schemas.TierReasonCode,
                  gradeRequestId: Nullable(
                    Type.Integer({ description: '使等级变化的客户等级申报（原因为 grade_approved 时）' }),
                  ),
                  score: Nullable(Type.Number({ description: '使等级变化的评分（绝密，无权查看时为空）' })),
                  changedAt: DateTime,
                  changedByName: Nullable(Type.String()),
                }),
              ),
            }),
            ...problemResponses(404),
          },
        },
      },
      async (request) => ({ items: await service.tierHistory(db, contextOf(request), request.params.id) }),
    );
    app.get(
      '/customers/:id/contacts',
      {
        schema: {
          tags,
          summary: '联系人（机密：范围外脱敏）',
          params: IdParam,
          response: { 200: Type.Object({ items: Type.Array(schemas.Contact) }), ...problemResponses(404) },
        },
      },
      async (request) => ({
        items: await service.listContacts(db, contextOf(request), cipher, request.params.id),
      }),
    );
    app.post(
      '/customers/:id/contacts',
      {
        schema: {
          tags,
          summary: '新增联系人',
          params: IdParam,
          body: schemas.ContactBody,
          response: { 201: schemas.Contact, ...problemResponses(404) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.addContact(db, contextOf(request), cipher, request.params.id, request.body)),
    );
    app.patch(
      '/customers/:id/contacts/:contactId',
      {
        schema: {
          tags,
          summary: '修改联系人',
          params: ContactParams,
          body: schemas.ContactPatch,
          response: { 200: schemas.Contact, ...problemResponses(404, 409) },
        },
      },
      async (request) =>
        service.updateContact(
          db,
          contextOf(request),
          cipher,
          request.params.id,
          request.params.contactId,
          request.body,
        ),
    );
    app.delete(
      '/customers/:id/contacts/:contactId',
      {
        schema: {
          tags,
          summary: '删除联系人',
          params: ContactParams,
          response: { 204: Type.Null(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        await service.deleteContact(db, contextOf(request), request.params.id, request.params.contactId);
        return reply.code(204).send(null);
      },
    );
  };
}
