/** SPEC §7: what a person is told of, with whether it is mailed unless they choose otherwise. */
export const NOTIFICATION_KINDS = {
  issue_assigned: { zh: '问题指派给我', en: 'Issue assigned to me', email: true },
  issue_urgent: { zh: '紧急/重大问题登记', en: 'Urgent or major issue registered', email: true },
  issue_reminder: { zh: '问题即将超时', en: 'Issue deadline near', email: true },
  issue_escalated: { zh: '问题超时升级', en: 'Issue escalated', email: true },
  issue_plan_submitted: { zh: '处理方案待我审批', en: 'Solution plan to approve', email: true },
  issue_plan_decided: { zh: '处理方案已审批', en: 'Solution plan decided', email: false },
  revisit_assigned: { zh: '投诉解决后回访', en: 'Complaint revisit to do', email: false },
  task_assigned: { zh: '回访任务改派给我', en: 'Follow-up task assigned to me', email: false },
  record_returned: { zh: '回访记录被退回', en: 'Follow-up record sent back', email: false },
} as const;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_KEYS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/** A mail the server refused this many times is given up (shown as 发送失败 to the administrator). */
export const MAX_MAIL_ATTEMPTS = 8;

/** The wait before retrying a mail after its n-th failure: 1, 2, 4 … minutes, at most an hour. */
export function mailRetryDelayMs(failures: number): number {
  return Math.min(60, 2 ** Math.max(0, failures - 1)) * 60_000;
}
