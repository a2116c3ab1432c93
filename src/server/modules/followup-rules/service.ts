import type { Kysely } from 'kysely';
import { type RuleDefinition, ruleProblems, withDefaults } from '../../../domain/followups/rules.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as repo from './repository.ts';

const RULE = { zh: '回访规则', en: 'follow-up rule' };

/** The definition with every field's default filled in, or a 400 naming each problem. */
export function validRuleOrThrow(given: RuleDefinition): RuleDefinition {
  const definition = withDefaults(given);
  const problems = ruleProblems(definition);
  if (problems.length > 0) throw invalid(problems.map((p) => ({ ...p, field: `definition.${p.field}` })));
  return definition;
}

function summaryOf(row: repo.RuleRow) {
  const d = row.definition;
  return {
    id: row.id,
    version: row.version,
    active: row.active,
    preset: row.preset,
    name: d.name,
    type: d.type,
    method: d.method,
    trigger: d.trigger,
    start: d.start,
    within: d.within,
    assignee: d.assignee,
    samplingRate: d.samplingRate,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Rules are the company's policy: anyone at work may read them; those with followups.rules change them. */
export async function listRules(
  db: Kysely<Database>,
  _ctx: RequestContext,
  filter: { active?: boolean; type?: string; preset?: string },
) {
  return { items: (await repo.listRules(db, filter)).map(summaryOf) };
}

export async function getRule(db: Kysely<Database>, _ctx: RequestContext, id: number) {
  const row = await repo.findRule(db, id);
  if (!row) throw notFound(RULE);
  const versions = await repo.ruleVersions(db, id);
  return {
    id: row.id,
    version: row.version,
    active: row.active,
    preset: row.preset,
    presetRule: row.presetRule,
    definition: row.definition,
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}

/** A new rule starts switched off: its preview is looked at before it makes tasks. */
export async function createRule(db: Kysely<Database>, ctx: RequestContext, given: RuleDefinition) {
  requirePermission(ctx.actor, 'followups.rules');
  const definition = validRuleOrThrow(given);
  const id = await db.transaction().execute(async (trx) => {
    const created = await repo.insertRule(trx, { definition, active: false, userId: ctx.actor.id });
    if (created === undefined) throw new Error('rule not inserted');
    await recordAudit(
      trx,
      ctx,
      'followup_rules.created',
      { type: 'followup_rule', id: created },
      { name: definition.name },
    );
    return created;
  });
  return getRule(db, ctx, id);
}

/** Editing adds a version; tasks already made keep the version that made them. */
export async function updateRule(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  input: { version: number; definition: RuleDefinition },
) {
  requirePermission(ctx.actor, 'followups.rules');
  const definition = validRuleOrThrow(input.definition);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.findRule(trx, id))) throw notFound(RULE);
    if (!(await repo.addVersion(trx, id, input.version, definition, ctx.actor.id))) {
      throw conflict({
        zh: '规则已被他人修改，请刷新后再改',
        en: 'Someone changed the rule meanwhile; reload it and edit again',
      });
    }
    await recordAudit(
      trx,
      ctx,
      'followup_rules.updated',
      { type: 'followup_rule', id },
      {
        version: input.version + 1,
        name: input.definition.name,
      },
    );
  });
  return getRule(db, ctx, id);
}

export async function setActive(db: Kysely<Database>, ctx: RequestContext, id: number, active: boolean) {
  requirePermission(ctx.actor, 'followups.rules');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.setRuleActive(trx, id, active))) throw notFound(RULE);
    await recordAudit(trx, ctx, active ? 'followup_rules.activated' : 'followup_rules.deactivated', {
      type: 'followup_rule',
      id,
    });
  });
  return getRule(db, ctx, id);
}
