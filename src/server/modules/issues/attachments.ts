import type { Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext } from '../../http/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as files from './attachment-repository.ts';
import { type AttachmentStore, tooLarge } from './attachment-store.ts';
import { ATTACHMENT_EXTENSIONS, kindOf } from './attachment-types.ts';
import { insertEvents } from './repository.ts';
import { ISSUE, issueViewer } from './service.ts';

/** Files one issue may have: a reply, photos, the customer's letter … not an archive of everything. */
export const MAX_ATTACHMENTS = 20;

const ATTACHMENT = { zh: '附件', en: 'Attachment' };

/**
 * The name as the uploader gave it, shown and offered on download only: the last part of a path, without
 * control characters or the bidirectional overrides that make `gpj.exe` read as `exe.jpg`.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const name = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return name === '.' || name === '..' ? '' : name;
}

/** The issue, when the actor may read issues and reaches this one; else 404 (its existence is none of theirs). */
async function reach(db: Kysely<Database>, ctx: RequestContext, issueId: number, lock = false) {
  const viewer = await issueViewer(db, ctx);
  const issue = await files.reachableIssue(db, viewer, issueId, lock);
  if (!issue?.in_scope) throw notFound(ISSUE);
  return issue;
}

const mayUpload = (ctx: RequestContext) => hasAnyPermission(ctx.actor, ['issues.register', 'issues.handle']);
const mayRemove = (ctx: RequestContext, row: files.AttachmentRow) =>
  row.uploaded_by === ctx.actor.id || ctx.actor.permissions.has('issues.escalate');

function attachmentJson(ctx: RequestContext, row: files.AttachmentRow) {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedById: row.uploaded_by,
    uploadedByName: row.uploaded_by_name,
    uploadedAt: row.uploaded_at.toISOString(),
    canDelete: mayRemove(ctx, row),
  };
}

export async function listAttachments(
  db: Kysely<Database>,
  store: AttachmentStore,
  ctx: RequestContext,
  issueId: number,
) {
  await reach(db, ctx, issueId);
  const rows = await files.listAttachments(db, issueId);
  return {
    items: rows.map((r) => attachmentJson(ctx, r)),
    maxBytes: store.maxBytes,
    maxCount: MAX_ATTACHMENTS,
    extensions: ATTACHMENT_EXTENSIONS,
    canUpload: mayUpload(ctx),
  };
}

function refuseFull(count: number): void {
  if (count >= MAX_ATTACHMENTS)
    throw conflict({
      zh: `每个问题最多 ${MAX_ATTACHMENTS} 个附件，请先删除不需要的附件`,
      en: `An issue holds at most ${MAX_ATTACHMENTS} attachments; remove one first`,
    });
}

/** Who may attach to the issue (registering or handling issues, the issue in reach; closed ones too). */
async function checkUploadable(db: Kysely<Database>, ctx: RequestContext, issueId: number, lock = false) {
  if (!mayUpload(ctx)) throw new AppError('forbidden');
  const issue = await reach(db, ctx, issueId, lock);
  refuseFull(await files.countAttachments(db, issueId));
  return issue;
}

export interface Upload {
  fileName: string;
  /** The request body; absent when it was empty. */
  body: Readable | undefined;
  /** Content-Length as the client declared it. */
  declaredBytes: number | undefined;
}

/**
 * 上传附件: refused before a byte is read when the caller may not attach, the issue is full, or the declared size
 * is too large; streamed to a temporary file with a hard limit; checked by content; then kept under a key of the
 * server's own in the transaction that records it (the row, the timeline entry, the audit event).
 */
export async function uploadAttachment(
  db: Kysely<Database>,
  store: AttachmentStore,
  ctx: RequestContext,
  issueId: number,
  upload: Upload,
) {
  const fileName = cleanFileName(upload.fileName);
  if (!fileName) throw invalid([{ field: 'fileName', zh: '请提供文件名', en: 'must name the file' }]);
  await checkUploadable(db, ctx, issueId);
  if ((upload.declaredBytes ?? 0) > store.maxBytes) throw tooLarge(store.maxBytes, fileName);
  if (!upload.body || upload.declaredBytes === 0) throw emptyFile(fileName);
  const received = await store.receive(issueId, fileName, upload.body);
  let kept: string | undefined;
  let id: number;
  try {
    if (received.size === 0) throw emptyFile(fileName);
    const kind = kindOf(fileName, received.head, received.text, () => store.read(received));
    id = await db.transaction().execute(async (trx) => {
      const issue = await checkUploadable(trx, ctx, issueId, true);
      const key = store.newKey(issueId);
      const id = await files.insertAttachment(trx, {
        issue_id: issueId,
        file_name: fileName,
        content_type: kind.contentType,
        size_bytes: received.size,
        sha256: received.sha256,
        storage_key: key,
        uploaded_by: ctx.actor.id,
      });
      const file = { id, fileName, size: received.size, sha256: received.sha256 };
      await recordChange(trx, ctx, issue, 'attachment_added', file);
      await store.keep(received, key);
      kept = key;
      return id;
    });
  } catch (error) {
    // Nothing committed: neither the temporary file nor one already moved into place stays.
    await store.discard(received.tempPath);
    if (kept) await store.remove(kept);
    throw error;
  }
  const row = await files.findAttachment(db, issueId, id);
  if (!row) throw notFound(ATTACHMENT);
  return attachmentJson(ctx, row);
}

function emptyFile(fileName: string) {
  return invalid([{ field: 'file', zh: `文件「${fileName}」是空的`, en: `"${fileName}" is empty` }]);
}

/** The issue's timeline entry and the audit event of an upload or a removal. */
async function recordChange(
  trx: Transaction<Database>,
  ctx: RequestContext,
  issue: { id: number; number: string; cycle: number },
  kind: 'attachment_added' | 'attachment_removed',
  file: { id: number; fileName: string; size: number; sha256?: string },
) {
  await insertEvents(trx, [
    {
      issue_id: issue.id,
      kind,
      cycle: issue.cycle,
      note: file.fileName,
      actor_id: ctx.actor.id,
      at: new Date(),
    },
  ]);
  await recordAudit(
    trx,
    ctx,
    `issues.${kind}`,
    { type: 'issue', id: issue.id },
    {
      number: issue.number,
      attachmentId: file.id,
      fileName: file.fileName,
      size: file.size,
      sha256: file.sha256,
    },
  );
}

/** The attachment's row and its open file, for the route to stream. */
export async function openAttachment(
  db: Kysely<Database>,
  store: AttachmentStore,
  ctx: RequestContext,
  log: FastifyBaseLogger,
  issueId: number,
  id: number,
) {
  await reach(db, ctx, issueId);
  const row = await files.findAttachment(db, issueId, id);
  if (!row) throw notFound(ATTACHMENT);
  try {
    return { row, file: await store.open(row.storage_key) };
  } catch (error) {
    log.error({ err: error, attachmentId: id }, 'attachment file missing');
    throw notFound(ATTACHMENT);
  }
}

/** 删除附件: by whoever uploaded it or escalates issues; the row goes in a transaction, the file after it. */
export async function removeAttachment(
  db: Kysely<Database>,
  store: AttachmentStore,
  ctx: RequestContext,
  log: FastifyBaseLogger,
  issueId: number,
  id: number,
): Promise<void> {
  const key = await db.transaction().execute(async (trx) => {
    const issue = await reach(trx, ctx, issueId, true);
    const row = await files.findAttachment(trx, issueId, id);
    if (!row) throw notFound(ATTACHMENT);
    if (!mayRemove(ctx, row)) throw new AppError('forbidden');
    await files.deleteAttachment(trx, id);
    await recordChange(trx, ctx, issue, 'attachment_removed', {
      id,
      fileName: row.file_name,
      size: row.size_bytes,
    });
    return row.storage_key;
  });
  // The row is gone, so nothing points at the file any more; one left behind is only disk space.
  await store.remove(key).catch((error) => log.warn({ err: error, key }, 'attachment file not removed'));
}

/** Files are written well within this of their row's commit (an upload streams, then renames in the transaction). */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
const KEYS_PER_QUERY = 1000;

/**
 * Removes the files no attachment row points at any more: those of issues deleted with their customer (a
 * destruction under the retention rules, whose transaction cannot remove files), a file a crash left between
 * commit and removal, and temporary files of cut-off uploads. Only files older than an hour are looked at.
 */
export async function removeOrphanedFiles(db: Kysely<Database>, store: AttachmentStore, asOf: Date) {
  // Run "as of" a later moment, it still spares what is young now: an upload in progress is never cut.
  const at = Math.min(asOf.getTime(), Date.now());
  const found = await store.filesWrittenBefore(new Date(at - ORPHAN_AGE_MS));
  const orphaned = found.filter((f) => f.key === null);
  const stored = found.filter((f): f is { path: string; key: string } => f.key !== null);
  for (let i = 0; i < stored.length; i += KEYS_PER_QUERY) {
    const chunk = stored.slice(i, i + KEYS_PER_QUERY);
    const inUse = await files.keysInUse(
      db,
      chunk.map((f) => f.key),
    );
    orphaned.push(...chunk.filter((f) => !inUse.has(f.key)));
  }
  for (const file of orphaned) await store.discard(file.path);
  return { removed: orphaned.length };
}
