/**
 * 产品类别 of a transaction (SPEC §2.3): the company's A/B/C product lines and 往季产品 (last season's stock,
 * sold at a lower margin). Stored as these codes; the UI shows them through the message catalogue.
 */
export const PRODUCT_CLASSES = ['A', 'B', 'C', 'past'] as const;
export type ProductClass = (typeof PRODUCT_CLASSES)[number];
