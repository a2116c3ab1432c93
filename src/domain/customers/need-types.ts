/** 需求类型 (seed 000's 客户档案): stored and imported as the Chinese word itself. */
export const NEED_TYPES = ['采购型', '服务型', '咨询型'] as const;
export type NeedType = (typeof NEED_TYPES)[number];
