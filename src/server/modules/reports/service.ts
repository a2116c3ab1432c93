import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { seesEveryTopSecret } from '../customer-access/access.ts';
import { recordExport } from '../exports/policy.ts';
import * as repo from './repository.ts';

/** 大客户登记名单 (cooperation figures: 绝密, so for those who see them company-wide) and 客户分级目录 totals. */
export async function keyAccountList(db: Kysely<Database>, ctx: RequestContext, tier: string) {
  const items = await keyAccounts(db, ctx, tier, 'customers.key_accounts_viewed');
  return { tiers: await repo.tierCounts(db), items };
}

/** The same list as an .xlsx: an export, audited as one. */
export async function keyAccountExport(db: Kysely<Database>, ctx: RequestContext, tier: string) {
  requirePermission(ctx.actor, 'customers.export');
  return keyAccounts(db, ctx, tier, 'customers.key_accounts_exported');
}

export type KeyAccount = Awaited<ReturnType<typeof keyAccounts>>[number];

async function keyAccounts(db: Kysely<Database>, ctx: RequestContext, tier: string, action: string) {
  requirePermission(ctx.actor, 'reports.read');
  if (!seesEveryTopSecret(ctx.actor)) {
    throw new AppError('forbidden', {}, [], {
      zh: '大客户登记名单含合作金额（绝密），仅总经理可查看',
      en: 'The key-account list shows cooperation amounts (top secret): executives only',
    });
  }
  const rows = await repo.keyAccounts(db, tier, 1000);
  await recordExport(db, ctx, action, { tier, rows: rows.length });
  return rows.map((r) => {
    const amount = Number(r.amount);
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      industry: r.industry,
      province: r.province,
      ownerName: r.owner_name,
      deals: r.deals,
      quantity: r.quantity,
      amount: amount.toFixed(2),
      returnRate: amount > 0 ? Math.round((Number(r.returned) / amount) * 10000) / 100 : 0,
    };
  });
}
