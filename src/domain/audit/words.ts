import { CUSTOMER_PART_LABELS } from '../customers/parts.ts';
import { PRODUCT_CLASS_NAMES } from '../customers/product-classes.ts';
import { SERVICE_EVENT_KIND_LABELS } from '../customers/service-events.ts';
import {
  CUSTOMER_KIND_LABELS,
  CUSTOMER_STATUS_LABELS,
  LEVEL_LABELS,
  LIST_SEPARATOR,
  label,
  type Pair,
  PERMISSION_LABELS,
  SCOPE_LABELS,
} from '../labels.ts';
import type { Locale } from '../locale.ts';
import { DEFAULT_ROLES } from '../roles.ts';
import { ACTION_LABELS, FIELD_LABELS, TARGET_TYPE_LABELS, VIA_LABELS } from './vocabulary.ts';

/**
 * The audit log in words, for the 审计日志 page and its .xlsx export alike: 操作, 对象 and 详情 without codes,
 * JSON or braces.
 */

type Words = (value: string) => string | undefined;

const word = (pair: Pair, locale: Locale) => pair[locale === 'en' ? 1 : 0];

/** The words of a table, or nothing for a value it does not know (the value is then shown as it is). */
const from =
  (table: Record<string, Pair>, locale: Locale): Words =>
  (v) =>
    Object.hasOwn(table, v) ? label(table, v, locale) : undefined;

/** The detail keys whose values are codes, with the words for them. */
function codeWords(locale: Locale): Record<string, Words> {
  const role: Words = (v) => {
    const found = DEFAULT_ROLES.find((r) => r.key === v);
    return found && (locale === 'en' ? found.nameEn : found.nameZh);
  };
  const serviceKind = from(SERVICE_EVENT_KIND_LABELS, locale);
  const customerKind = from(CUSTOMER_KIND_LABELS, locale);
  const levels = from(LEVEL_LABELS, locale);
  return {
    kind: (v) => serviceKind(v) ?? customerKind(v),
    levels,
    level: levels,
    roles: role,
    before: role,
    after: role,
    status: from(CUSTOMER_STATUS_LABELS, locale),
    dataScope: from(SCOPE_LABELS, locale),
    permissions: from(PERMISSION_LABELS, locale),
    productClass: from(PRODUCT_CLASS_NAMES, locale),
    fields: (v) => fieldLabel(v, locale),
    what: from(CUSTOMER_PART_LABELS, locale),
    via: from(VIA_LABELS, locale),
  };
}

/** A detail's key in words; an unknown key is shown as it is rather than dropped. */
function fieldLabel(key: string, locale: Locale): string {
  // A filter taken from a query string may name a list as "tag[]".
  return label(FIELD_LABELS, key.replace(/\[\]$/, ''), locale);
}

function valueText(value: unknown, words: Words | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  const en = locale === 'en';
  if (typeof value === 'boolean') return value ? (en ? 'yes' : '是') : en ? 'no' : '否';
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => valueText(v, words, locale)).join(word(LIST_SEPARATOR, locale))
      : en
        ? 'none'
        : '无';
  if (typeof value === 'object') {
    const pairs = pairsText(value as Record<string, unknown>, locale);
    return en ? `(${pairs})` : `（${pairs}）`;
  }
  const text = String(value);
  return words?.(text) ?? text;
}

/** Keys read as a sequence, after every other key: PostgreSQL's jsonb keeps keys shortest first (方式, 变更后, 变更前). */
const READ_LAST = ['from', 'to', 'before', 'after', 'via'];
const readingRank = (key: string) => READ_LAST.indexOf(key);

/** "字段：值" pairs with codes in words, nested objects inline: never braces. */
function pairsText(details: Record<string, unknown>, locale: Locale): string {
  const words = codeWords(locale);
  const en = locale === 'en';
  return Object.entries(details)
    .sort(([a], [b]) => readingRank(a) - readingRank(b))
    .map(([key, value]) => {
      const field = fieldLabel(key, locale);
      const text = valueText(value, words[key], locale);
      return en ? `${field}: ${text}` : `${field}：${text}`;
    })
    .join(en ? '; ' : '；');
}

/** 详情: what the action did, in words; "—" when the event carries nothing more. */
export function auditDetailsText(details: Record<string, unknown>, locale: Locale): string {
  return Object.keys(details).length ? pairsText(details, locale) : '—';
}

/** 操作: the action in words (an action without a label shows its code). */
export function auditActionText(action: string, locale: Locale): string {
  return label(ACTION_LABELS, action, locale);
}

/** The kind of an audited object in words (a kind without a label shows its code). */
export function targetTypeLabel(type: string, locale: Locale): string {
  return label(TARGET_TYPE_LABELS, type, locale);
}

export interface AuditTarget {
  targetType: string | null;
  targetId: string | null;
  targetCode: string | null;
  targetName: string | null;
}

/** 对象: the kind, then the code and name people know it by ("客户 KH0300 华信精密"); the number only without them. */
export function auditTargetText(e: AuditTarget, locale: Locale): string {
  if (!e.targetType) return '—';
  const known = [e.targetCode, e.targetName].filter(Boolean).join(' ');
  return `${targetTypeLabel(e.targetType, locale)} ${known || `#${e.targetId ?? ''}`}`;
}
