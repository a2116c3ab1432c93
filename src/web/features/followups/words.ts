import type {
  Assignee,
  CadenceUnit,
  Offset,
  SimpleAssignee,
  Trigger,
} from '../../../domain/followups/rules.ts';
import { FOLLOWUP_EVENTS, FOLLOWUP_METHODS, FOLLOWUP_TYPES } from '../../../domain/followups/vocabulary.ts';
import { DEFAULT_ROLES } from '../../../domain/roles.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
type Words = Record<string, { zh: string; en: string }>;

/** A vocabulary word (type, method, event, status) in the user's language; an unknown key as itself. */
export function word(words: Words, key: string, locale: Locale): string {
  const w = words[key];
  return w ? (locale === 'en' ? w.en : w.zh) : key;
}

export const typeWord = (key: string, locale: Locale) => word(FOLLOWUP_TYPES, key, locale);
export const methodWord = (key: string, locale: Locale) => word(FOLLOWUP_METHODS, key, locale);
export const eventWord = (key: string, locale: Locale) => word(FOLLOWUP_EVENTS, key, locale);

/** Vocabulary as Select options. */
export const optionsOf = (words: Words, locale: Locale) =>
  Object.keys(words).map((value) => ({ value, label: word(words, value, locale) }));

export const offsetWords = (offset: Offset, t: T) =>
  `${offset.amount} ${t(`fuRules.unit.${offset.unit}` as MessageKey)}`;

const CADENCE_WORDS: Record<CadenceUnit, [MessageKey, MessageKey]> = {
  day: ['fuRules.everyDay', 'fuRules.everyDays'],
  week: ['fuRules.everyWeek', 'fuRules.everyWeeks'],
  month: ['fuRules.everyMonth', 'fuRules.everyMonths'],
};

/** 每 3 天 1 次 / 每周 1 次 / 每 2 个月 1 次 / 事件：维修完成后 1 月内 / 事件：合同到期前 30 自然日起 5 工作日内. */
export function triggerWords(
  trigger: Trigger,
  t: T,
  locale: Locale,
  timing?: { start: Offset; within: Offset },
): string {
  if (trigger.kind === 'periodic') {
    const [one, many] = CADENCE_WORDS[trigger.unit];
    return trigger.every === 1 ? t(one) : t(many, { n: trigger.every });
  }
  const event = eventWord(trigger.event, locale);
  if (!timing) return t('fuRules.afterEvent', { event });
  const { start, within } = timing;
  const within_ = offsetWords(within, t);
  if (start.amount === 0) {
    return within.amount > 0
      ? t('fuRules.afterEventWithin', { event, within: within_ })
      : t('fuRules.afterEvent', { event });
  }
  const from = offsetWords({ ...start, amount: Math.abs(start.amount) }, t);
  return t(start.amount < 0 ? 'fuRules.beforeEventFrom' : 'fuRules.afterEventFrom', {
    event,
    start: from,
    within: within_,
  });
}

export const roleWord = (key: string, locale: Locale) => {
  const role = DEFAULT_ROLES.find((r) => r.key === key);
  return role ? (locale === 'en' ? role.nameEn : role.nameZh) : key;
};

function simpleAssigneeWords(assignee: SimpleAssignee, t: T, locale: Locale): string {
  if (assignee.kind !== 'role') return t(`fuRules.assignee.${assignee.kind}`);
  return t('fuRules.assigneeRole', {
    role: roleWord(assignee.role, locale),
    department: assignee.department ?? t('fuRules.ownersDepartment'),
  });
}

/** 客户经理 / 服务专员 / 回访专员（客户服务部） / 按问题等级：一般 …；紧急 …. */
export function assigneeWords(assignee: Assignee, t: T, locale: Locale): string {
  if (assignee.kind !== 'by_severity') return simpleAssigneeWords(assignee, t, locale);
  const parts = (['general', 'urgent', 'major'] as const).map(
    (s) => `${t(`fuRules.severity.${s}`)}: ${simpleAssigneeWords(assignee[s], t, locale)}`,
  );
  return `${t('fuRules.assignee.by_severity')} (${parts.join('; ')})`;
}

export const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

export const TASK_STATUS_COLORS: Record<string, string> = {
  overdue: 'red',
  pending: 'blue',
  in_progress: 'cyan',
  done: 'green',
  unreachable: 'orange',
  cancelled: 'default',
};
