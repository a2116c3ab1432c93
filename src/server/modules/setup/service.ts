import type { Kysely } from 'kysely';
import { PRESETS } from '../../../domain/followups/presets.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { missingYears } from '../calendar/service.ts';
import * as repo from './repository.ts';

/**
 * The first-run checklist on the administrator's home page (初始设置): what a new company does before its
 * business users can work, each step done or not as the data says (never a flag someone ticks).
 */
export async function checklist(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  now = new Date(),
) {
  requirePermission(ctx.actor, 'settings.manage');
  const [facts, importRoles, missing] = await Promise.all([
    repo.setupFacts(db),
    repo.rolesWith(db, 'customers.import'),
    missingYears(db, timeZone, now),
  ]);
  const presetNames = new Map(PRESETS.map((p) => [p.key as string, p.name]));
  const steps = {
    departments: { done: facts.departments_changed, departments: facts.departments },
    users: { done: facts.business_users > 0, businessUsers: facts.business_users },
    preset: {
      done: facts.active_rules > 0,
      activeRules: facts.active_rules,
      presets: (facts.presets ?? []).map((key) => ({
        key,
        nameZh: presetNames.get(key)?.zh ?? key,
        nameEn: presetNames.get(key)?.en ?? key,
      })),
    },
    customers: {
      done: facts.customers > 0,
      customers: Math.min(facts.customers, repo.CUSTOMER_COUNT_CAP),
      moreThanShown: facts.customers > repo.CUSTOMER_COUNT_CAP,
      youMayImport: ctx.actor.permissions.has('customers.import'),
      importRoles: importRoles.map((r) => ({ key: r.key, nameZh: r.name_zh, nameEn: r.name_en })),
      importers: facts.importers,
    },
    calendar: { done: missing.length === 0, missingYears: missing },
  };
  const all = Object.values(steps);
  return { ...steps, doneCount: all.filter((s) => s.done).length, total: all.length };
}
