import type { Pair } from '../labels.ts';

/**
 * 产品类别 of a transaction (SPEC §2.3): the company's A/B/C product lines and 往季产品 (last season's stock,
 * sold at a lower margin). Stored as these codes; shown as PRODUCT_CLASS_NAMES.
 */
export const PRODUCT_CLASSES = ['A', 'B', 'C', 'past'] as const;
export type ProductClass = (typeof PRODUCT_CLASSES)[number];

/** Each class in words (the catalogue's facts.class* and the audit log's 详情 read them from here). */
export const PRODUCT_CLASS_NAMES: Record<ProductClass, Pair> = {
  A: ['A类', 'Class A'],
  B: ['B类', 'Class B'],
  C: ['C类', 'Class C'],
  past: ['往季产品', 'Past season'],
};
