import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { auditActionText, auditDetailsText, auditTargetText } from '../../../domain/audit/words.ts';
import type { Locale } from '../../../domain/locale.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { decodeCursor, pageOf } from '../../http/pagination.ts';
import {
  CursorParam,
  DateTime,
  Limit,
  Nullable,
  Page,
  problemResponses,
  XlsxFile,
} from '../../http/schemas.ts';
import { type SheetColumn, zoneTime } from '../../http/xlsx.ts';
import { sendExport } from '../exports/policy.ts';
import * as service from './service.ts';

const AuditEvent = Type.Object({
  id: Type.Integer(),
  occurredAt: DateTime,
  actorId: Nullable(Type.Integer()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  targetType: Nullable(Type.String()),
  targetId: Nullable(Type.String()),
  /** The target's code (a customer's 客户编号, a user's login name), when it has one. */
  targetCode: Nullable(Type.String()),
  /** The target's name (customer, user, department, role), when the reader may see it. */
  targetName: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
  ip: Nullable(Type.String()),
  hash: Type.String(),
});

const Query = Type.Object({
  action: Type.Optional(Type.String({ maxLength: 100 })),
  actorId: Type.Optional(Type.Integer({ minimum: 1 })),
  targetType: Type.Optional(Type.String({ maxLength: 50 })),
  targetId: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(CursorParam),
});

type Row = Awaited<ReturnType<typeof service.listAudit>>[number];

function toJson(r: Row) {
  return {
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    targetCode: r.target_code,
    targetName: r.target_name,
    details: r.details,
    ip: r.ip,
    hash: r.hash,
  };
}

const HEADERS = {
  'zh-CN': ['编号', '时间', '操作人', '操作', '对象', '详情'],
  en: ['No.', 'Time', 'Actor', 'Action', 'Target', 'Details'],
} as const;

/** The export's columns as the 审计日志 page shows them: times on the company's clock, codes and details in words. */
function exportColumns(locale: Locale, timeZone: string): SheetColumn<Row>[] {
  const [id, time, actor, action, target, details] = HEADERS[locale];
  return [
    { header: id, value: (r) => r.id, width: 10 },
    { header: time, value: (r) => zoneTime(r.occurred_at, timeZone), width: 20 },
    { header: actor, value: (r) => r.actor_name },
    { header: action, value: (r) => auditActionText(r.action, locale), width: 24 },
    {
      header: target,
      value: (r) =>
        auditTargetText(
          {
            targetType: r.target_type,
            targetId: r.target_id,
            targetCode: r.target_code,
            targetName: r.target_name,
          },
          locale,
        ),
      width: 30,
    },
    { header: details, value: (r) => auditDetailsText(r.details, locale), width: 60 },
    { header: 'IP', value: (r) => r.ip },
  ];
}

function filterOf(query: Type.Static<typeof Query>, limit: number) {
  return {
    ...query,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    after: decodeCursor(query.cursor),
    limit,
  };
}

export function auditRoutes(
  db: Kysely<Database>,
  options: { checkpointDir: string; timeZone: string },
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['audit 审计'];
    app.get(
      '/audit-events',
      {
        schema: {
          tags,
          summary: '审计日志（新的在前）',
          querystring: Query,
          response: { 200: Page(AuditEvent), ...problemResponses() },
        },
      },
      async (request) => {
        const limit = request.query.limit ?? 50;
        const rows = await service.listAudit(db, contextOf(request), filterOf(request.query, limit + 1));
        const page = pageOf(rows, limit, (r) => ({ v: r.id, id: r.id }));
        return { items: page.items.map(toJson), nextCursor: page.nextCursor };
      },
    );
    app.get(
      '/audit-events/export',
      {
        schema: {
          tags,
          summary: '导出审计日志 (.xlsx，最多 50 000 行)',
          querystring: Type.Omit(Query, ['limit', 'cursor']),
          response: { 200: XlsxFile },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const rows = await service.exportAudit(db, ctx, filterOf(request.query, 50_000));
        // The account's language, as the rows' role names (repository) are: a download link carries no locale header.
        const locale: Locale = ctx.actor.locale === 'en' ? 'en' : 'zh-CN';
        return sendExport(reply, ctx, options.timeZone, {
          fileName: '审计日志.xlsx',
          sheetName: '审计日志',
          columns: exportColumns(locale, options.timeZone),
          rows,
        });
      },
    );
    app.get(
      '/audit-events/verify',
      {
        schema: {
          tags,
          summary: '校验审计日志哈希链（含外部检查点）',
          response: {
            200: Type.Object({
              ok: Type.Boolean(),
              checked: Type.Integer(),
              brokenAt: Type.Optional(Type.Object({ id: Type.Integer(), reason: Type.String() })),
              unkeyedThrough: Type.Optional(Type.Integer()),
              checkpoint: Type.Object({
                status: Type.Enum(
                  ['verified', 'missing', 'tampered', 'head_missing', 'head_mismatch', 'count_mismatch'],
                  {
                    description:
                      'verified: the signed checkpoint outside the database matches; missing: none found; ' +
                      'tampered: its signature does not match; head_missing/head_mismatch/count_mismatch: ' +
                      'events it names were removed or rewritten',
                  },
                ),
                lastId: Type.Optional(Type.Integer()),
                count: Type.Optional(Type.Integer()),
                at: Type.Optional(DateTime),
                eventsAfter: Type.Optional(Type.Integer()),
              }),
            }),
            ...problemResponses(),
          },
        },
      },
      async (request) => {
        const { checkpoint, ...result } = await service.verifyAuditChainFor(
          db,
          contextOf(request),
          options.checkpointDir,
        );
        // The file's path stays on the server.
        const { source: _source, ...visible } = checkpoint;
        return { ...result, checkpoint: visible };
      },
    );
  };
}
