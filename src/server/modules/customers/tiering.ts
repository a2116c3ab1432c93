import type { Kysely } from 'kysely';
import { type TierReason, type TierRules, tierFor } from '../../../domain/customers/tier.ts';
import { parseYuan } from '../../../domain/money.ts';
import type { Database } from '../../db/schema.ts';
import { insertTierHistory } from './repository.ts';

/** Thresholds or weights changed: every customer is re-scored and re-tiered in two statements. */
export { retierAll, reweightScores } from './repository.ts';

/** The tier the facts call for; a change is written to the tier history with the reason. */
export async function retier(
  db: Kysely<Database>,
  rules: TierRules,
  customer: {
    id: number;
    tier: string | null;
    annualAmount: string;
    score: number | null;
    tierManual?: boolean;
  },
  reason: TierReason,
  userId: number | null,
): Promise<string> {
  if (customer.tierManual && customer.tier) return customer.tier;
  const tier = tierFor({ annualAmount: parseYuan(customer.annualAmount) ?? 0, score: customer.score }, rules);
  if (tier !== customer.tier) {
    await insertTierHistory(db, {
      customerId: customer.id,
      fromTier: customer.tier,
      toTier: tier,
      reason,
      userId,
    });
  }
  return tier;
}
