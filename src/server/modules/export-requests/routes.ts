import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor } from '../../http/pagination.ts';
import {
  CursorParam,
  DateTime,
  IdParam,
  Nullable,
  Page,
  problemResponses,
  XlsxFile,
} from '../../http/schemas.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { sendCustomerExport } from '../customers/export.ts';
import { ListQuery } from '../customers/schemas.ts';
import * as service from './service.ts';

const ExportRequest = Type.Object({
  id: Type.Integer(),
  requesterId: Type.Integer(),
  requesterName: Type.String(),
  filter: Type.Record(Type.String(), Type.Unknown()),
  rowCount: Type.Integer(),
  purpose: Type.String(),
  reason: Type.String(),
  status: Type.Enum(['pending', 'approved', 'rejected', 'expired', 'withdrawn'], {
    description: 'expired: the download window closed, or nobody decided in time',
  }),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  comment: Nullable(Type.String()),
  expiresAt: Nullable(DateTime),
  downloads: Type.Integer(),
  createdAt: DateTime,
});

export function exportRequestRoutes(
  db: Kysely<Database>,
  cipher: FieldCipher,
  timeZone: string,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['export requests 导出申请'];
    app.get(
      '/export-requests',
      {
        schema: {
          tags,
          summary: '我的导出申请，或待我审批的',
          querystring: Type.Object({
            box: Type.Optional(Type.Enum(['mine', 'to_approve'], { default: 'mine' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            cursor: Type.Optional(CursorParam),
          }),
          response: { 200: Page(ExportRequest), ...problemResponses() },
        },
      },
      async (request) =>
        service.listExportRequests(db, contextOf(request), {
          box: request.query.box ?? 'mine',
          limit: request.query.limit ?? 50,
          after: decodeCursor(request.query.cursor),
        }),
    );
    app.post(
      '/export-requests',
      {
        schema: {
          tags,
          summary: '申请导出超过上限的客户数据（筛选条件同客户列表）',
          body: Type.Object({
            filter: Type.Omit(ListQuery, ['limit', 'cursor']),
            purpose: Type.String({ minLength: 1, maxLength: 200 }),
            reason: Type.String({ minLength: 1, maxLength: 1000 }),
          }),
          response: { 201: ExportRequest, ...problemResponses() },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createExportRequest(db, contextOf(request), cipher, request.body)),
    );
    for (const decision of ['approve', 'reject'] as const) {
      app.post(
        `/export-requests/:id/${decision}`,
        {
          schema: {
            tags,
            summary: decision === 'approve' ? '批准导出申请' : '驳回导出申请（须填写原因）',
            params: IdParam,
            body: Type.Object({ comment: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }),
            response: { 200: ExportRequest, ...problemResponses(404, 409) },
          },
        },
        async (request) =>
          service.decideExportRequest(
            db,
            contextOf(request),
            request.params.id,
            decision,
            request.body.comment ?? null,
          ),
      );
    }
    app.get(
      '/export-requests/:id/download',
      {
        schema: {
          tags,
          summary: '下载已批准的导出 (.xlsx，按申请人当前权限脱敏)',
          params: IdParam,
          response: { 200: XlsxFile, ...problemResponses(404, 409) },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const { rows, filter } = await service.downloadApprovedExport(db, ctx, cipher, request.params.id);
        return sendCustomerExport(reply, ctx, rows, { ...filter, 导出申请: request.params.id }, timeZone);
      },
    );
  };
}
