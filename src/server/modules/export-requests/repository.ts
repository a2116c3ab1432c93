import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

export function requests(db: Kysely<Database>) {
  return db
    .selectFrom('export_requests as r')
    .innerJoin('users as u', 'u.id', 'r.requester_id')
    .leftJoin('users as d', 'd.id', 'r.decided_by')
    .selectAll('r')
    .select([
      'u.display_name as requester_name',
      'u.department_id as requester_department_id',
      'd.display_name as decided_by_name',
    ]);
}

export type ExportRequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export async function findRequest(db: Kysely<Database>, id: number) {
  return requests(db).where('r.id', '=', id).executeTakeFirst();
}

export async function listRequests(
  db: Kysely<Database>,
  filter: { requesterId?: number; status?: string; requesterDepartmentIds?: number[]; limit: number },
) {
  let query = requests(db);
  if (filter.requesterId) query = query.where('r.requester_id', '=', filter.requesterId);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.requesterDepartmentIds) {
    if (filter.requesterDepartmentIds.length === 0) return [];
    query = query.where('u.department_id', 'in', filter.requesterDepartmentIds);
  }
  return query.orderBy('r.id', 'desc').limit(filter.limit).execute();
}

export async function insertRequest(
  db: Kysely<Database>,
  row: {
    requesterId: number;
    filter: Record<string, unknown>;
    rowCount: number;
    purpose: string;
    reason: string;
  },
) {
  const inserted = await db
    .insertInto('export_requests')
    .values({
      requester_id: row.requesterId,
      filter: JSON.stringify(row.filter),
      row_count: row.rowCount,
      purpose: row.purpose,
      reason: row.reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Decides a pending request; false when someone decided it first. */
export async function decide(
  db: Kysely<Database>,
  id: number,
  decision: 'approved' | 'rejected',
  deciderId: number,
  comment: string | null,
  validDays: number,
): Promise<boolean> {
  const result = await db
    .updateTable('export_requests')
    .set({
      status: decision,
      decided_by: deciderId,
      decided_at: sql`now()`,
      comment,
      expires_at: decision === 'approved' ? sql`now() + make_interval(days => ${validDays})` : null,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countDownload(db: Kysely<Database>, id: number) {
  await db
    .updateTable('export_requests')
    .set({ downloads: sql`downloads + 1` })
    .where('id', '=', id)
    .execute();
}
