import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { conflict, invalid } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { writableOrThrow } from '../customer-access/access.ts';
import { runLifecycles } from '../customer-lifecycle/hooks.ts';
import { CUSTOMER_LIFECYCLES } from '../customer-lifecycle/registry.ts';
import * as repo from './repository.ts';

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
    const moved = await runLifecycles(CUSTOMER_LIFECYCLES, 'merge', trx, { keepId, duplicateId });
    await repo.markMerged(trx, duplicateId, keepId);
    await repo.addTags(trx, keepId, duplicate.tags ?? []);
    const result = {
      keptCode: keep.code,
      mergedCode: duplicate.code,
      contactsMoved: moved.contacts ?? 0,
    };
    await recordAudit(
      trx,
      ctx,
      'customers.merged',
      { type: 'customer', id: keepId },
      { duplicateId, ...result, moved },
    );
    return result;
  });
}
