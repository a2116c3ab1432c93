/**
 * What a record sets in motion (SPEC §3.5): unresolved matters are revisited a 2nd and a 3rd time, and an
 * agent can act on what they heard.
 */

/** Revisits of one matter, the first visit included. */
export const MAX_REVISIT_ROUND = 3;
/** Working days within which the next revisit of an unresolved matter is due. */
export const REVISIT_WITHIN_WORKING_DAYS = 5;

/**
 * The next revisit of an unresolved matter: the 2nd the way the first was made, the 3rd by phone — except for a
 * major complaint, which keeps its way. None after the 3rd: the matter then goes to the issues module.
 */
export function nextRevisit(
  current: { round: number | null; method: string; majorComplaint: boolean },
  resolved: boolean | undefined,
): { round: 2 | 3; method: string } | 'exhausted' | undefined {
  if (resolved !== false) return undefined;
  const round = (current.round ?? 1) + 1;
  if (round > MAX_REVISIT_ROUND) return 'exhausted';
  if (round === 2) return { round, method: current.method };
  return { round: 3, method: current.majorComplaint ? current.method : 'phone' };
}

/** From a record (SPEC §3.5): 转上门回访, 中肯意见 → 上门拜访, 转研发技术部门, 上报总裁办. */
export const RECORD_ACTIONS = {
  onsite_visit: { zh: '转为上门回访', en: 'Visit on site instead', createsVisit: true },
  sound_opinion: {
    zh: '中肯意见或良好建议：上门拜访',
    en: 'Sound opinion: visit on site',
    createsVisit: true,
  },
  rnd: { zh: '转研发技术部门', en: 'Route to R&D', createsVisit: false },
  president_office: { zh: '上报总裁办', en: 'Escalate to the president’s office', createsVisit: false },
} as const;
export type RecordAction = keyof typeof RECORD_ACTIONS;

/** Working days an on-site visit made from a record is due in: agreed 3 days ahead, then made. */
export const VISIT_FROM_RECORD_WORKING_DAYS = 5;

/** 拜访核查 (seed 002): did the customer confirm the salesperson's visit? */
export const VERIFICATION_RESULTS = {
  confirmed: { zh: '客户确认拜访属实', en: 'Confirmed by the customer' },
  denied: { zh: '客户否认拜访（疑似虚假拜访）', en: 'Denied by the customer (suspected fabrication)' },
} as const;
export type VerificationResult = keyof typeof VERIFICATION_RESULTS;
