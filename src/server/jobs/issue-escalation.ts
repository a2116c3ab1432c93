import { escalateIssues } from '../modules/issues/escalation.ts';
import { sweepUnplannedRevisits } from '../modules/issues/revisit.ts';
import { defineJob } from './definition.ts';

/**
 * Every 5 minutes: reminders before an issue's deadline, escalations after it, and the post-resolution revisits a
 * failed request left unplanned. Each step is recorded once, so a
 * repeated or parallel run adds nothing; 立即运行 runs it in the request and answers its counts.
 */
export const issueEscalationJob = defineJob({
  name: 'issue-escalation',
  label: { zh: '问题超时提醒与升级', en: 'Issue reminders and escalations' },
  cron: '*/5 * * * *',
  retryLimit: 2,
  retryBackoff: true,
  runsInRequest: true,
  expireInSeconds: 10 * 60,
  async handler(asOf, { db, log, timeZone }) {
    const escalated = await escalateIssues(db, asOf, timeZone);
    const result = {
      ...escalated,
      revisitsPlanned: await sweepUnplannedRevisits(db, { timeZone, log }, asOf),
    };
    if (escalated.reminded + escalated.toSupervisor + escalated.toDepartmentHead + result.revisitsPlanned > 0)
      log.info(result, 'issues escalated');
    return result;
  },
});
