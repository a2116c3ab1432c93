import { clipped } from '../text.ts';

/**
 * What an import says about a row: a bad cell (errors) or something it decided on its own (notes). Each is a
 * stable code with its parameters, which the web puts in the user's language from its message catalogue
 * (`importIssue.<code>`); `message` is the Chinese text, for the error report sheet and any client without the
 * catalogue. `{value}` is the cell as the sheet has it (its start, for a long one).
 */
export const IMPORT_ISSUES = {
  required: '不能为空',
  tooLong: '最多 {max} 个字符',
  badCode: '“{value}”应为 KH 加至少 4 位数字，如 KH0001',
  badKind: '“{value}”应为 企业 / 个人 / 加盟商 / 散批商',
  lostByHand: '“流失”需填写原因和日期，请在系统中逐个标记',
  badStatus: '“{value}”应为 潜在 / 合作中',
  badTier: '“{value}”应为 A / B / C / D',
  badAmount: '“{value}”应为金额（元），如 500000 或 500,000.00',
  badYesNo: '“{value}”应为 是 / 否',
  badMobile: '“{value}”应为 11 位手机号码',
  twoMobiles: '“{value}”只能填一个手机号码',
  badPhoneNumber: '“{value}”应为 11 位手机号码或座机号码（如 0310-6812345）',
  badLandline: '“{value}”应为座机号码，如 0310-6812345',
  badEmail: '“{value}”不是邮箱地址',
  badQq: '“{value}”应为 5–12 位数字',
  badDate: '“{value}”不是日期，应为 2025-03-12、2025/3/12、2025年3月12日 或 2025-03-12 14:30',
  badMethod: '“{value}”不是沟通方式，应为 电话 / 上门 / 邮件 / 短信 / 微信 / 信函 / 其他',
  badSatisfaction: '“{value}”应为 1–5 分，或 好 / 较好 / 一般 / 差 / 很差',
  badIssueStatus: '“{value}”不是问题状态，应为 待处理 / 处理中 / 未解决 / 已解决 / 已关闭 / 无需处理 / 无',
  lastContactRequired: '填写了沟通记录时必填',
  inFuture: '“{value}”晚于现在',
  beforeLastContact: '“{value}”早于最近沟通时间',
  duplicateRow: '与表中前面的行重复',
  unknownOwner: '找不到在职员工“{value}”',
  unknownCode: '系统中没有客户编号“{value}”；新客户请留空',
  outOfReach: '{code} 不在您的负责范围内，不能修改',
  masked: '已脱敏，跳过',
  tierFromSheet: '客户等级按表中的“{tier}”设定（未填年合作金额，视为手工设定）',
  tierByAmount: '表中客户等级“{tier}”与年合作金额不符，按金额定为 {byAmount}；如需调整请提交等级申报',
  tierNotImported: '客户等级“{tier}”未导入：系统中为 {after}，调整等级请提交等级申报',
  dncNotImported: '免打扰未导入：请在客户页面设置（需填写原因）',
} as const;

export type ImportIssueCode = keyof typeof IMPORT_ISSUES;
export const IMPORT_ISSUE_CODES = Object.keys(IMPORT_ISSUES) as ImportIssueCode[];

export interface ImportIssue {
  code: ImportIssueCode;
  params: Record<string, string>;
  /** In Chinese: the sheet's language, and the error report's. */
  message: string;
}

/** The issue with its parameters filled in; a `value` is clipped (a whole cell may be 32 767 characters). */
export function importIssue(code: ImportIssueCode, params: Record<string, string> = {}): ImportIssue {
  const filled = 'value' in params ? { ...params, value: clipped(params.value as string) } : params;
  const message = IMPORT_ISSUES[code].replace(/\{(\w+)\}/g, (whole, name: string) => filled[name] ?? whole);
  return { code, params: filled, message };
}
