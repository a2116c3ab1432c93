import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, Id, IdParam, problemResponses } from '../../http/schemas.ts';
import { AttachmentStore } from './attachment-store.ts';
import * as service from './attachments.ts';

const Attachment = Type.Object({
  id: Type.Integer(),
  fileName: Type.String({ description: '上传时的文件名' }),
  contentType: Type.String({ description: '按文件内容识别的类型' }),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedById: Type.Integer(),
  uploadedByName: Type.String(),
  uploadedAt: DateTime,
  canDelete: Type.Boolean({ description: '当前用户可删除（上传人或有升级处理权限）' }),
});

const AttachmentList = Type.Object({
  items: Type.Array(Attachment),
  maxBytes: Type.Integer({ description: '单个附件的大小上限（字节）' }),
  maxCount: Type.Integer({ description: '每个问题的附件数上限' }),
  extensions: Type.Array(Type.String(), { description: '允许的扩展名' }),
  canUpload: Type.Boolean(),
});

const AttachmentParams = Type.Object({ id: Id, attachmentId: Id });

const FileAnswer = {
  description: 'The file as uploaded, its type as its content showed, named in Content-Disposition',
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
};

/** RFC 6266 / 5987: the UTF-8 name for every browser of today, an ASCII stand-in for the rest. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function declaredLength(request: FastifyRequest): number | undefined {
  const header = request.headers['content-length'];
  return header === undefined ? undefined : Number(header);
}

export interface AttachmentOptions {
  dir: string;
  maxBytes: number;
}

/**
 * 问题附件: the file is the request body itself, of whatever type the browser gives it (the server looks at the
 * bytes), its name in the query. The body is handed on as a stream, never parsed or held in memory.
 */
export function issueAttachmentRoutes(
  db: Kysely<Database>,
  { dir, maxBytes }: AttachmentOptions,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['issues 问题与投诉'];
    const store = new AttachmentStore(dir, maxBytes);
    const bodies = new WeakMap<FastifyRequest, Readable>();
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (request, payload, done) => {
      bodies.set(request, payload as Readable);
      done(null, undefined);
    });

    app.get(
      '/issues/:id/attachments',
      {
        schema: {
          tags,
          summary: '问题附件列表（含大小上限与允许的类型）',
          params: IdParam,
          response: { 200: AttachmentList, ...problemResponses(404) },
        },
      },
      async (request) => service.listAttachments(db, store, contextOf(request), request.params.id),
    );

    app.post(
      '/issues/:id/attachments',
      {
        schema: {
          tags,
          summary: '上传附件（请求体即文件本身；已关闭的问题也可上传答复）',
          description: `Request body: the file's bytes, with the file's Content-Type; at most ${Math.round(maxBytes / 1048576)} MB and ${service.MAX_ATTACHMENTS} files per issue. Images (png, jpeg, gif, webp), PDF, Office (docx, xlsx, pptx, doc, xls, ppt) and UTF-8 text (txt, csv), told by content; the extension must agree.`,
          params: IdParam,
          querystring: Type.Object({
            fileName: Type.String({ minLength: 1, maxLength: 255, description: '文件名（含扩展名）' }),
          }),
          response: { 201: Attachment, ...problemResponses(404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const item = await service.uploadAttachment(db, store, contextOf(request), request.params.id, {
          fileName: request.query.fileName,
          body: bodies.get(request),
          declaredBytes: declaredLength(request),
        });
        return reply.code(201).send(item);
      },
    );

    app.get(
      '/issues/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: '下载附件',
          params: AttachmentParams,
          response: { 200: FileAnswer, ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        const { id, attachmentId } = request.params;
        const { row, file } = await service.openAttachment(
          db,
          store,
          contextOf(request),
          request.log,
          id,
          attachmentId,
        );
        return reply
          .header('content-type', row.content_type)
          .header('content-length', String(row.size_bytes))
          .header('content-disposition', contentDisposition(row.file_name))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(file.createReadStream());
      },
    );

    app.delete(
      '/issues/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: '删除附件（上传人或有升级处理权限者）',
          params: AttachmentParams,
          response: { 204: Type.Null(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        const { id, attachmentId } = request.params;
        await service.removeAttachment(db, store, contextOf(request), request.log, id, attachmentId);
        return reply.code(204).send(null);
      },
    );
  };
}
