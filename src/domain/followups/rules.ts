import type { RoleKey } from '../roles.ts';
import {
  FOLLOWUP_EVENTS,
  FOLLOWUP_METHODS,
  FOLLOWUP_TYPES,
  type FollowupEvent,
  type FollowupMethod,
  type FollowupType,
  PRIORITIES,
  type Priority,
  SEVERITIES,
  type Severity,
} from './vocabulary.ts';

/**
 * A follow-up rule (SPEC §3.2): declarative, so an admin edits it and the generator reads it. A periodic rule
 * makes one task per customer per period of its cadence; an event rule one task per event.
 */
export type CadenceUnit = 'day' | 'week' | 'month';

/** The longest cadence per unit (a year); "every 3 days" is the shortest a seed asks for. */
const CADENCE_MAX: Record<CadenceUnit, number> = { day: 90, week: 52, month: 12 };
export type OffsetUnit = 'hours' | 'working_hours' | 'calendar_days' | 'working_days' | 'months';

/** A span of time measured on the company's calendar. */
export interface Offset {
  amount: number;
  unit: OffsetUnit;
}

export type Trigger =
  /** Every `every` days, weeks or months, periods aligned to the calendar (weeks from Monday). */
  | { kind: 'periodic'; every: number; unit: CadenceUnit }
  /** After each event of the kind. */
  | { kind: 'event'; event: FollowupEvent };

/** Which customers (and, for events, which events) a rule applies to; an empty list means any. */
export interface Audience {
  tiers: string[];
  kinds: string[];
  statuses: string[];
  provinces: string[];
  tags: string[];
  /** Customers with any of these tags are left out: a rule for the others (key customers are phoned instead). */
  excludeTags: string[];
  /** For events that carry one (issues): which severities. */
  severities: Severity[];
}

export type SimpleAssignee =
  | { kind: 'owner' }
  /** The owner's agent (服务专员); the owner when there is none. */
  | { kind: 'agent' }
  /** Whoever holds the role in the department (the customer's owner's department when none is named), the least loaded first. */
  | { kind: 'role'; role: RoleKey; department: string | null };

export type Assignee =
  | SimpleAssignee
  | { kind: 'by_severity'; general: SimpleAssignee; urgent: SimpleAssignee; major: SimpleAssignee };

export interface QuestionnaireItem {
  question: string;
  kind: 'rating' | 'choice' | 'text';
  options: string[];
}

export interface RuleDefinition {
  name: string;
  /** Why the rule exists; a preset's rules cite the seed rule they implement. */
  description: string;
  type: FollowupType;
  trigger: Trigger;
  audience: Audience;
  /**
   * When the task opens, from the event (or from the period's planned day): `start` after it, due `within`
   * after the start. "Within 2 working days": start 0, within 2 working days. "30 days before the contract
   * ends": start -30 calendar days.
   */
  start: Offset;
  within: Offset;
  method: FollowupMethod;
  assignee: Assignee;
  /** Share of the events or customers that get a task, 0 < rate ≤ 1 (reproducible per event). */
  samplingRate: number;
  priority: Priority;
  script: string;
  questionnaire: QuestionnaireItem[];
  signatureRequired: boolean;
  /**
   * Service follow-ups of an open complaint go ahead for customers who asked not to be contacted (marked as
   * such); every other rule skips them.
   */
  serviceCritical: boolean;
  /** Counts toward the cap on proactive contacts per customer (routine, greetings); service revisits do not. */
  proactive: boolean;
}

export const EMPTY_AUDIENCE: Audience = {
  tiers: [],
  kinds: [],
  statuses: [],
  provinces: [],
  tags: [],
  excludeTags: [],
  severities: [],
};

/** A definition as stored before a field existed, completed with that field's default. */
export function withDefaults(definition: RuleDefinition): RuleDefinition {
  return { ...definition, audience: { ...EMPTY_AUDIENCE, ...definition.audience } };
}

export interface RuleProblem {
  field: string;
  zh: string;
  en: string;
}

const MAX_OFFSET: Record<OffsetUnit, number> = {
  hours: 24 * 366,
  working_hours: 8 * 260,
  calendar_days: 731,
  working_days: 500,
  months: 24,
};

function offsetProblems(field: string, offset: Offset, mayBeNegative: boolean): RuleProblem[] {
  const limit = MAX_OFFSET[offset.unit];
  if (limit === undefined) return [{ field: `${field}.unit`, zh: '单位不正确', en: 'is not a unit' }];
  if (!Number.isInteger(offset.amount))
    return [{ field: `${field}.amount`, zh: '须为整数', en: 'must be a whole number' }];
  const low = mayBeNegative ? -limit : 0;
  if (offset.amount < low || offset.amount > limit) {
    return [
      {
        field: `${field}.amount`,
        zh: `须在 ${low} 到 ${limit} 之间`,
        en: `must be between ${low} and ${limit}`,
      },
    ];
  }
  return [];
}

function assigneeProblems(field: string, assignee: Assignee): RuleProblem[] {
  if (assignee.kind === 'by_severity') {
    return SEVERITIES.flatMap((s) => assigneeProblems(`${field}.${s}`, assignee[s]));
  }
  if (assignee.kind === 'role' && !assignee.role)
    return [{ field: `${field}.role`, zh: '请选择角色', en: 'is required' }];
  return [];
}

/** Everything wrong with a rule, each on its field, in both languages. */
export function ruleProblems(rule: RuleDefinition): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!rule.name.trim()) problems.push({ field: 'name', zh: '请填写规则名称', en: 'is required' });
  if (!(rule.type in FOLLOWUP_TYPES))
    problems.push({ field: 'type', zh: '回访类型不正确', en: 'is not a follow-up type' });
  if (!(rule.method in FOLLOWUP_METHODS))
    problems.push({ field: 'method', zh: '回访方式不正确', en: 'is not a method' });
  if (!PRIORITIES.includes(rule.priority))
    problems.push({ field: 'priority', zh: '优先级不正确', en: 'is not a priority' });
  const both = rule.audience.tags.filter((tag) => rule.audience.excludeTags.includes(tag));
  if (both.length > 0)
    problems.push({
      field: 'audience.excludeTags',
      zh: `标签“${both.join('、')}”不能既包含又排除`,
      en: `cannot both include and exclude ${both.join(', ')}`,
    });
  if (rule.trigger.kind === 'periodic') {
    const { every, unit } = rule.trigger;
    const max = CADENCE_MAX[unit] ?? 0;
    if (!Number.isInteger(every) || every < 1 || every > max) {
      problems.push({
        field: 'trigger.every',
        zh: `周期须为 1 到 ${max} 的整数`,
        en: `must be a whole number from 1 to ${max}`,
      });
    }
    if (rule.audience.severities.length > 0) {
      problems.push({
        field: 'audience.severities',
        zh: '定期规则不按问题等级筛选',
        en: 'applies to event rules only',
      });
    }
    if (rule.assignee.kind === 'by_severity') {
      problems.push({
        field: 'assignee',
        zh: '定期规则不能按问题等级分派',
        en: 'needs an event with a severity',
      });
    }
  } else if (!(rule.trigger.event in FOLLOWUP_EVENTS)) {
    problems.push({ field: 'trigger.event', zh: '触发事件不正确', en: 'is not an event' });
  }
  problems.push(...offsetProblems('start', rule.start, rule.trigger.kind === 'event'));
  problems.push(...offsetProblems('within', rule.within, false));
  if (
    rule.within.amount === 0 &&
    rule.within.unit !== 'calendar_days' &&
    rule.within.unit !== 'working_days'
  ) {
    problems.push({ field: 'within.amount', zh: '完成时限须大于 0', en: 'must be more than 0' });
  }
  problems.push(...assigneeProblems('assignee', rule.assignee));
  if (!(rule.samplingRate > 0 && rule.samplingRate <= 1)) {
    problems.push({
      field: 'samplingRate',
      zh: '抽样比例须大于 0%，至多 100%',
      en: 'must be above 0 and at most 1',
    });
  }
  rule.questionnaire.forEach((q, i) => {
    if (!q.question.trim())
      problems.push({ field: `questionnaire.${i}.question`, zh: '请填写问题', en: 'is required' });
    if (q.kind === 'choice' && q.options.filter((o) => o.trim()).length < 2) {
      problems.push({
        field: `questionnaire.${i}.options`,
        zh: '选择题至少需要两个选项',
        en: 'needs two options or more',
      });
    }
  });
  if (rule.serviceCritical && rule.proactive) {
    problems.push({
      field: 'proactive',
      zh: '服务必需的回访不计入主动联系次数',
      en: 'cannot be both service-critical and proactive',
    });
  }
  return problems;
}

/** What a new rule starts from (the rule editor's blank form): a monthly phone call by the owner, everyone. */
export function newRuleDefinition(overrides: Partial<RuleDefinition> = {}): RuleDefinition {
  return {
    name: '',
    description: '',
    type: 'routine',
    trigger: { kind: 'periodic', every: 1, unit: 'month' },
    audience: EMPTY_AUDIENCE,
    start: { amount: 0, unit: 'calendar_days' },
    within: { amount: 0, unit: 'calendar_days' },
    method: 'phone',
    assignee: { kind: 'owner' },
    samplingRate: 1,
    priority: 'normal',
    script: '',
    questionnaire: [],
    signatureRequired: false,
    serviceCritical: false,
    proactive: true,
    ...overrides,
  };
}
