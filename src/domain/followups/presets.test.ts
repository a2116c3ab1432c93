import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_HOURS } from '../calendar/hours.ts';
import { statutoryArrangements } from '../calendar/statutory.ts';
import { workingCalendar } from '../calendar/working-days.ts';
import { PRESET_KEYS, PRESETS, type PresetRule } from './presets.ts';
import { ruleProblems } from './rules.ts';
import { eventWindow, periodOf, workingDaysOf } from './schedule.ts';

const ctx = {
  calendar: workingCalendar(statutoryArrangements()),
  hours: DEFAULT_COMPANY_HOURS,
  timeZone: 'Asia/Shanghai',
};
const at = (local: string) => new Date(`${local}+08:00`);

const allRules = PRESETS.flatMap((p) => p.rules);
const rule = (key: string): PresetRule => {
  const found = allRules.find((r) => r.key === key);
  if (!found) throw new Error(`no rule ${key}`);
  return found;
};
const windowAfter = (key: string, local: string) => {
  const r = rule(key);
  return eventWindow(at(local), r.start, r.within, ctx);
};
/** What a reviewer checks against the seed: cadence or event, audience, method, assignee, rate, signature. */
const summary = (r: PresetRule) => ({
  trigger: r.trigger,
  tiers: r.audience.tiers,
  tags: r.audience.tags,
  method: r.method,
  assignee: r.assignee,
  samplingRate: r.samplingRate,
  signatureRequired: r.signatureRequired,
});

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

describe('通用 B2B (seed 001)', () => {
  it('keeps A on site monthly and by phone weekly, B by phone fortnightly and email monthly, C monthly in bulk', () => {
    expect(summary(rule('b2b.a-onsite-monthly'))).toMatchObject({
      trigger: { kind: 'periodic', every: 1, unit: 'month' },
      tiers: ['A'],
      method: 'onsite',
      assignee: { kind: 'owner' },
    });
    expect(summary(rule('b2b.a-phone-weekly'))).toMatchObject({
      trigger: { kind: 'periodic', every: 1, unit: 'week' },
      tiers: ['A'],
      method: 'phone',
      assignee: { kind: 'owner' },
    });
    expect(summary(rule('b2b.b-phone-fortnightly'))).toMatchObject({
      trigger: { kind: 'periodic', every: 2, unit: 'week' },
      tiers: ['B'],
      method: 'phone',
    });
    expect(summary(rule('b2b.b-email-monthly'))).toMatchObject({
      trigger: { kind: 'periodic', every: 1, unit: 'month' },
      tiers: ['B'],
      method: 'email',
    });
    expect(summary(rule('b2b.c-push-monthly'))).toMatchObject({
      trigger: { kind: 'periodic', every: 1, unit: 'month' },
      tiers: ['C'],
      method: 'email',
      assignee: { kind: 'role', role: 'agent', department: '客户服务部' },
    });
    // A B customer's fortnight: two calendar weeks from Monday, the National Day week inside.
    const fortnight = rule('b2b.b-phone-fortnightly').trigger;
    if (fortnight.kind !== 'periodic') throw new Error('periodic');
    expect(periodOf('2025-10-08', fortnight.every, fortnight.unit)).toMatchObject({
      start: '2025-09-29',
      end: '2025-10-12',
    });
  });

  it('has the account manager revisit an issue resolved on 2025-09-30 by the end of 2025-10-10', () => {
    const r = rule('b2b.post-resolution');
    expect(summary(r)).toMatchObject({
      trigger: { kind: 'event', event: 'issue_resolved' },
      assignee: { kind: 'owner' },
      samplingRate: 1,
    });
    expect(r.questionnaire[0]).toMatchObject({ kind: 'rating' });
    expect(windowAfter('b2b.post-resolution', '2025-09-30T14:00')).toEqual({
      startAt: at('2025-09-30T14:00'),
      dueAt: at('2025-10-11T00:00'),
      covered: true,
      uncoveredYears: [],
    });
  });

  it('opens the contract-expiry task 30 days before the contract ends', () => {
    expect(rule('b2b.contract-expiry').trigger).toEqual({ kind: 'event', event: 'contract_expiring' });
    const window = windowAfter('b2b.contract-expiry', '2026-03-31T00:00');
    expect(window.startAt).toEqual(at('2026-03-01T00:00'));
    expect(window.dueAt).toEqual(at('2026-03-07T00:00')); // five working days after Sun 03-01: Mon 03-02 … Fri 03-06
  });

  it('verifies a logged sales visit by phone within 24 hours', () => {
    expect(windowAfter('b2b.visit-verification', '2025-09-30T17:00').dueAt).toEqual(at('2025-10-01T17:00'));
    expect(rule('b2b.visit-verification')).toMatchObject({ type: 'verification', method: 'phone' });
  });
});

describe('设备/软件 (seeds 003/004)', () => {
  it('makes the first phone revisit a month after installation and asks whether the basics are mastered', () => {
    const r = rule('equipment.first-phone');
    expect(summary(r)).toMatchObject({
      trigger: { kind: 'event', event: 'installation' },
      method: 'phone',
    });
    expect(r.questionnaire[0]?.question).toBe('是否掌握产品基本功能');
    const window = windowAfter('equipment.first-phone', '2025-09-15T10:00');
    expect(window.startAt).toEqual(at('2025-10-15T00:00'));
    expect(window.dueAt).toEqual(at('2025-10-23T00:00')); // five working days: 10-16, 17, 20, 21, 22
  });

  it('phones every half year, visits large customers yearly and key ones half-yearly, with a signature', () => {
    expect(summary(rule('equipment.routine-phone-halfyear'))).toMatchObject({
      trigger: { kind: 'periodic', every: 6, unit: 'month' },
      method: 'phone',
      signatureRequired: false,
    });
    expect(summary(rule('equipment.onsite-large-yearly'))).toMatchObject({
      trigger: { kind: 'periodic', every: 12, unit: 'month' },
      tags: ['大客户'],
      method: 'onsite',
      signatureRequired: true,
    });
    expect(summary(rule('equipment.onsite-key-halfyear'))).toMatchObject({
      trigger: { kind: 'periodic', every: 6, unit: 'month' },
      tags: ['重点客户'],
      method: 'onsite',
      signatureRequired: true,
    });
    expect(summary(rule('equipment.complaint-check'))).toMatchObject({ method: 'phone', samplingRate: 1 });
  });
});

describe('物业 (seeds 002, 004 篇2)', () => {
  it('revisits half of the closed complaints within 3 calendar days, holidays included, by severity', () => {
    expect(summary(rule('property.complaint'))).toMatchObject({
      trigger: { kind: 'event', event: 'issue_resolved' },
      method: 'onsite',
      samplingRate: 0.5,
      signatureRequired: true,
      assignee: {
        kind: 'by_severity',
        general: { kind: 'role', role: 'agent', department: '物业助理' },
        urgent: { kind: 'role', role: 'supervisor', department: null },
        major: { kind: 'role', role: 'executive', department: '公司经理' },
      },
    });
    expect(windowAfter('property.complaint', '2025-09-30T14:00').dueAt).toEqual(at('2025-10-04T00:00'));
  });

  it('revisits 30 % of repairs and maintenance and 10 % of activities within a month', () => {
    for (const key of ['property.repair', 'property.maintenance']) {
      expect(summary(rule(key))).toMatchObject({
        samplingRate: 0.3,
        assignee: { kind: 'role', role: 'agent', department: '责任区物业助理' },
      });
    }
    expect(summary(rule('property.activity'))).toMatchObject({
      trigger: { kind: 'event', event: 'activity' },
      samplingRate: 0.1,
      assignee: { kind: 'role', role: 'agent', department: '社区文化文员' },
    });
    // A month from the last day of January is due as February ends.
    expect(windowAfter('property.repair', '2025-01-31T09:00').dueAt).toEqual(at('2025-03-01T00:00'));
  });

  it('asks a signature on every on-site revisit and none on the phone', () => {
    for (const r of PRESETS.find((p) => p.key === 'property')?.rules ?? []) {
      expect([r.key, r.signatureRequired]).toEqual([r.key, r.method === 'onsite']);
    }
  });
});

describe('房地产营销 (seed 004 篇3)', () => {
  it('calls an inquiry back the same day, even on a holiday', () => {
    expect(summary(rule('real-estate.call-same-day'))).toMatchObject({
      trigger: { kind: 'event', event: 'inquiry_call' },
      method: 'phone',
      assignee: { kind: 'owner' },
    });
    expect(windowAfter('real-estate.call-same-day', '2025-10-01T15:00')).toMatchObject({
      startAt: at('2025-10-01T15:00'),
      dueAt: at('2025-10-02T00:00'),
    });
  });

  it('calls promising callers again within three days, then weekly while they are prospects', () => {
    expect(windowAfter('real-estate.call-quality-3days', '2025-10-08T11:00')).toMatchObject({
      startAt: at('2025-10-09T00:00'),
      dueAt: at('2025-10-12T00:00'), // the third day after the call ends
    });
    expect(rule('real-estate.call-quality-3days').audience.tags).toEqual(['优质']);
    expect(rule('real-estate.call-quality-weekly')).toMatchObject({
      trigger: { kind: 'periodic', every: 1, unit: 'week' },
      audience: { tags: ['优质'], statuses: ['prospect'] },
    });
  });

  it('follows A/B visitors the same day and within three days, C weekly; buyers the same day and fortnightly', () => {
    for (const key of ['real-estate.visit-ab-same-day', 'real-estate.visit-ab-3days']) {
      expect(summary(rule(key))).toMatchObject({
        trigger: { kind: 'event', event: 'showroom_visit' },
        tiers: ['A', 'B'],
      });
    }
    // Key visitors every three days, on the working days of each three-day period (none over a weekend).
    expect(summary(rule('real-estate.visit-key-3days'))).toMatchObject({
      trigger: { kind: 'periodic', every: 3, unit: 'day' },
      tiers: ['A', 'B'],
      tags: ['重点客户'],
      method: 'phone',
    });
    const periods = ['2025-10-13', '2025-10-16', '2025-10-19'].map((d) => periodOf(d, 3, 'day'));
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2025-10-13', '2025-10-15'],
      ['2025-10-16', '2025-10-18'],
      ['2025-10-19', '2025-10-21'],
    ]);
    expect(periods.map((p) => workingDaysOf(p, ctx.calendar).days)).toEqual([
      ['2025-10-13', '2025-10-14', '2025-10-15'],
      ['2025-10-16', '2025-10-17'],
      ['2025-10-20', '2025-10-21'],
    ]);
    expect(workingDaysOf(periodOf('2025-10-04', 3, 'day'), ctx.calendar).days).toEqual([]); // National Day
    expect(summary(rule('real-estate.visit-c-weekly'))).toMatchObject({
      trigger: { kind: 'periodic', every: 1, unit: 'week' },
      tiers: ['C'],
    });
    expect(windowAfter('real-estate.deal-same-day', '2025-10-08T16:00').dueAt).toEqual(
      at('2025-10-09T00:00'),
    );
    expect(rule('real-estate.deal-fortnightly').trigger).toEqual({
      kind: 'periodic',
      every: 2,
      unit: 'week',
    });
  });

  it('greets everyone by SMS on holidays and key customers by phone; tells leadership introductions before milestones', () => {
    // Key customers get the call, not the SMS as well (and the weekly cap would have kept the SMS, rule first).
    expect(summary(rule('real-estate.holiday-sms'))).toMatchObject({ tags: [], method: 'sms' });
    expect(rule('real-estate.holiday-sms').audience.excludeTags).toEqual(['重点客户']);
    expect(summary(rule('real-estate.holiday-phone-key'))).toMatchObject({
      tags: ['重点客户'],
      method: 'phone',
    });
    expect(summary(rule('real-estate.milestone'))).toMatchObject({
      trigger: { kind: 'event', event: 'milestone' },
      method: 'sms',
    });
    const leader = rule('real-estate.milestone-leader-intro');
    expect(leader.audience.tags).toEqual(['领导介绍']);
    expect(windowAfter(leader.key, '2025-11-15T10:00')).toMatchObject({
      startAt: at('2025-11-12T00:00'),
      dueAt: at('2025-11-15T00:00'), // told by the end of the day before the milestone
    });
  });
});

describe('汽车维修 (seed 002) and 服饰加盟 (seed 000)', () => {
  it('has the follow-up agent phone after a repair and after a registration', () => {
    for (const key of ['auto-repair.repair', 'auto-repair.registration']) {
      expect(summary(rule(key))).toMatchObject({
        method: 'phone',
        assignee: { kind: 'role', role: 'agent', department: null },
      });
    }
    expect(rule('auto-repair.registration').trigger).toEqual({ kind: 'event', event: 'customer_created' });
  });

  it('revisits franchisees and wholesalers about stock and the next order', () => {
    const r = rule('franchise.store-monthly');
    expect(r.audience.kinds).toEqual(['franchisee', 'wholesale']);
    expect(r.questionnaire.map((q) => q.question)).toContain('当地市场需求（下次订货准备）');
    expect(r.script).toContain('库存');
  });
});
