import { expect, it } from 'vitest';
import {
  EMPTY_AUDIENCE,
  newRuleDefinition,
  type RuleDefinition,
  ruleProblems,
  withDefaults,
} from './rules.ts';

const phoneWeeklyA: RuleDefinition = newRuleDefinition({
  name: 'A 类客户每周电话',
  description: '种子 001：A 类客户每周 1 次电话沟通，专属客户经理负责',
  trigger: { kind: 'periodic', every: 1, unit: 'week' },
  audience: { ...EMPTY_AUDIENCE, tiers: ['A'] },
});

const fields = (rule: RuleDefinition) => ruleProblems(rule).map((p) => p.field);

it('accepts a well-formed rule', () => {
  expect(ruleProblems(phoneWeeklyA)).toEqual([]);
});

it('names every wrong field of a rule', () => {
  expect(
    fields({
      ...phoneWeeklyA,
      name: ' ',
      trigger: { kind: 'periodic', every: 0, unit: 'month' },
      samplingRate: 0,
      assignee: {
        kind: 'by_severity',
        general: { kind: 'owner' },
        urgent: { kind: 'owner' },
        major: { kind: 'owner' },
      },
      questionnaire: [{ question: '满意吗？', kind: 'choice', options: ['是'] }],
      serviceCritical: true,
    }),
  ).toEqual(['name', 'trigger.every', 'assignee', 'samplingRate', 'questionnaire.0.options', 'proactive']);
});

it('lets an event rule start before its event, but never a periodic one, nor a deadline', () => {
  const contractExpiry: RuleDefinition = {
    ...phoneWeeklyA,
    trigger: { kind: 'event', event: 'contract_expiring' },
    start: { amount: -30, unit: 'calendar_days' },
    within: { amount: 5, unit: 'working_days' },
  };
  expect(ruleProblems(contractExpiry)).toEqual([]);
  expect(fields({ ...phoneWeeklyA, start: { amount: -1, unit: 'calendar_days' } })).toEqual(['start.amount']);
  expect(fields({ ...contractExpiry, within: { amount: -1, unit: 'working_days' } })).toEqual([
    'within.amount',
  ]);
  expect(fields({ ...contractExpiry, within: { amount: 0, unit: 'hours' } })).toEqual(['within.amount']);
});

it('refuses a tag that a rule both includes and leaves out, and reads an older definition with no exclusions', () => {
  const both = {
    ...phoneWeeklyA,
    audience: { ...phoneWeeklyA.audience, tags: ['重点客户'], excludeTags: ['重点客户'] },
  };
  expect(fields(both)).toEqual(['audience.excludeTags']);
  const { excludeTags: _, ...older } = phoneWeeklyA.audience;
  expect(
    withDefaults({ ...phoneWeeklyA, audience: older as typeof phoneWeeklyA.audience }).audience.excludeTags,
  ).toEqual([]);
});
