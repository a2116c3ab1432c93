import { describe, expect, it } from 'vitest';
import { PRESET_KEYS, PRESETS } from './presets.ts';
import { ruleProblems } from './rules.ts';

const allRules = PRESETS.flatMap((p) => p.rules);
describe('the presets as data', () => {
  it('ships the six industries, in order', () => {
    expect(PRESETS.map((p) => p.key)).toEqual([...PRESET_KEYS]);
    expect(PRESET_KEYS).toEqual(['b2b', 'equipment', 'property', 'real-estate', 'auto-repair', 'franchise']);
  });

  it.each(allRules.map((r) => [r.key, r] as const))('%s is a valid rule', (_key, r) => {
    expect(ruleProblems(r)).toEqual([]);
  });

  it('keys every rule uniquely, under its preset', () => {
    expect(new Set(allRules.map((r) => r.key)).size).toBe(allRules.length);
    for (const preset of PRESETS) {
      for (const r of preset.rules) expect(r.key.startsWith(`${preset.key}.`)).toBe(true);
    }
  });

  it('cites a seed and quotes it in every rule', () => {
    for (const r of allRules) expect(r.description).toMatch(/种子 0\d\d[^：]*：.*“.+”/);
  });

  it('never makes a complaint follow-up count as a proactive contact', () => {
    for (const r of allRules.filter((x) => x.type === 'complaint')) {
      expect([r.key, r.serviceCritical, r.proactive]).toEqual([r.key, true, false]);
    }
    for (const r of allRules.filter((x) => x.trigger.kind === 'periodic')) {
      expect([r.key, r.start, r.within]).toEqual([
        r.key,
        { amount: 0, unit: 'calendar_days' },
        { amount: 0, unit: 'calendar_days' },
      ]);
    }
  });
});
