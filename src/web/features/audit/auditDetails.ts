import { PRODUCT_CLASSES } from '../../../domain/customers/product-classes.ts';
import { SERVICE_EVENT_KINDS } from '../../../domain/customers/service-events.ts';
import { DEFAULT_ROLES } from '../../../domain/roles.ts';
import type { Locale } from '../../app/i18n.tsx';
import {
  CUSTOMER_KIND_LABELS,
  CUSTOMER_STATUS_LABELS,
  LEVEL_LABELS,
  label,
  PERMISSION_LABELS,
  SCOPE_LABELS,
} from '../../app/labels.ts';
import { type MessageKey, messages } from '../../app/messages.ts';
import { PRODUCT_CLASS_LABELS } from '../customers/fact-fields.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type Words = (value: string) => string | undefined;

/** The detail keys whose values are codes, with the words for them. */
function codeWords(t: Translate, locale: Locale): Record<string, Words> {
  const pairs = (table: Record<string, readonly [string, string]>) => (v: string) =>
    v in table ? label(table, v, locale) : undefined;
  const role = (v: string) => {
    const found = DEFAULT_ROLES.find((r) => r.key === v);
    return found && (locale === 'en' ? found.nameEn : found.nameZh);
  };
  const serviceKind = (v: string) =>
    (SERVICE_EVENT_KINDS as readonly string[]).includes(v)
      ? t(`facts.service.${v}` as MessageKey)
      : undefined;
  const productClass = (v: string) =>
    (PRODUCT_CLASSES as readonly string[]).includes(v)
      ? t(PRODUCT_CLASS_LABELS[v as keyof typeof PRODUCT_CLASS_LABELS])
      : undefined;
  const field = (v: string) => fieldLabel(v, t);
  return {
    kind: (v) => serviceKind(v) ?? pairs(CUSTOMER_KIND_LABELS)(v),
    levels: pairs(LEVEL_LABELS),
    level: pairs(LEVEL_LABELS),
    roles: role,
    before: role,
    after: role,
    status: pairs(CUSTOMER_STATUS_LABELS),
    dataScope: pairs(SCOPE_LABELS),
    permissions: pairs(PERMISSION_LABELS),
    productClass,
    fields: field,
    what: (v) => (`customers.tabs.${v}` in messages ? t(`customers.tabs.${v}` as MessageKey) : undefined),
    via: (v) => (`audit.via.${v}` in messages ? t(`audit.via.${v}` as MessageKey) : undefined),
  };
}

/** A detail's key in words; an unknown key is shown as it is rather than dropped. */
function fieldLabel(key: string, t: Translate): string {
  // A filter taken from a query string may name a list as "tag[]".
  const id = `audit.field.${key.replace(/\[\]$/, '')}`;
  return id in messages ? t(id as MessageKey) : key;
}

function valueText(value: unknown, words: Words | undefined, t: Translate, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => valueText(v, words, t, locale)).join(t('common.listSeparator'))
      : t('audit.none');
  if (typeof value === 'object')
    return t('audit.nested', { pairs: pairsText(value as Record<string, unknown>, t, locale) });
  const text = String(value);
  return words?.(text) ?? text;
}

/** "字段：值" pairs with codes in words, nested objects inline: never braces. */
function pairsText(details: Record<string, unknown>, t: Translate, locale: Locale): string {
  const words = codeWords(t, locale);
  return Object.entries(details)
    .map(([key, value]) =>
      t('audit.pair', { field: fieldLabel(key, t), value: valueText(value, words[key], t, locale) }),
    )
    .join(t('audit.pairSeparator'));
}

/** The 详情 column: what the action did, in words; "—" when the event carries nothing more. */
export function auditDetailsText(details: Record<string, unknown>, t: Translate, locale: Locale): string {
  return Object.keys(details).length ? pairsText(details, t, locale) : '—';
}
