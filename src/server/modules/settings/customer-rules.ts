import type { Kysely } from 'kysely';
import { type ScoreWeights, scoreWeightProblems } from '../../../domain/customers/scoring.ts';
import type { TierRules } from '../../../domain/customers/tier.ts';
import { formatYuan, parseYuan } from '../../../domain/money.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { retierAll, reweightScores } from '../customers/tiering.ts';
import { retentionYears } from '../retention/service.ts';
import { writeSetting } from './repository.ts';
import { exportRowLimit, loadScoreWeights, loadTierRules } from './values.ts';

export interface CustomerRules {
  basis: 'amount' | 'score';
  amountA: string;
  amountB: string;
  scoreA: number;
  scoreB: number;
  scoreC: number | null;
  exportRowLimit: number;
  weights: ScoreWeights;
  /** Years a lost customer's archive is kept before it may be destroyed (数据销毁). */
  retentionYears: number;
}

export async function getCustomerRules(db: Kysely<Database>, _ctx: RequestContext): Promise<CustomerRules> {
  const rules = await loadTierRules(db);
  return {
    basis: rules.basis,
    amountA: formatYuan(rules.amountA),
    amountB: formatYuan(rules.amountB),
    scoreA: rules.scoreA,
    scoreB: rules.scoreB,
    scoreC: rules.scoreC ?? null,
    exportRowLimit: await exportRowLimit(db),
    weights: await loadScoreWeights(db),
    retentionYears: await retentionYears(db),
  };
}

/** Changing the thresholds re-tiers every customer not tiered by hand, set-based, with history rows. */
export async function updateCustomerRules(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: Omit<CustomerRules, 'weights' | 'retentionYears'> & {
    weights?: ScoreWeights;
    retentionYears?: number;
  },
) {
  requirePermission(ctx.actor, 'settings.manage');
  const weights = input.weights ?? (await loadScoreWeights(db));
  const amountA = parseYuan(input.amountA);
  const amountB = parseYuan(input.amountB);
  const errors = [];
  if (amountA === undefined) errors.push({ field: 'amountA', zh: '金额格式不正确', en: 'is not an amount' });
  if (amountB === undefined) errors.push({ field: 'amountB', zh: '金额格式不正确', en: 'is not an amount' });
  if (amountA !== undefined && amountB !== undefined && amountB >= amountA) {
    errors.push({ field: 'amountB', zh: 'B 级门槛须低于 A 级门槛', en: 'must be below amountA' });
  }
  if (input.scoreB >= input.scoreA)
    errors.push({ field: 'scoreB', zh: 'B 级分数须低于 A 级分数', en: 'must be below scoreA' });
  if (input.scoreC !== null && input.scoreC >= input.scoreB) {
    errors.push({ field: 'scoreC', zh: 'C 级分数须低于 B 级分数', en: 'must be below scoreB' });
  }
  for (const { part, zh, en } of scoreWeightProblems(weights)) {
    errors.push({ field: part === 'total' ? 'weights' : `weights.${part}`, zh, en });
  }
  if (errors.length > 0) throw invalid(errors);
  const rules: TierRules = {
    basis: input.basis,
    amountA: amountA as number,
    amountB: amountB as number,
    scoreA: input.scoreA,
    scoreB: input.scoreB,
    ...(input.scoreC === null ? {} : { scoreC: input.scoreC }),
  };
  return db.transaction().execute(async (trx) => {
    await writeSetting(trx, 'tier_rules', rules, ctx.actor.id);
    await writeSetting(trx, 'export_row_limit', input.exportRowLimit, ctx.actor.id);
    await writeSetting(trx, 'score_weights', weights, ctx.actor.id);
    if (input.retentionYears !== undefined) {
      await writeSetting(trx, 'retention_years_after_lost', input.retentionYears, ctx.actor.id);
    }
    const rescored = await reweightScores(trx, weights);
    const retiered = await retierAll(trx, rules, ctx.actor.id);
    await recordAudit(trx, ctx, 'settings.customer_rules_updated', undefined, {
      ...input,
      weights,
      rescored,
      retiered,
    });
    return { ...(await getCustomerRules(trx, ctx)), retiered };
  });
}
