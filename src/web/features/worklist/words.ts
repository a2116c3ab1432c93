import { ATTEMPT_OUTCOMES, describeEndReason } from '../../../domain/followups/attempts.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { word } from '../followups/words.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface BestTime {
  basis: 'learned' | 'preferred';
  windows: { start: string; end: string }[];
  answered: number;
}

/** 最佳致电 19:00–20:00（据 5 次接听） or 优先时段 10:00–11:30、15:30–17:00. */
export function bestTimeWords(best: BestTime, t: T): string {
  const windows = best.windows.map((w) => `${w.start}–${w.end}`).join(t('wb.windowSep'));
  return best.basis === 'learned'
    ? t('wb.bestLearned', { windows, n: best.answered })
    : t('wb.bestPreferred', { windows });
}

/** 客户拒访 / 3 次联系未果（最后一次：号码错误）, in the user's language. */
export const endReasonWord = (task: { endReason: string; failedAttempts: number }, locale: Locale) =>
  describeEndReason(task.endReason, task.failedAttempts)[locale === 'en' ? 'en' : 'zh'];

export const outcomeWord = (outcome: string, locale: Locale) => word(ATTEMPT_OUTCOMES, outcome, locale);

/** Satisfaction 5 好 … 1 很差, best first, as the paper form lists them. */
export const SATISFACTION = [5, 4, 3, 2, 1] as const;
export const satisfactionWord = (value: number, t: T) => t(`rec.sat.${value}` as MessageKey);

export const PRIORITY_COLORS: Record<string, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'default',
  low: 'default',
};

export const priorityWord = (priority: string, t: T) =>
  ['low', 'normal', 'high', 'urgent'].includes(priority)
    ? t(`fuRules.priority.${priority}` as MessageKey)
    : priority;

/** 1.3 MB / 820 KB, for telling someone their photo is too large. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
