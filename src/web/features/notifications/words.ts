import {
  NOTIFICATION_KINDS,
  type NotificationSubject,
  notificationTitle,
} from '../../../domain/notifications.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { word } from '../followups/words.ts';

/** A notification's kind in words: 问题指派给我, 回访记录被退回 … */
export const kindWord = (kind: string, locale: Locale) => word(NOTIFICATION_KINDS, kind, locale);

/**
 * A notification's title in the reader's language, worded from its kind and parameters; one from before the
 * parameters were kept (or of a kind this page does not know) shows its stored Chinese title.
 */
export function titleWords(
  item: { kind: string; title: string; params: Record<string, string> | null },
  locale: Locale,
): string {
  if (!item.params || !(item.kind in NOTIFICATION_KINDS)) return item.title;
  return notificationTitle({ kind: item.kind, params: item.params } as NotificationSubject, locale);
}

/** Issues in orange and red as they grow urgent; follow-up matters in blue. */
export const KIND_COLORS: Record<string, string> = {
  issue_assigned: 'blue',
  issue_urgent: 'red',
  issue_reminder: 'gold',
  issue_escalated: 'volcano',
  revisit_assigned: 'cyan',
  task_assigned: 'geekblue',
  record_returned: 'purple',
};

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * How long ago, as a notification list says it: 刚刚, 5 分钟前, 3 小时前; older ones as the worklist says times
 * (昨天 17:00, 06-12 14:30), given by `older`.
 */
export function agoWords(
  instant: string,
  t: T,
  older: (instant: string) => string,
  now = Date.now(),
): string {
  const minutes = Math.floor((now - new Date(instant).getTime()) / 60_000);
  if (minutes < 1) return t('notifications.justNow');
  if (minutes < 60) return t('notifications.minutesAgo', { n: minutes });
  if (minutes < 12 * 60) return t('notifications.hoursAgo', { n: Math.floor(minutes / 60) });
  return older(instant);
}
