import type { Kysely } from 'kysely';
import { DEFAULT_MAX_FAILED_ATTEMPTS } from '../../../domain/followups/attempts.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { DEFAULT_WEEKLY_CAP, WEEKLY_CAP_KEY } from '../followups/generation.ts';
import { MAX_FAILED_ATTEMPTS_KEY } from '../worklist/service.ts';
import { readSetting, writeSetting } from './repository.ts';

/** 回访设置: the frequency cap (SPEC §3.4, against 骚扰) and the failed attempts that end a task as 未接通. */
export interface FollowupSettings {
  weeklyCap: number;
  maxFailedAttempts: number;
}

/** Everyone signed in reads them (the worklist and the rules refer to them). */
export async function getFollowupSettings(
  db: Kysely<Database>,
  _ctx: RequestContext,
): Promise<FollowupSettings> {
  const [cap, max] = await Promise.all([
    readSetting<number>(db, WEEKLY_CAP_KEY),
    readSetting<number>(db, MAX_FAILED_ATTEMPTS_KEY),
  ]);
  return { weeklyCap: cap ?? DEFAULT_WEEKLY_CAP, maxFailedAttempts: max ?? DEFAULT_MAX_FAILED_ATTEMPTS };
}

/** Who keeps the rules keeps these; they apply from the next generation run and the next attempt. */
export async function updateFollowupSettings(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: FollowupSettings,
) {
  requirePermission(ctx.actor, 'followups.rules');
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, WEEKLY_CAP_KEY, input.weeklyCap, ctx.actor.id);
    await writeSetting(trx, MAX_FAILED_ATTEMPTS_KEY, input.maxFailedAttempts, ctx.actor.id);
    await recordAudit(trx, ctx, 'settings.followups_updated', undefined, { ...input });
  });
  return getFollowupSettings(db, ctx);
}
