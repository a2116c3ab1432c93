import type { Pair } from '../labels.ts';

/** The parts of a customer's archive: the tabs of its page, and what an audited 绝密 read names (details.what). */
export const CUSTOMER_PARTS = ['profile', 'contacts', 'transactions', 'contracts', 'timeline'] as const;
export type CustomerPart = (typeof CUSTOMER_PARTS)[number];

export const CUSTOMER_PART_LABELS: Record<CustomerPart, Pair> = {
  profile: ['基本资料', 'Profile'],
  contacts: ['联系人', 'Contacts'],
  transactions: ['交易记录', 'Transactions'],
  contracts: ['合同', 'Contracts'],
  timeline: ['时间线', 'Timeline'],
};
