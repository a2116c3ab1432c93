import type { Kysely } from 'kysely';
import { DEFAULT_SLA_POLICIES, type SlaPolicy } from '../../../domain/issues/sla.ts';
import { URGENCIES, URGENCY_KEYS } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, type FieldError, invalid } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { readSetting, writeSetting } from '../settings/repository.ts';
import * as repo from './repository.ts';
import { CLOSE_THRESHOLD_KEY, DEFAULT_CLOSE_THRESHOLD } from './revisit.ts';

/** SLA 策略: read by whoever works issues (the form shows the deadlines), changed by the administrator. */
export async function listPolicies(db: Kysely<Database>, ctx: RequestContext) {
  if (
    !hasAnyPermission(ctx.actor, ['settings.manage', 'issues.register', 'issues.handle', 'issues.escalate'])
  )
    throw new AppError('forbidden');
  return policiesWithThreshold(db);
}

/** The policies and the revisit satisfaction that closes an issue (below it reopens), as the page edits them. */
async function policiesWithThreshold(db: Kysely<Database>) {
  const [items, threshold] = await Promise.all([
    repo.loadPolicies(db),
    readSetting<number>(db, CLOSE_THRESHOLD_KEY),
  ]);
  return { items, closeThreshold: threshold ?? DEFAULT_CLOSE_THRESHOLD };
}

function policyProblems(policies: SlaPolicy[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const urgency of URGENCY_KEYS) {
    if (!policies.some((p) => p.urgency === urgency && p.category === null))
      errors.push({
        field: 'items',
        zh: `缺少「${URGENCIES[urgency].zh}」的通用策略（不限分类）`,
        en: `a general policy for ${URGENCIES[urgency].en} is required`,
      });
  }
  const seen = new Set<string>();
  policies.forEach((p, i) => {
    const key = `${p.urgency}|${p.category ?? ''}`;
    if (seen.has(key))
      errors.push({
        field: `items/${i}/category`,
        zh: `「${URGENCIES[p.urgency].zh}${p.category ? ` · ${p.category}` : ''}」的策略重复`,
        en: 'duplicates another policy',
      });
    seen.add(key);
    if (p.solutionHours < p.firstResponseHours)
      errors.push({
        field: `items/${i}/solutionHours`,
        zh: '解决时限不能短于首次响应时限',
        en: 'must not be shorter than the first response',
      });
  });
  return errors;
}

const defaultPlanApproval = (urgency: SlaPolicy['urgency']) =>
  DEFAULT_SLA_POLICIES.some((d) => d.urgency === urgency && d.planApproval);

/** Replaces every policy at once (new issues use them; registered issues keep their deadlines). */
export async function savePolicies(
  db: Kysely<Database>,
  ctx: RequestContext,
  policies: (Omit<SlaPolicy, 'planApproval'> & { planApproval?: boolean })[],
  closeThreshold?: number,
) {
  requirePermission(ctx.actor, 'settings.manage');
  const normalised = policies.map((p) => ({
    ...p,
    category: p.category?.trim() || null,
    planApproval: p.planApproval ?? defaultPlanApproval(p.urgency),
  }));
  const errors = policyProblems(normalised);
  if (errors.length > 0) throw invalid(errors);
  await db.transaction().execute(async (trx) => {
    await repo.replacePolicies(trx, normalised, ctx.actor.id);
    if (closeThreshold !== undefined)
      await writeSetting(trx, CLOSE_THRESHOLD_KEY, closeThreshold, ctx.actor.id);
    await recordAudit(trx, ctx, 'sla_policies.saved', undefined, {
      policies: normalised.length,
      ...(closeThreshold !== undefined && { closeThreshold }),
    });
  });
  return policiesWithThreshold(db);
}
