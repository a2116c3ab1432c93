import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { IMPORT_ISSUE_CODES } from '../../../domain/customers/import-issues.ts';
import type { Database } from '../../db/schema.ts';
import { requirePermission } from '../../http/actor.ts';
import { contextOf } from '../../http/authenticate.ts';
import { AppError, invalid } from '../../http/errors.ts';
import { NDJSON, streamProgress, wantsProgress } from '../../http/progress-stream.ts';
import { problemResponses, XlsxFile } from '../../http/schemas.ts';
import { type SheetColumn, sendXlsx } from '../../http/xlsx.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { type ExportRow, SHEET_COLUMNS } from '../customers/export.ts';
import type { ImportLimits } from './limits.ts';
import * as service from './service.ts';
import { type ImportSlot, ImportSlots } from './slots.ts';

const SPREADSHEET_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

/** A row's issue as a code the web puts in words (`importIssue.<code>`), with the Chinese text as well. */
const ImportIssue = Type.Object({
  code: Type.Enum(IMPORT_ISSUE_CODES),
  params: Type.Record(Type.String(), Type.String()),
  message: Type.String({ description: 'In Chinese, the sheet’s language' }),
});

const Result = Type.Object({
  summary: Type.Object({
    create: Type.Integer(),
    update: Type.Integer(),
    unchanged: Type.Integer(),
    skip: Type.Integer({
      description: '已脱敏，跳过: rows whose contact data or amount the exporter saw masked',
    }),
    reject: Type.Integer(),
  }),
  history: Type.Object(
    {
      records: Type.Integer({ description: '导入的最近回访记录（已审核）' }),
      tasks: Type.Integer({ description: '按下次计划沟通时间生成的回访任务' }),
      issues: Type.Integer({ description: '问题状态未解决：待立案的问题（issue_requested）' }),
    },
    {
      description:
        'What the 总表’s follow-up columns bring (new ones only: a re-import brings none): the preview counts what applying would create, the apply what it created',
    },
  ),
  headerLine: Type.Integer({
    description: 'The row the header was found in (a title or 填表人 line may come first)',
  }),
  ignored: Type.Array(
    Type.Object({
      kind: Type.Enum(['blank', 'note', 'total'], { description: '空行 / 说明行 / 合计行' }),
      count: Type.Integer(),
      lines: Type.Array(Type.Integer(), { description: 'The first 50 of them' }),
    }),
    { description: 'Rows after the header that are no customer, left out' },
  ),
  rows: Type.Array(
    Type.Object({
      line: Type.Integer(),
      action: Type.Enum(['create', 'update', 'unchanged', 'skip', 'reject']),
      name: Type.String(),
      code: Type.Union([Type.String(), Type.Null()]),
      errors: Type.Array(
        Type.Object({
          column: Type.String({ description: 'The column as the sheet names it' }),
          field: Type.Optional(Type.String({ description: 'The field the column was read as' })),
          ...ImportIssue.properties,
        }),
      ),
      notes: Type.Array(ImportIssue, {
        description:
          'What the row leaves out or decides on its own (已脱敏，跳过; a tier taken as set by hand)',
      }),
    }),
  ),
});

const REJECTED_COLUMNS: SheetColumn<service.RejectedRow>[] = [
  { header: '行号', value: (r) => r.line, width: 8 },
  { header: '客户名称', value: (r) => r.name, width: 30 },
  { header: '列', value: (r) => r.column, width: 14 },
  { header: '原因', value: (r) => r.message, width: 50 },
];

/** The template's one example row (the follow-up columns stay empty, as in an export). */
const EXAMPLE: ExportRow = {
  序号: 1,
  客户名称: '杭州华兴机械制造有限公司',
  所属行业: '制造业',
  客户等级: 'A',
  联系方式: '13800138000',
  备注: '示例行，导入前请删除',
  简称: '杭州华兴',
  客户类型: '企业',
  客户状态: '合作中',
  年合作金额: 520000,
  省份: '浙江省',
  城市: '杭州市',
  区县: '余杭区',
  地址: '杭州市余杭区文一西路 1 号',
  联系人: '张伟',
  职务: '采购经理',
  电话: '0571-88886666',
  邮箱: 'zhangwei@example.com',
  标签: '重点客户、采购型',
  免打扰: '否',
};

export interface ImportOptions {
  /** The largest file accepted. */
  maxBytes: number;
  /** Imports running at once in this instance; a further one answers 429. */
  maxConcurrent: number;
  limits: ImportLimits;
  /** The company's time zone: the sheet's dates are its days. */
  timeZone: string;
}

/** What a refused import is told to wait: imports of 100 000 rows take about that long. */
const RETRY_AFTER_SECONDS = 10;

export function customerImportRoutes(
  db: Kysely<Database>,
  cipher: FieldCipher,
  { maxBytes, maxConcurrent, limits, timeZone }: ImportOptions,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['customer imports 客户导入'];
    const slots = new ImportSlots(maxConcurrent);
    const slotOf = new WeakMap<FastifyRequest, ImportSlot>();
    // Before the file is received: one who may not import is refused without it, and an import beyond the
    // limit waits no upload.
    const takeSlot = async (request: FastifyRequest, reply: FastifyReply) => {
      requirePermission(contextOf(request).actor, 'customers.import');
      const slot = slots.take();
      if (!slot) {
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        throw new AppError('import_busy', { limit: maxConcurrent, seconds: RETRY_AFTER_SECONDS });
      }
      slotOf.set(request, slot);
      reply.raw.once('close', () => slot.release());
    };
    const during = <T>(request: FastifyRequest, work: Promise<T>): Promise<T> => {
      const slot = slotOf.get(request);
      return slot ? slot.during(work) : work;
    };
    app.addContentTypeParser(
      SPREADSHEET_TYPES,
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_request, body, done) => done(null, body),
    );
    const fileOf = (body: unknown): Buffer => {
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw invalid([
          {
            field: 'file',
            zh: '请上传 .xlsx 或 .csv 文件',
            en: 'upload an .xlsx or .csv file as the request body',
          },
        ]);
      }
      return body;
    };
    // With `Accept: application/x-ndjson` the answer streams progress lines, then the result (progress-stream.ts).
    const run = (
      request: FastifyRequest,
      reply: FastifyReply,
      work: typeof service.previewImport,
    ): ReturnType<typeof service.previewImport> | FastifyReply => {
      const ctx = contextOf(request);
      requirePermission(ctx.actor, 'customers.import');
      const file = { file: fileOf(request.body), limits, timeZone, jobs: app.jobs };
      if (!wantsProgress(request)) return during(request, work(db, ctx, cipher, file));
      return streamProgress(request, reply, (report) => during(request, work(db, ctx, cipher, file, report)));
    };
    const schema = (summary: string) => ({
      tags,
      summary,
      description: `Request body: the file itself (Content-Type: ${SPREADSHEET_TYPES[0]} or text/csv), at most ${Math.round(maxBytes / 1048576)} MiB. With Accept: ${NDJSON} the answer is newline-delimited JSON: progress lines {type:'progress',done,total,phase}, then {type:'result',result} or {type:'error',problem}.`,
      response: { 200: Result, ...problemResponses(413, 415, 429) },
    });
    app.post(
      '/customer-imports/preview',
      {
        bodyLimit: maxBytes,
        onRequest: takeSlot,
        schema: schema('导入预检：逐行说明将新建、更新、不变或拒绝（不写入）'),
      },
      async (request, reply) => run(request, reply, service.previewImport),
    );
    app.post(
      '/customer-imports/apply',
      { bodyLimit: maxBytes, onRequest: takeSlot, schema: schema('执行导入：通过的行在一个事务中写入') },
      async (request, reply) => run(request, reply, service.applyImport),
    );
    app.post(
      '/customer-imports/errors',
      {
        bodyLimit: maxBytes,
        onRequest: takeSlot,
        schema: {
          tags,
          summary: '错误报告：被拒绝的每一行及原因 (.xlsx)',
          response: { 200: XlsxFile, ...problemResponses(413, 415, 429) },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        requirePermission(ctx.actor, 'customers.import');
        const file = { file: fileOf(request.body), limits, timeZone };
        const rows = await during(request, service.rejectedRows(db, ctx, cipher, file));
        return sendXlsx(reply, '导入错误报告.xlsx', '错误报告', REJECTED_COLUMNS, rows);
      },
    );
    app.get(
      '/customer-imports/template',
      { schema: { tags, summary: '下载导入模板 (.xlsx)', response: { 200: XlsxFile } } },
      async (request, reply) => {
        requirePermission(contextOf(request).actor, 'customers.import');
        return sendXlsx(reply, '客户导入模板.xlsx', '客户关系维护跟踪总表', SHEET_COLUMNS, [EXAMPLE]);
      },
    );
  };
}
