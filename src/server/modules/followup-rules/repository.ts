import { type Kysely, sql, type Transaction } from 'kysely';
import { type RuleDefinition, withDefaults } from '../../../domain/followups/rules.ts';
import type { Database } from '../../db/schema.ts';

export interface RuleRow {
  id: number;
  version: number;
  active: boolean;
  preset: string | null;
  presetRule: string | null;
  definition: RuleDefinition;
  updatedAt: Date;
}

function currentRules(db: Kysely<Database>) {
  return db
    .selectFrom('followup_rules as r')
    .innerJoin('followup_rule_versions as v', (join) =>
      join.onRef('v.rule_id', '=', 'r.id').onRef('v.version', '=', 'r.version'),
    )
    .select([
      'r.id',
      'r.version',
      'r.active',
      'r.preset',
      'r.preset_rule as presetRule',
      'v.definition',
      'r.updated_at as updatedAt',
    ])
    .$castTo<RuleRow>();
}

export async function listRules(
  db: Kysely<Database>,
  filter: { active?: boolean; type?: string; preset?: string },
): Promise<RuleRow[]> {
  let query = currentRules(db);
  if (filter.active !== undefined) query = query.where('r.active', '=', filter.active);
  if (filter.type) query = query.where(sql<string>`v.definition->>'type'`, '=', filter.type);
  if (filter.preset) query = query.where('r.preset', '=', filter.preset);
  return (await query.orderBy('r.id').execute()).map(completed);
}

export async function findRule(db: Kysely<Database>, id: number): Promise<RuleRow | undefined> {
  const row = await currentRules(db).where('r.id', '=', id).executeTakeFirst();
  return row && completed(row);
}

/** Versions saved before a definition field existed read with its default. */
const completed = (row: RuleRow): RuleRow => ({ ...row, definition: withDefaults(row.definition) });

export function ruleVersions(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('followup_rule_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.version', 'v.created_at as createdAt', 'u.display_name as createdByName'])
    .where('v.rule_id', '=', id)
    .orderBy('v.version', 'desc')
    .execute();
}

/** A new rule, or none when a rule with this preset key exists already (installing twice adds nothing). */
export async function insertRule(
  trx: Transaction<Database>,
  row: { definition: RuleDefinition; active: boolean; preset?: string; presetRule?: string; userId: number },
): Promise<number | undefined> {
  const inserted = await trx
    .insertInto('followup_rules')
    .values({
      preset: row.preset ?? null,
      preset_rule: row.presetRule ?? null,
      active: row.active,
      created_by: row.userId,
    })
    .onConflict((oc) => oc.columns(['preset', 'preset_rule']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return undefined;
  await insertVersion(trx, inserted.id, 1, row.definition, row.userId);
  return inserted.id;
}

async function insertVersion(
  trx: Transaction<Database>,
  ruleId: number,
  version: number,
  definition: RuleDefinition,
  userId: number,
) {
  await trx
    .insertInto('followup_rule_versions')
    .values({ rule_id: ruleId, version, definition: JSON.stringify(definition), created_by: userId })
    .execute();
}

/** The next version of a rule, if the caller edited the version that is current; false when someone was faster. */
export async function addVersion(
  trx: Transaction<Database>,
  ruleId: number,
  expectedVersion: number,
  definition: RuleDefinition,
  userId: number,
): Promise<boolean> {
  const bumped = await trx
    .updateTable('followup_rules')
    .set({ version: expectedVersion + 1, updated_at: new Date() })
    .where('id', '=', ruleId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(bumped.numUpdatedRows) === 0) return false;
  await insertVersion(trx, ruleId, expectedVersion + 1, definition, userId);
  return true;
}

export async function setRuleActive(
  trx: Transaction<Database>,
  ruleId: number,
  active: boolean,
): Promise<boolean> {
  const result = await trx
    .updateTable('followup_rules')
    .set({ active, updated_at: new Date() })
    .where('id', '=', ruleId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
