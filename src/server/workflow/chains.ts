import type { Kysely } from 'kysely';
import {
  chainFor,
  chainProblems,
  completeChains,
  WORKFLOWS,
  type WorkflowChains,
  type WorkflowKey,
} from '../../domain/workflow/chains.ts';
import type { Database } from '../db/schema.ts';
import { type RequestContext, requirePermission } from '../http/actor.ts';
import { invalid } from '../http/errors.ts';
import { recordAudit } from '../modules/audit/service.ts';
import { departmentNodes } from '../modules/departments/repository.ts';
import { readSetting, writeSetting } from '../modules/settings/repository.ts';

/** 系统设置 → 审批流程: who approves each step, per request type and level (SPEC §2.5). */
const SETTING = 'approval_chains';

export async function loadChains(db: Kysely<Database>): Promise<WorkflowChains> {
  return completeChains(await readSetting<Partial<WorkflowChains>>(db, SETTING));
}

export async function chainOf(db: Kysely<Database>, workflow: WorkflowKey, level = 'default') {
  return chainFor(await loadChains(db), workflow, level);
}

/** Every chain of a workflow (all its levels): who may see its inbox at all. */
export async function chainsOf(db: Kysely<Database>, workflow: WorkflowKey) {
  const chains = await loadChains(db);
  return WORKFLOWS[workflow].levels.map((level) => chainFor(chains, workflow, level));
}

export async function getChains(db: Kysely<Database>, ctx: RequestContext) {
  requirePermission(ctx.actor, 'settings.manage');
  return loadChains(db);
}

/** Applies to requests submitted from now on; those in flight keep the chain they were submitted with. */
export async function updateChains(db: Kysely<Database>, ctx: RequestContext, input: WorkflowChains) {
  requirePermission(ctx.actor, 'settings.manage');
  const departments = await departmentNodes(db);
  const problems = chainProblems(
    input,
    departments.map((d) => d.id),
  );
  if (problems.length > 0) throw invalid(problems);
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, SETTING, input, ctx.actor.id);
    await recordAudit(trx, ctx, 'settings.approval_chains_changed', undefined, { chains: input });
  });
  return loadChains(db);
}
