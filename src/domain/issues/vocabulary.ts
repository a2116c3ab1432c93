/** SPEC §4: the words of issues and complaints (服务质量问题), as codes with their Chinese and English names. */

export const ISSUE_STATUSES = {
  pending: { zh: '待处理', en: 'Pending' },
  in_progress: { zh: '处理中', en: 'In progress' },
  resolved: { zh: '已解决', en: 'Resolved' },
  closed: { zh: '已关闭', en: 'Closed' },
  no_action: { zh: '无需处理', en: 'No action needed' },
} as const;
export type IssueStatus = keyof typeof ISSUE_STATUSES;
export const ISSUE_STATUS_KEYS = Object.keys(ISSUE_STATUSES) as IssueStatus[];

/** Open: the SLA clock runs and escalation watches it. */
export const OPEN_STATUSES: readonly IssueStatus[] = ['pending', 'in_progress'];

export const ISSUE_CHANNELS = {
  phone: { zh: '电话', en: 'Phone' },
  email: { zh: '邮件', en: 'Email' },
  visit: { zh: '拜访', en: 'Visit' },
  online: { zh: '在线', en: 'Online' },
  escalated: { zh: '上级转呈', en: 'Referred by management' },
} as const;
export type IssueChannel = keyof typeof ISSUE_CHANNELS;
export const ISSUE_CHANNEL_KEYS = Object.keys(ISSUE_CHANNELS) as IssueChannel[];

export const URGENCIES = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
  major: { zh: '重大', en: 'Major' },
} as const;
export type Urgency = keyof typeof URGENCIES;
export const URGENCY_KEYS = Object.keys(URGENCIES) as Urgency[];

/** 紧急/重大: the supervisor hears at once, the customer is told of progress as it happens. */
export const isSerious = (urgency: Urgency) => urgency !== 'normal';

/** The follow-up engine's severity words for an urgency (its rules assign by severity). */
export const SEVERITY_OF_URGENCY = { normal: 'general', urgent: 'urgent', major: 'major' } as const;

export const RESPONSIBILITIES = {
  personal: { zh: '个人责任（责任人整改并汇报）', en: 'Personal (the person at fault fixes it and reports)' },
  team: { zh: '团队责任（部门负责人向客户解释）', en: 'Team (the department head explains to the customer)' },
} as const;
export type Responsibility = keyof typeof RESPONSIBILITIES;

export const VALIDITIES = {
  valid: { zh: '投诉成立', en: 'Valid' },
  invalid: { zh: '投诉不成立', en: 'Not valid' },
} as const;
export type Validity = keyof typeof VALIDITIES;

/**
 * The deadlines escalation watches: the two every issue has, and the reply time promised to the customer
 * (告知客户的反馈时间) where one was given, met once the customer is told of progress.
 */
export const DEADLINES = {
  first_response: { zh: '首次响应', en: 'First response' },
  solution: { zh: '解决方案反馈', en: 'Solution' },
  promised_reply: { zh: '承诺答复客户', en: 'Promised reply' },
} as const;
export type Deadline = keyof typeof DEADLINES;

export const ESCALATION_STEPS = {
  remind: { zh: '即将超时提醒负责人', en: 'Owner reminded before the deadline' },
  supervisor: { zh: '已超时，升级至主管', en: 'Breached: escalated to the supervisor' },
  department_head: {
    zh: '仍未处理，升级至部门负责人',
    en: 'Still breached: escalated to the department head',
  },
} as const;
export type EscalationStep = keyof typeof ESCALATION_STEPS;

/** A default list of categories (问题分类); an issue may carry any other text. */
export const ISSUE_CATEGORIES = [
  '产品质量',
  '服务态度',
  '交付/安装',
  '售后维修',
  '收费',
  '人员行为',
  '其他',
] as const;
