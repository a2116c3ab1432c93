import type { Kysely } from 'kysely';
import { DEFAULT_SCORE_WEIGHTS, type ScoreWeights } from '../../../domain/customers/scoring.ts';
import { DEFAULT_TIER_RULES, type TierRules, tierFor } from '../../../domain/customers/tier.ts';
import { parseYuan } from '../../../domain/money.ts';
import type { Database } from '../../db/schema.ts';
import { readSetting } from '../settings/repository.ts';
import { insertTierHistory } from './repository.ts';

export async function loadScoreWeights(db: Kysely<Database>): Promise<ScoreWeights> {
  return { ...DEFAULT_SCORE_WEIGHTS, ...(await readSetting<Partial<ScoreWeights>>(db, 'score_weights')) };
}

export async function loadTierRules(db: Kysely<Database>): Promise<TierRules> {
  return { ...DEFAULT_TIER_RULES, ...(await readSetting<Partial<TierRules>>(db, 'tier_rules')) };
}

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
  reason: string,
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
