import type { Kysely } from 'kysely';
import {
  DEADLINES,
  type Deadline,
  type EscalationStep,
  URGENCIES,
  type Urgency,
} from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { type NewNotification, notify } from '../notifications/service.ts';

/** What the people of an issue are told (消息): its number, a short description, and a link to it. */
export interface IssueGist {
  id: number;
  number: string;
  description: string;
  urgency: string;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const linkOf = (issue: IssueGist) => `/issues/${issue.id}`;

export function assigned(issue: IssueGist, ownerId: number): NewNotification {
  return {
    userId: ownerId,
    kind: 'issue_assigned',
    title: `问题 ${issue.number} 由你负责`,
    body: short(issue.description),
    link: linkOf(issue),
  };
}

export function urgentRegistered(issue: IssueGist, supervisorId: number): NewNotification {
  return {
    userId: supervisorId,
    kind: 'issue_urgent',
    title: `${URGENCIES[issue.urgency as Urgency].zh}问题 ${issue.number} 已登记`,
    body: short(issue.description),
    link: linkOf(issue),
  };
}

export function escalated(
  issue: IssueGist,
  step: EscalationStep,
  deadline: Deadline,
  recipientId: number,
): NewNotification {
  const what = DEADLINES[deadline].zh;
  return {
    userId: recipientId,
    kind: step === 'remind' ? 'issue_reminder' : 'issue_escalated',
    title:
      step === 'remind'
        ? `问题 ${issue.number} 的${what}即将超时`
        : `问题 ${issue.number} 的${what}已超时，升级至${step === 'supervisor' ? '主管' : '部门负责人'}`,
    body: short(issue.description),
    link: linkOf(issue),
  };
}

export function revisitAssigned(issue: IssueGist, assigneeId: number): NewNotification {
  return {
    userId: assigneeId,
    kind: 'revisit_assigned',
    title: `问题 ${issue.number} 已解决，请在 2 个工作日内回访客户`,
    body: short(issue.description),
    link: linkOf(issue),
  };
}

export function tell(db: Kysely<Database>, notices: (NewNotification | null)[]) {
  return notify(
    db,
    notices.filter((n): n is NewNotification => n !== null),
  );
}
