import { generateTasks } from '../modules/followups/generation.ts';
import { defineJob } from './definition.ts';

/**
 * Every hour: the active rules' tasks due by now (new customers and events join within the hour), and open
 * tasks past their deadline marked 已逾期. Idempotent, so 立即运行 runs it in the request and answers its count.
 */
export const followupGenerationJob = defineJob({
  name: 'followup-generation',
  label: { zh: '生成回访任务并标记逾期', en: 'Generate follow-up tasks, mark overdue ones' },
  cron: '5 * * * *',
  retryLimit: 2,
  retryBackoff: true,
  runsInRequest: true,
  expireInSeconds: 30 * 60,
  async handler(asOf, { db, log, timeZone }) {
    const result = await generateTasks(db, asOf, timeZone, log);
    if (result.created + result.overdue > 0) log.info(result, 'follow-up tasks generated');
    return { ...result };
  },
});
