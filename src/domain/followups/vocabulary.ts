/** SPEC §3.1: the words of follow-up work, as keys with their Chinese and English names. */

export const FOLLOWUP_TYPES = {
  first: { zh: '首次回访', en: 'First follow-up' },
  routine: { zh: '常规回访', en: 'Routine follow-up' },
  onsite: { zh: '现场回访', en: 'On-site follow-up' },
  complaint: { zh: '投诉回访', en: 'Complaint follow-up' },
  repair: { zh: '维修回访', en: 'Repair follow-up' },
  activity: { zh: '活动回访', en: 'Activity follow-up' },
  verification: { zh: '拜访核查', en: 'Visit verification' },
  contract_expiry: { zh: '合同到期', en: 'Contract expiry' },
  greeting: { zh: '节日问候', en: 'Greeting' },
  survey: { zh: '满意度调查', en: 'Satisfaction survey' },
  deal: { zh: '成交回访', en: 'After the deal' },
  inquiry: { zh: '来电/来访回访', en: 'After an inquiry or visit' },
  move_in: { zh: '入伙回访', en: 'Move-in follow-up' },
  emergency: { zh: '突发事件回访', en: 'After an emergency' },
  holiday_visit: { zh: '重点节日探望', en: 'Holiday visit' },
  consultation: { zh: '业主意见征询', en: 'Owner consultation' },
  referred_complaint: { zh: '上级转呈投诉回访', en: 'Referred complaint follow-up' },
  promised_reply: { zh: '约定回复', en: 'Promised reply' },
} as const;
export type FollowupType = keyof typeof FOLLOWUP_TYPES;

export const FOLLOWUP_METHODS = {
  phone: { zh: '电话', en: 'Phone' },
  onsite: { zh: '上门/面谈', en: 'On site' },
  email: { zh: '邮件', en: 'Email' },
  sms: { zh: '短信', en: 'SMS' },
  wechat: { zh: 'QQ/微信', en: 'QQ/WeChat' },
  letter: { zh: '信函/公开信', en: 'Letter' },
  other: { zh: '其他', en: 'Other' },
} as const;
export type FollowupMethod = keyof typeof FOLLOWUP_METHODS;

/**
 * A customer's 偏好联系渠道 (the archive's words, seed 000's 联系方式 options) as a method: a proactive call goes by
 * a written channel instead for who prefers one.
 */
export const PREFERRED_CHANNEL_WORDS: Record<string, FollowupMethod> = {
  上门拜访: 'onsite',
  电话联系: 'phone',
  'E-mail': 'email',
  普通信件: 'letter',
};

/**
 * Events a rule can follow (SPEC §3.2). The archive records the first group today (service events, contracts,
 * customers); issue_resolved arrives with the issues module; the rest come from records and registrations.
 */
export const FOLLOWUP_EVENTS = {
  customer_created: { zh: '新建客户', en: 'Customer created' },
  deal: { zh: '成交', en: 'Deal closed' },
  installation: { zh: '安装完成', en: 'Installation done' },
  repair: { zh: '维修完成', en: 'Repair done' },
  maintenance: { zh: '保养/维护完成', en: 'Maintenance done' },
  activity: { zh: '参加活动', en: 'Activity attended' },
  sales_visit: { zh: '销售拜访（外勤单）', en: 'Sales visit logged' },
  contract_expiring: { zh: '合同到期', en: 'Contract expiring' },
  birthday: { zh: '生日', en: 'Birthday' },
  anniversary: { zh: '纪念日/司庆', en: 'Anniversary' },
  public_holiday: { zh: '节日', en: 'Public holiday' },
  issue_resolved: { zh: '问题/投诉解决', en: 'Issue resolved' },
  inquiry_call: { zh: '来电咨询', en: 'Inquiry call' },
  showroom_visit: { zh: '来访（售楼处/门店）', en: 'Showroom visit' },
  move_in: { zh: '入伙', en: 'Move-in' },
  emergency_handled: { zh: '突发事件处理完毕', en: 'Emergency handled' },
  milestone: { zh: '项目节点（开盘、封顶、交房等）', en: 'Project milestone' },
} as const;
export type FollowupEvent = keyof typeof FOLLOWUP_EVENTS;

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Issue severity (SPEC §4: 一般 / 紧急 / 重大), used by rules that assign by severity. */
export const SEVERITIES = ['general', 'urgent', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** SPEC §3.4: a task's status. */
export const TASK_STATUSES = {
  pending: { zh: '待执行', en: 'To do' },
  in_progress: { zh: '进行中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  unreachable: { zh: '未接通', en: 'Unreachable' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  overdue: { zh: '已逾期', en: 'Overdue' },
} as const;
export type TaskStatus = keyof typeof TASK_STATUSES;

/** The parts of a worklist (工作台), in the order it shows them: 当前待办, 已逾期, 即将开始, 待回拨. */
export const WORKLIST_SECTIONS = ['now', 'overdue', 'upcoming', 'callbacks'] as const;
export type WorklistSection = (typeof WORKLIST_SECTIONS)[number];

/** Rows per part a worklist sends first; 加载更多 asks for one part with more, up to the most one request sends. */
export const WORKLIST_PAGE = 20;
export const WORKLIST_MAX_ROWS = 200;
