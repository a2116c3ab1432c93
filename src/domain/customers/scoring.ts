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

export interface ScoreBreakdown {
  profit: number;
  orderAmount: number;
  years: number;
  credit: number;
  prospects: number;
  total: number;
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
  const parts = {
    profit: round1(weights.profit * clamp01(profit / targets.quarterProfit)),
    orderAmount: round1(weights.orderAmount * clamp01(amount / targets.quarterAmount)),
    years: round1(weights.years * clamp01(years / targets.fullYears)),
    credit: round1(weights.credit * creditShare(facts.lastYearPayments, facts.asOf, targets.daysLateForZero)),
    prospects: round1(weights.prospects * clamp01((facts.prospects ?? 0) / 10)),
  };
  const total = round1(parts.profit + parts.orderAmount + parts.years + parts.credit + parts.prospects);
  return { ...parts, total };
}
