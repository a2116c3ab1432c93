import { type Kysely, sql } from 'kysely';
import { SCORE_PARTS, type ScoreWeights, scoreWeightProblems } from '../../../domain/customers/scoring.ts';
import type { TierRules } from '../../../domain/customers/tier.ts';
import { formatYuan, parseYuan } from '../../../domain/money.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { loadScoreWeights, loadTierRules } from '../customers/tiering.ts';
import { retentionYears } from '../retention/service.ts';
import { readSetting, writeSetting } from './repository.ts';

const DEFAULT_EXPORT_LIMIT = 5000;

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
    exportRowLimit: (await readSetting<number>(db, 'export_row_limit')) ?? DEFAULT_EXPORT_LIMIT,
    weights: await loadScoreWeights(db),
    retentionYears: await retentionYears(db),
  };
}

/** New weights re-score every scored customer from its stored shares, rounded as weightedScore rounds. */
async function reweightScores(db: Kysely<Database>, weights: ScoreWeights): Promise<number> {
  const parts = SCORE_PARTS.map(
    (part) => sql`round(${weights[part]}::numeric * (score_shares ->> ${part})::numeric, 1)`,
  );
  const result = await sql`update customers set score = round(${sql.join(parts, sql` + `)}, 1)
    where score_shares is not null and deleted_at is null
      and score is distinct from round(${sql.join(parts, sql` + `)}, 1)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
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
    const amountTier = sql`case when annual_amount * 100 >= ${rules.amountA} then 'A'
      when annual_amount * 100 >= ${rules.amountB} then 'B' else 'C' end`;
    const scoreTier = sql`case when score >= ${rules.scoreA} then 'A' when score >= ${rules.scoreB} then 'B'
      ${rules.scoreC === undefined ? sql`` : sql`when score < ${rules.scoreC} then 'D'`} else 'C' end`;
    const target =
      rules.basis === 'score'
        ? sql`case when score is null then ${amountTier} else ${scoreTier} end`
        : amountTier;
    const { rows } = await sql<{ id: number }>`
      with changed as (
        select id, tier as from_tier, ${target} as to_tier from customers
         where not tier_manual and deleted_at is null and merged_into_id is null
      ), updated as (
        update customers c set tier = changed.to_tier, updated_at = now(), version = c.version + 1
          from changed where c.id = changed.id and changed.to_tier <> changed.from_tier
        returning c.id, changed.from_tier, changed.to_tier
      )
      insert into customer_tier_history (customer_id, from_tier, to_tier, reason, changed_by)
      select id, from_tier, to_tier, '分级规则调整', ${ctx.actor.id} from updated
      returning customer_id as id`.execute(trx);
    await recordAudit(trx, ctx, 'settings.customer_rules_updated', undefined, {
      ...input,
      weights,
      rescored,
      retiered: rows.length,
    });
    return { ...(await getCustomerRules(trx, ctx)), retiered: rows.length };
  });
}
