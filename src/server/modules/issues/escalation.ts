import type { Kysely } from 'kysely';
import { isWorkingTime } from '../../../domain/calendar/hours.ts';
import {
  DEADLINES,
  type Deadline,
  ESCALATION_STEPS,
  type EscalationStep,
} from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import * as repo from './escalation-repository.ts';
import { escalated, tell } from './notices.ts';
import { clockContext } from './service.ts';

/**
 * One escalation run as of a moment (SPEC §4): an issue about to breach reminds its owner; a breached one goes to
 * the supervisor, and after the policy's further interval to the department head. Outside working hours only
 * policies that say so (紧急/重大 by default) escalate; the others wait for the next working run.
 */
export async function escalateIssues(db: Kysely<Database>, asOf: Date, timeZone: string) {
  const clock = await clockContext(db, timeZone);
  const workingNow = isWorkingTime(asOf, clock.calendar, clock.hours, timeZone);
  const reachMinutes = await repo.longestReminder(db);
  const counts: Record<EscalationStep, number> = { remind: 0, supervisor: 0, department_head: 0 };
  for (const deadline of Object.keys(DEADLINES) as Deadline[]) {
    for (const step of Object.keys(ESCALATION_STEPS) as EscalationStep[]) {
      // The step and its notifications commit together: nobody is escalated to without being told.
      counts[step] += await db.transaction().execute(async (trx) => {
        const recorded = await repo.recordStep(trx, deadline, step, asOf, { workingNow, reachMinutes });
        await tell(
          trx,
          recorded.map((issue) =>
            issue.recipientId === null ? null : escalated(issue, step, deadline, issue.recipientId),
          ),
        );
        return recorded.length;
      });
    }
  }
  return {
    reminded: counts.remind,
    toSupervisor: counts.supervisor,
    toDepartmentHead: counts.department_head,
  };
}
