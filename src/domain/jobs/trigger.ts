/**
 * What started a job's run: its schedule, someone's 立即运行, or an import that queued the work following it
 * (the common name grams after a bulk import).
 */
export const JOB_TRIGGERS = ['schedule', 'manual', 'import'] as const;
export type JobTrigger = (typeof JOB_TRIGGERS)[number];
