export const CUSTOMER_STATUSES = ['prospect', 'active', 'lost'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export const STATUS_LABELS: Record<CustomerStatus, string> = {
  prospect: '潜在',
  active: '合作中',
  lost: '流失',
};

export type StatusProblem = { field: 'lostReason' | 'lostOn'; zh: string; en: string };

/** 流失 needs a reason and a date (they feed the churn metric); other statuses carry neither. */
export function statusProblems(
  status: CustomerStatus,
  lostReason?: string | null,
  lostOn?: string | null,
): StatusProblem[] {
  if (status !== 'lost') return [];
  const problems: StatusProblem[] = [];
  if (!lostReason?.trim())
    problems.push({
      field: 'lostReason',
      zh: '标记为流失时必须填写流失原因',
      en: 'is required when the customer is lost',
    });
  if (!lostOn)
    problems.push({
      field: 'lostOn',
      zh: '标记为流失时必须填写流失日期',
      en: 'is required when the customer is lost',
    });
  return problems;
}
