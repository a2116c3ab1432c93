import { purgeExpiredSessions, purgeStaleThrottle } from '../modules/auth/service.ts';
import { deleteRunsBefore } from '../modules/jobs/repository.ts';
import { defineJob } from './definition.ts';

/** Run history kept for 后台任务 (each job's last run is kept however old). */
const RUN_HISTORY_DAYS = 30;

/**
 * Every hour: expired sessions, sign-in counters that no longer count, and old run history. Run "as of" a
 * later moment than now it still removes only what has expired by now: it never signs anyone out early.
 */
export const housekeepingJob = defineJob({
  name: 'housekeeping',
  label: { zh: '清理过期会话与登录记录', en: 'Remove expired sessions and sign-in records' },
  cron: '0 * * * *',
  retryLimit: 2,
  retryBackoff: true,
  async handler(asOf, { db, log }) {
    const now = new Date();
    const at = asOf < now ? asOf : now;
    const sessions = await purgeExpiredSessions(db, at);
    const throttle = await purgeStaleThrottle(db, at);
    const runs = await deleteRunsBefore(db, new Date(at.getTime() - RUN_HISTORY_DAYS * 86_400_000));
    if (sessions + throttle + runs > 0) log.info({ sessions, throttle, runs }, 'housekeeping purged');
  },
});
