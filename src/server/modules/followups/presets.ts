import type { Kysely } from 'kysely';
import { PRESETS } from '../../../domain/followups/presets.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { insertRule, listRules } from '../followup-rules/repository.ts';

/** The industry presets, each with its rules and how many of them this company has installed. */
export async function listPresets(db: Kysely<Database>, _ctx: RequestContext) {
  const installed = await listRules(db, {});
  return PRESETS.map((preset) => ({
    key: preset.key,
    nameZh: preset.name.zh,
    nameEn: preset.name.en,
    description: preset.description,
    installedRules: installed.filter((r) => r.preset === preset.key).length,
    rules: preset.rules.map((rule) => ({
      key: rule.key,
      name: rule.name,
      description: rule.description,
      type: rule.type,
      method: rule.method,
      trigger: rule.trigger,
      samplingRate: rule.samplingRate,
    })),
  }));
}

/**
 * Installs a preset's rules, switched on (the company chose the preset as its policy; each rule can be edited
 * or switched off afterwards). A rule installed before — even if since edited — is left alone.
 */
export async function installPreset(db: Kysely<Database>, ctx: RequestContext, key: string) {
  requirePermission(ctx.actor, 'followups.rules');
  const preset = PRESETS.find((p) => p.key === key);
  if (!preset) throw notFound({ zh: '行业模板', en: 'preset' });
  return db.transaction().execute(async (trx) => {
    let installed = 0;
    for (const { key: ruleKey, ...definition } of preset.rules) {
      const id = await insertRule(trx, {
        definition,
        active: true,
        preset: preset.key,
        presetRule: ruleKey,
        userId: ctx.actor.id,
      });
      if (id !== undefined) installed += 1;
    }
    await recordAudit(
      trx,
      ctx,
      'followup_presets.installed',
      { type: 'followup_preset', id: preset.key },
      {
        installed,
        skipped: preset.rules.length - installed,
      },
    );
    return { preset: preset.key, installed, skipped: preset.rules.length - installed };
  });
}
