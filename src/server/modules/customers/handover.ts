import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { activeUserExists, deleteSessionsOf } from '../users/repository.ts';

/**
 * 离职交接: every customer a leaving employee owns or serves goes to their successor in one statement each,
 * in one transaction; optionally the account is disabled at the same time. (Open follow-up tasks join this
 * when the follow-up module exists.)
 */
export async function handOver(
  db: Kysely<Database>,
  ctx: RequestContext,
  fromUserId: number,
  input: { toUserId: number; disableAccount?: boolean },
) {
  requirePermission(ctx.actor, 'customers.handover');
  const leaver = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', '=', fromUserId)
    .executeTakeFirst();
  if (!leaver) throw notFound({ zh: '员工', en: 'User' });
  if (input.toUserId === fromUserId) {
    throw invalid([{ field: 'toUserId', zh: '接手人不能是离职员工本人', en: 'must be someone else' }]);
  }
  if (!(await activeUserExists(db, input.toUserId))) {
    throw invalid([{ field: 'toUserId', zh: '接手人不存在或已停用', en: 'no such active user' }]);
  }
  return db.transaction().execute(async (trx) => {
    const owned = await trx
      .updateTable('customers')
      .set({ owner_id: input.toUserId, updated_at: sql`now()`, version: sql`version + 1` })
      .where('owner_id', '=', fromUserId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    const served = await trx
      .updateTable('customers')
      .set({ agent_id: input.toUserId, updated_at: sql`now()`, version: sql`version + 1` })
      .where('agent_id', '=', fromUserId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (input.disableAccount) {
      await trx
        .updateTable('users')
        .set({ status: 'disabled', updated_at: sql`now()` })
        .where('id', '=', fromUserId)
        .execute();
      await deleteSessionsOf(trx, fromUserId);
    }
    const result = {
      ownedCustomers: Number(owned.numUpdatedRows),
      servedCustomers: Number(served.numUpdatedRows),
      accountDisabled: input.disableAccount === true,
    };
    await recordAudit(
      trx,
      ctx,
      'customers.handed_over',
      { type: 'user', id: fromUserId },
      { toUserId: input.toUserId, ...result },
    );
    return result;
  });
}
