import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What an export row carries beyond the list's columns: the customer's 备注 and 年合作金额 (a list never shows
 * either) and its primary contact in full (电话, 邮箱, QQ, 微信, 职务), 5 000 customers per statement. The export
 * decides what the viewer sees of it.
 */
export async function exportExtras(db: Kysely<Database>, customerIds: number[]) {
  const found = new Map<number, Awaited<ReturnType<typeof select>>[number]>();
  const select = (ids: number[]) =>
    db
      .selectFrom('customers as c')
      .leftJoin('contacts as pc', (join) =>
        join
          .onRef('pc.customer_id', '=', 'c.id')
          .on('pc.is_primary', '=', true)
          .on('pc.deleted_at', 'is', null),
      )
      .select([
        'c.id as customer_id',
        'c.remark',
        'c.annual_amount',
        'pc.id',
        'pc.name',
        'pc.position',
        'pc.role_kind',
        'pc.phone',
        'pc.email',
        'pc.qq',
        'pc.wechat',
        'pc.birthday',
        'pc.mobile_enc',
        'pc.mobile_masked',
        'pc.is_primary',
        'pc.version',
      ])
      .where('c.id', 'in', ids)
      .execute();
  for (let i = 0; i < customerIds.length; i += 5000) {
    for (const row of await select(customerIds.slice(i, i + 5000))) found.set(row.customer_id, row);
  }
  return found;
}
