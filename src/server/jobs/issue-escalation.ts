import { escalateIssues } from '../modules/issues/escalation.ts';
import { defineJob } from './definition.ts';

/**
 * Every 5 minutes: reminders before an issue's deadline, escalations after it. Each step is recorded once, so a
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
    const result = await escalateIssues(db, asOf, timeZone);
    if (result.reminded + result.toSupervisor + result.toDepartmentHead > 0)
      log.info(result, 'issues escalated');
    return result;
  },
});
