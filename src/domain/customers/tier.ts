import type { Fen } from '../money.ts';

export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABELS: Record<Tier, string> = { A: 'A 高价值', B: 'B 潜力', C: 'C 普通', D: 'D' };

export interface TierRules {
  /** 'amount' uses the annual cooperation amount; 'score' the 100-point score (SPEC §2.4). */
  basis: 'amount' | 'score';
  amountA: Fen;
  amountB: Fen;
  scoreA: number;
  scoreB: number;
  /** When set, scores below it give tier D (presets that use four tiers). */
  scoreC?: number;
}

/** SPEC §2.1 defaults: A ≥ 500 000, 100 000 ≤ B < 500 000, C below. */
export const DEFAULT_TIER_RULES: TierRules = {
  basis: 'amount',
  amountA: 500_000_00,
  amountB: 100_000_00,
  scoreA: 80,
  scoreB: 60,
};

export function tierFromAmount(amount: Fen, rules: TierRules): Tier {
  if (amount >= rules.amountA) return 'A';
  if (amount >= rules.amountB) return 'B';
  return 'C';
}

export function tierFromScore(score: number, rules: TierRules): Tier {
  if (score >= rules.scoreA) return 'A';
  if (score >= rules.scoreB) return 'B';
  if (rules.scoreC !== undefined && score < rules.scoreC) return 'D';
  return 'C';
}

export function tierFor(facts: { annualAmount: Fen; score: number | null }, rules: TierRules): Tier {
  return rules.basis === 'score' && facts.score !== null
    ? tierFromScore(facts.score, rules)
    : tierFromAmount(facts.annualAmount, rules);
}

/**
 * Why a tier changed, as customer_tier_history stores it (a CHECK constraint holds the column to this set); the
 * web words each code in the reader's language. `grade_approved` rows name their request in `grade_request_id`.
 */
export const TIER_REASONS = [
  'created',
  'amount_changed',
  'import',
  'rules_changed',
  'score_changed',
  'grade_approved',
] as const;
export type TierReason = (typeof TIER_REASONS)[number];
