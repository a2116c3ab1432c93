import { DEADLINES, type Deadline, URGENCIES, type Urgency } from './issues/vocabulary.ts';
import type { Locale } from './locale.ts';

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

/** What each kind's title is made of; the stored title is its Chinese wording, kept for rows from before. */
export interface NotificationParams {
  issue_assigned: { number: string };
  issue_urgent: { number: string; urgency: Urgency };
  issue_reminder: { number: string; deadline: Deadline };
  issue_escalated: { number: string; deadline: Deadline; to: 'supervisor' | 'department_head' };
  issue_plan_submitted: { number: string; by: string };
  issue_plan_decided: { number: string; by: string; decision: 'approved' | 'rejected' };
  revisit_assigned: { number: string };
  task_assigned: { by: string; customer: string };
  record_returned: { number: string; by: string };
}

/** A notification's kind with its parameters, one of the shapes above. */
export type NotificationSubject = {
  [K in NotificationKind]: { kind: K; params: NotificationParams[K] };
}[NotificationKind];

type Wording = { [K in NotificationKind]: (p: NotificationParams[K]) => string };

const ZH: Wording = {
  issue_assigned: (p) => `问题 ${p.number} 由你负责`,
  issue_urgent: (p) => `${URGENCIES[p.urgency].zh}问题 ${p.number} 已登记`,
  issue_reminder: (p) => `问题 ${p.number} 的${DEADLINES[p.deadline].zh}即将超时`,
  issue_escalated: (p) =>
    `问题 ${p.number} 的${DEADLINES[p.deadline].zh}已超时，升级至${p.to === 'supervisor' ? '主管' : '部门负责人'}`,
  issue_plan_submitted: (p) => `问题 ${p.number} 的处理方案待您审批（${p.by}提交）`,
  issue_plan_decided: (p) =>
    p.decision === 'approved'
      ? `问题 ${p.number} 的处理方案已由${p.by}批准，可按方案实施`
      : `问题 ${p.number} 的处理方案被${p.by}驳回，请修改后重新提交`,
  revisit_assigned: (p) => `问题 ${p.number} 已解决，请在 2 个工作日内回访客户`,
  task_assigned: (p) => `${p.by}将回访任务改派给你：${p.customer}`,
  record_returned: (p) => `回访记录 ${p.number} 被${p.by}退回，请修改后重新提交`,
};

const EN: Wording = {
  issue_assigned: (p) => `Issue ${p.number} is yours`,
  issue_urgent: (p) => `${URGENCIES[p.urgency].en} issue ${p.number} registered`,
  issue_reminder: (p) => `Issue ${p.number}: ${DEADLINES[p.deadline].en.toLowerCase()} deadline near`,
  issue_escalated: (p) =>
    `Issue ${p.number}: ${DEADLINES[p.deadline].en.toLowerCase()} deadline passed, escalated to the ${p.to === 'supervisor' ? 'supervisor' : 'department head'}`,
  issue_plan_submitted: (p) => `Solution plan for issue ${p.number} to approve (submitted by ${p.by})`,
  issue_plan_decided: (p) =>
    p.decision === 'approved'
      ? `${p.by} approved the solution plan for issue ${p.number}: carry it out`
      : `${p.by} rejected the solution plan for issue ${p.number}: revise and submit it again`,
  revisit_assigned: (p) => `Issue ${p.number} is resolved: revisit the customer within 2 working days`,
  task_assigned: (p) => `${p.by} assigned you a follow-up task: ${p.customer}`,
  record_returned: (p) => `${p.by} sent back follow-up record ${p.number}: revise and submit it again`,
};

/** A notification's title in the reader's language, from its kind and parameters. */
export function notificationTitle(subject: NotificationSubject, locale: Locale): string {
  const wording = (locale === 'en' ? EN : ZH)[subject.kind] as (p: NotificationSubject['params']) => string;
  return wording(subject.params);
}

/** A mail the server refused this many times is given up (shown as 发送失败 to the administrator). */
export const MAX_MAIL_ATTEMPTS = 8;

/** The wait before retrying a mail after its n-th failure: 1, 2, 4 … minutes, at most an hour. */
export function mailRetryDelayMs(failures: number): number {
  return Math.min(60, 2 ** Math.max(0, failures - 1)) * 60_000;
}
