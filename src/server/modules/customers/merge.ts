import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { conflict, invalid } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { writableOrThrow } from '../customer-access/access.ts';

/**
 * Merges a duplicate into the customer that stays: every contact, fact, tier change and grade request moves over,
 * the duplicate is kept (marked merged, hidden from lists) so its history and code are never lost.
 */
export async function mergeCustomers(
  db: Kysely<Database>,
  ctx: RequestContext,
  keepId: number,
  duplicateId: number,
) {
  if (keepId === duplicateId)
    throw invalid([{ field: 'duplicateId', zh: '不能与自身合并', en: 'must be another customer' }]);
  const keep = await writableOrThrow(db, ctx, keepId);
  const duplicate = await writableOrThrow(db, ctx, duplicateId);
  if (duplicate.merged_into_id !== null || keep.merged_into_id !== null) {
    throw conflict({ zh: '已合并过的客户不能再次合并', en: 'A merged customer cannot be merged again' });
  }
  return db.transaction().execute(async (trx) => {
    const keepHasPrimary = await trx
      .selectFrom('contacts')
      .select('id')
      .where('customer_id', '=', keepId)
      .where('is_primary', '=', true)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    const moved = await trx
      .updateTable('contacts')
      .set((eb) => ({ customer_id: keepId, is_primary: keepHasPrimary ? false : eb.ref('is_primary') }))
      .where('customer_id', '=', duplicateId)
      .executeTakeFirst();
    for (const table of [
      'transactions',
      'contracts',
      'service_events',
      'customer_tier_history',
      'grade_change_requests',
    ] as const) {
      await trx
        .updateTable(table)
        .set({ customer_id: keepId })
        .where('customer_id', '=', duplicateId)
        .execute();
    }
    // Access grants stay with the customer they were approved for: a grant on the duplicate must not open
    // the customer that stays (its other contacts, its figures).
    await trx
      .updateTable('customers')
      .set({
        merged_into_id: keepId,
        tags: sql`tags`,
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', duplicateId)
      .execute();
    await trx
      .updateTable('customers')
      .set({
        tags: sql`(select coalesce(array_agg(distinct t), '{}') from unnest(tags || ${duplicate.tags}::text[]) t)`,
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', keepId)
      .execute();
    const result = {
      keptCode: keep.code,
      mergedCode: duplicate.code,
      contactsMoved: Number(moved.numUpdatedRows),
    };
    await recordAudit(
      trx,
      ctx,
      'customers.merged',
      { type: 'customer', id: keepId },
      { duplicateId, ...result },
    );
    return result;
  });
}
