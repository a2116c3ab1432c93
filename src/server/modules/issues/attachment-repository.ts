import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { Database, IssueAttachmentsTable } from '../../db/schema.ts';
import type { Viewer } from '../customer-access/fragments.ts';
import { issueInScope } from './repository.ts';

/** The issue's number and round, and whether the viewer reaches it; locked for a change when in a transaction. */
export function reachableIssue(db: Kysely<Database>, viewer: Viewer, id: number, lock = false) {
  const query = db
    .selectFrom('issues as i')
    .leftJoin('customers as c', 'c.id', 'i.customer_id')
    .select(['i.id', 'i.number', 'i.cycle'])
    .select(sql<boolean>`${issueInScope(viewer)}`.as('in_scope'))
    .where('i.id', '=', id);
  return (lock ? query.forUpdate('i') : query).executeTakeFirst();
}

const COLUMNS = [
  'a.id',
  'a.issue_id',
  'a.file_name',
  'a.content_type',
  'a.size_bytes',
  'a.sha256',
  'a.storage_key',
  'a.uploaded_by',
  'u.display_name as uploaded_by_name',
  'a.uploaded_at',
] as const;

function attachmentsFrom(db: Kysely<Database>) {
  return db.selectFrom('issue_attachments as a').innerJoin('users as u', 'u.id', 'a.uploaded_by');
}

export function listAttachments(db: Kysely<Database>, issueId: number) {
  return attachmentsFrom(db)
    .select(COLUMNS)
    .where('a.issue_id', '=', issueId)
    .orderBy('a.uploaded_at')
    .orderBy('a.id')
    .execute();
}

export type AttachmentRow = Awaited<ReturnType<typeof listAttachments>>[number];

export function findAttachment(db: Kysely<Database>, issueId: number, id: number) {
  return attachmentsFrom(db)
    .select(COLUMNS)
    .where('a.issue_id', '=', issueId)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** The keys among `keys` that an attachment row still points at. */
export async function keysInUse(db: Kysely<Database>, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('issue_attachments')
    .select('storage_key')
    .where('storage_key', 'in', keys)
    .execute();
  return new Set(rows.map((r) => r.storage_key));
}

export async function countAttachments(db: Kysely<Database>, issueId: number): Promise<number> {
  const row = await db
    .selectFrom('issue_attachments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('issue_id', '=', issueId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAttachment(
  trx: Transaction<Database>,
  values: Insertable<IssueAttachmentsTable>,
): Promise<number> {
  const { id } = await trx
    .insertInto('issue_attachments')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteAttachment(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.deleteFrom('issue_attachments').where('id', '=', id).execute();
}
