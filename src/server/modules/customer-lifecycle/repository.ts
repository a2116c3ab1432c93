import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Tables whose rows belong to one customer through a `customer_id` column and carry nothing else to merge. */
export type CustomerChildTable =
  | 'transactions'
  | 'contracts'
  | 'service_events'
  | 'customer_tier_history'
  | 'grade_change_requests'
  | 'followup_events'
  | 'followup_records'
  | 'followup_attempts';

export async function moveRows(
  db: Kysely<Database>,
  table: CustomerChildTable,
  fromCustomerId: number,
  toCustomerId: number,
): Promise<number> {
  const result = await db
    .updateTable(table)
    .set({ customer_id: toCustomerId })
    .where('customer_id', '=', fromCustomerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteRows(
  db: Kysely<Database>,
  table: CustomerChildTable | 'contacts' | 'followup_tasks' | 'customer_followups',
  customerIds: number[],
): Promise<number> {
  if (customerIds.length === 0) return 0;
  const result = await db.deleteFrom(table).where('customer_id', 'in', customerIds).executeTakeFirst();
  return Number(result.numDeletedRows);
}
