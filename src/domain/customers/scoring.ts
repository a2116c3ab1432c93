import type { Fen } from '../money.ts';

/** SPEC §2.4 weights, configurable; they add up to 100. */
export interface ScoreWeights {
  profit: number;
  orderAmount: number;
  years: number;
  credit: number;
  prospects: number;
}

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  profit: 30,
  orderAmount: 30,
  years: 10,
  credit: 20,
  prospects: 10,
};

export interface ScoreTargets {
  /** Last quarter's order amount that earns the full order-amount points. */
  quarterAmount: Fen;
  /** Last quarter's gross profit that earns the full profit points. */
  quarterProfit: Fen;
  /** Years of cooperation that earn the full years points. */
  fullYears: number;
  /** Average days late that cost all the lateness part of the credit points. */
  daysLateForZero: number;
  /** Margin per product class (A类 / B类 / C类 / 往季产品). */
  margins: Record<string, number>;
}

export const DEFAULT_SCORE_TARGETS: ScoreTargets = {
  quarterAmount: 125_000_00,
  quarterProfit: 37_500_00,
  fullYears: 10,
  daysLateForZero: 60,
  margins: { A: 0.35, B: 0.25, C: 0.15, past: 0.05 },
};

export interface ScoreFacts {
  lastQuarterOrders: { amount: Fen; productClass: string }[];
  firstCooperationOn: Date | null;
  /** Last year's credit sales: due date and paid date (null while unpaid). */
  lastYearPayments: { dueOn: Date; paidOn: Date | null }[];
  /** 0–10 manual assessment of prospects (发展前景). */
  prospects: number | null;
  asOf: Date;
}

export type ScorePart = keyof ScoreWeights;
export const SCORE_PARTS: ScorePart[] = ['profit', 'orderAmount', 'years', 'credit', 'prospects'];

/** How much of each part's points a customer earns, 0–1: the weights turn these into the score. */
export type ScoreShares = Record<ScorePart, number>;

export interface ScoreBreakdown extends Record<ScorePart, number> {
  total: number;
  shares: ScoreShares;
}

/** Each weight a whole number 0–100, together exactly 100; the problems name the parts. */
export function scoreWeightProblems(
  weights: ScoreWeights,
): { part: ScorePart | 'total'; zh: string; en: string }[] {
  const problems: { part: ScorePart | 'total'; zh: string; en: string }[] = [];
  for (const part of SCORE_PARTS) {
    const w = weights[part];
    if (!Number.isInteger(w) || w < 0 || w > 100) {
      problems.push({ part, zh: '权重应为 0–100 的整数', en: 'must be a whole number from 0 to 100' });
    }
  }
  const sum = SCORE_PARTS.reduce((total, part) => total + weights[part], 0);
  if (problems.length === 0 && sum !== 100) {
    problems.push({
      part: 'total',
      zh: `各项权重合计应为 100，现为 ${sum}`,
      en: `must add up to 100, not ${sum}`,
    });
  }
  return problems;
}

/** The score from the shares: what re-weighting every customer at once computes (set-based, in SQL). */
export function weightedScore(shares: ScoreShares, weights: ScoreWeights): ScoreBreakdown {
  const parts = Object.fromEntries(
    SCORE_PARTS.map((part) => [part, round1(weights[part] * shares[part])]),
  ) as Record<ScorePart, number>;
  const total = round1(SCORE_PARTS.reduce((sum, part) => sum + parts[part], 0));
  return { ...parts, total, shares };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const DAY = 86_400_000;

function creditShare(payments: ScoreFacts['lastYearPayments'], asOf: Date, daysLateForZero: number): number {
  // No credit history is neither good nor bad.
  if (payments.length === 0) return 0.5;
  let onTime = 0;
  let daysLate = 0;
  for (const p of payments) {
    const paid = p.paidOn ?? asOf;
    const late = Math.max(0, Math.floor((paid.getTime() - p.dueOn.getTime()) / DAY));
    if (late === 0 && p.paidOn) onTime++;
    daysLate += late;
  }
  const onTimeShare = onTime / payments.length;
  const lateness = clamp01(daysLate / payments.length / daysLateForZero);
  return clamp01(0.5 * onTimeShare + 0.5 * (1 - lateness));
}

/** The 100-point customer score; each part is proportional to its target and capped at its weight. */
export function customerScore(
  facts: ScoreFacts,
  weights = DEFAULT_SCORE_WEIGHTS,
  targets = DEFAULT_SCORE_TARGETS,
): ScoreBreakdown {
  const amount = facts.lastQuarterOrders.reduce((sum, o) => sum + o.amount, 0);
  const profit = facts.lastQuarterOrders.reduce(
    (sum, o) => sum + o.amount * (targets.margins[o.productClass] ?? 0),
    0,
  );
  const years = facts.firstCooperationOn
    ? Math.max(0, (facts.asOf.getTime() - facts.firstCooperationOn.getTime()) / (365.25 * DAY))
    : 0;
  const shares: ScoreShares = {
    profit: clamp01(profit / targets.quarterProfit),
    orderAmount: clamp01(amount / targets.quarterAmount),
    years: clamp01(years / targets.fullYears),
    credit: creditShare(facts.lastYearPayments, facts.asOf, targets.daysLateForZero),
    prospects: clamp01((facts.prospects ?? 0) / 10),
  };
  return weightedScore(shares, weights);
}
