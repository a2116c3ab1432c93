import cronParser from 'cron-parser';

/**
 * Cron schedules of background jobs, read in the company's time zone. Five fields (minute hour day month
 * weekday): a job runs at most once a minute, and a tick is the minute it was scheduled for.
 */
export function assertCron(cron: string, timeZone: string): void {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5)
    throw new Error(`cron "${cron}" must have five fields (minute hour day month weekday)`);
  cronParser.parseExpression(cron, { tz: timeZone });
}

/** The newest scheduled moment at or before `at`. */
export function latestTick(cron: string, timeZone: string, at: Date): Date {
  // cron-parser's prev() is strictly before its start: start a millisecond later so `at` itself counts.
  const start = new Date(at.getTime() + 1);
  return cronParser.parseExpression(cron, { tz: timeZone, currentDate: start }).prev().toDate();
}

/** The first scheduled moment after `at`. */
export function nextTick(cron: string, timeZone: string, at: Date): Date {
  return cronParser.parseExpression(cron, { tz: timeZone, currentDate: at }).next().toDate();
}
