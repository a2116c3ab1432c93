import { GENDERS, PREFERRED_CHANNELS, PREFERRED_METHODS } from '../../domain/customers/preferences.ts';
import type { Pair } from '../../domain/labels.ts';

// The tables the server needs too (the audit log's export) live in the domain; the pages take them from here.
export { ACTION_LABELS } from '../../domain/audit/vocabulary.ts';
export {
  CUSTOMER_KIND_LABELS,
  CUSTOMER_STATUS_LABELS,
  LEVEL_LABELS,
  label,
  PERMISSION_LABELS,
  SCOPE_LABELS,
} from '../../domain/labels.ts';

/** 需求类型: the stored value is the Chinese word itself (the import accepts it as written). */
export const NEED_TYPE_LABELS: Record<string, Pair> = {
  采购型: ['采购型', 'Purchasing'],
  服务型: ['服务型', 'Service'],
  咨询型: ['咨询型', 'Consulting'],
};

export const TIER_COLORS: Record<string, string> = { A: 'red', B: 'orange', C: 'blue', D: 'default' };

/** The needs survey's words (stored as the seed prints them) in the reader's language. */
const pairsOf = (table: Record<string, { zh: string; en: string }>): Record<string, Pair> =>
  Object.fromEntries(Object.entries(table).map(([key, word]) => [key, [word.zh, word.en] as const]));
export const PREFERRED_METHOD_LABELS = pairsOf(PREFERRED_METHODS);
export const PREFERRED_CHANNEL_LABELS = pairsOf(PREFERRED_CHANNELS);
export const GENDER_LABELS = pairsOf(GENDERS);
