import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

function requests(db: Kysely<Database>) {
  return db
    .selectFrom('export_requests as r')
    .innerJoin('users as u', 'u.id', 'r.requester_id')
    .selectAll('r')
    .select(['u.display_name as requester_name']);
}

export type ExportRequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export async function findRequest(db: Kysely<Database>, id: number) {
  return requests(db).where('r.id', '=', id).executeTakeFirst();
}

export function findRequests(db: Kysely<Database>, ids: number[]) {
  return requests(db)
    .where('r.id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
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

/** An approval opens the download for this many days. */
export async function openDownload(db: Kysely<Database>, id: number, days: number) {
  await db
    .updateTable('export_requests')
    .set({ expires_at: sql`now() + make_interval(days => ${days})` })
    .where('id', '=', id)
    .execute();
}

export async function countDownload(db: Kysely<Database>, id: number) {
  await db
    .updateTable('export_requests')
    .set({ downloads: sql`downloads + 1` })
    .where('id', '=', id)
    .execute();
}
