import type { TierReason } from '../../../domain/customers/tier.ts';
import type { MessageKey } from '../../app/messages.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Each code the server stores for a tier change (customer_tier_history.reason), as the catalogue words it. */
const TIER_REASON_MESSAGES: Record<TierReason, MessageKey> = {
  created: 'customerDetail.tierReason.created',
  amount_changed: 'customerDetail.tierReason.amount',
  import: 'customerDetail.tierReason.import',
  rules_changed: 'customerDetail.tierReason.rules',
  score_changed: 'customerDetail.tierReason.score',
  grade_approved: 'customerDetail.tierReason.approved',
};

/**
 * Why a tier changed, in the reader's language: an approved 等级申报 names its number; a code this web does not
 * know yet (a newer server) reads as "other reason", never as the code.
 */
export function tierReason(code: string, gradeRequestId: number | null, t: Translate): string {
  if (code === 'grade_approved' && gradeRequestId !== null) {
    return t('customerDetail.tierReason.granted', { id: gradeRequestId });
  }
  return t(
    Object.hasOwn(TIER_REASON_MESSAGES, code)
      ? TIER_REASON_MESSAGES[code as TierReason]
      : 'customerDetail.tierReason.other',
  );
}
