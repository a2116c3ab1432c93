import type { Kysely } from 'kysely';
import type { Deadline, EscalationStep, Urgency } from '../../../domain/issues/vocabulary.ts';
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
    params: { number: issue.number },
    body: short(issue.description),
    link: linkOf(issue),
  };
}

export function urgentRegistered(issue: IssueGist, supervisorId: number): NewNotification {
  return {
    userId: supervisorId,
    kind: 'issue_urgent',
    params: { number: issue.number, urgency: issue.urgency as Urgency },
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
  const about = { userId: recipientId, body: short(issue.description), link: linkOf(issue) };
  return step === 'remind'
    ? { ...about, kind: 'issue_reminder', params: { number: issue.number, deadline } }
    : { ...about, kind: 'issue_escalated', params: { number: issue.number, deadline, to: step } };
}

export function revisitAssigned(issue: IssueGist, assigneeId: number): NewNotification {
  return {
    userId: assigneeId,
    kind: 'revisit_assigned',
    params: { number: issue.number },
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
