import type { Kysely } from 'kysely';
import { DEFAULT_SCORE_WEIGHTS, type ScoreWeights } from '../../../domain/customers/scoring.ts';
import { DEFAULT_TIER_RULES, type TierRules } from '../../../domain/customers/tier.ts';
import type { Database } from '../../db/schema.ts';
import { readSetting } from './repository.ts';

/** The settings other modules read, each with its default: the one place that knows their keys. */

const DEFAULT_EXPORT_ROW_LIMIT = 5000;

/** Above this many rows an export needs an approved 导出申请 (SPEC §2.5). */
export async function exportRowLimit(db: Kysely<Database>): Promise<number> {
  return (await readSetting<number>(db, 'export_row_limit')) ?? DEFAULT_EXPORT_ROW_LIMIT;
}

export async function loadScoreWeights(db: Kysely<Database>): Promise<ScoreWeights> {
  return { ...DEFAULT_SCORE_WEIGHTS, ...(await readSetting<Partial<ScoreWeights>>(db, 'score_weights')) };
}

export async function loadTierRules(db: Kysely<Database>): Promise<TierRules> {
  return { ...DEFAULT_TIER_RULES, ...(await readSetting<Partial<TierRules>>(db, 'tier_rules')) };
}
