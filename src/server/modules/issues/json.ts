import type { SlaClock } from '../../../domain/issues/sla.ts';
import { allowedNext } from '../../../domain/issues/status.ts';
import type {
  EscalationStep,
  IssueChannel,
  IssueStatus,
  Responsibility,
  Urgency,
  Validity,
} from '../../../domain/issues/vocabulary.ts';
import type { IssueDetailRow, IssueListRow } from './repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Whether each deadline is past (as of now, or as of the pause while paused). */
function breaches(row: IssueListRow, now: Date) {
  const open = row.status === 'pending' || row.status === 'in_progress';
  const clock = (row.paused_at ?? now).getTime();
  return {
    firstResponse: open && row.first_response_at === null && row.first_response_due_at.getTime() < clock,
    solution: open && row.solution_due_at.getTime() < clock,
    // A promise to the customer holds through a pause.
    promisedReply:
      open &&
      row.promised_reply_met_at === null &&
      row.promised_reply_at !== null &&
      row.promised_reply_at.getTime() < now.getTime(),
  };
}

export function issueListJson(row: IssueListRow, now: Date) {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    customerCode: row.customer_code,
    customerName: row.customer_name,
    channel: row.channel as IssueChannel,
    anonymous: row.anonymous,
    reporterName: row.reporter_name,
    replyOnly: row.reply_only,
    category: row.category,
    description: row.description,
    urgency: row.urgency as Urgency,
    raisedAt: row.raised_at.toISOString(),
    registeredAt: row.created_at.toISOString(),
    expectedResolutionAt: iso(row.expected_resolution_at),
    departmentId: row.department_id,
    departmentName: row.department_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    status: row.status as IssueStatus,
    allowedNext: [...allowedNext(row.status as IssueStatus)],
    firstResponseAt: iso(row.first_response_at),
    firstResponseDueAt: row.first_response_due_at.toISOString(),
    solutionDueAt: row.solution_due_at.toISOString(),
    promisedReplyAt: iso(row.promised_reply_at),
    promisedReplyMetAt: iso(row.promised_reply_met_at),
    clock: row.clock as SlaClock,
    pausedAt: iso(row.paused_at),
    cycle: row.cycle,
    resolvedAt: iso(row.resolved_at),
    closedAt: iso(row.closed_at),
    satisfaction: row.satisfaction,
    duplicateOfId: row.duplicate_of_id,
    escalationLevel: row.escalation_level as EscalationStep | null,
    breached: breaches(row, now),
    version: row.version,
  };
}

export function issueDetailJson(row: IssueDetailRow, now: Date) {
  return {
    ...issueListJson(row, now),
    reporterPhone: row.reporter_phone,
    validity: row.validity as Validity | null,
    validityReply: row.validity_reply,
    responsibility: row.responsibility as Responsibility | null,
    atFaultUserId: row.at_fault_user_id,
    atFaultUserName: row.at_fault_user_name,
    rootCause: row.root_cause,
    solution: row.solution,
    noActionReason: row.no_action_reason,
    recordId: row.record_id,
    recordNumber: row.record_number,
    registeredById: row.registered_by,
    registeredByName: row.registered_by_name,
  };
}
