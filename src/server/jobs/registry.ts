import { attachmentCleanupJob } from './attachment-cleanup.ts';
import { commonNameGramsJob } from './common-name-grams.ts';
import type { JobDefinition } from './definition.ts';
import { emailOutboxJob } from './email-outbox.ts';
import { followupGenerationJob } from './followup-generation.ts';
import { housekeepingJob } from './housekeeping.ts';
import { issueEscalationJob } from './issue-escalation.ts';

/** Every background job the server runs (后台任务 lists them in this order). */
export const JOBS: readonly JobDefinition[] = [
  followupGenerationJob,
  issueEscalationJob,
  emailOutboxJob,
  housekeepingJob,
  attachmentCleanupJob,
  commonNameGramsJob,
];
