import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MailSettings } from '../modules/notifications/mail.ts';

export interface JobContext {
  db: Kysely<Database>;
  log: FastifyBaseLogger;
  /** 1 for the first try, 2 for the first retry … */
  attempt: number;
  /** The company's time zone (HUIFANG_TIME_ZONE): what "today" means for the job. */
  timeZone: string;
  /** SMTP settings (SMTP_URL, MAIL_FROM); null when this installation sends no mail. */
  mail: MailSettings | null;
  /** Where issue attachments' files are (ATTACHMENTS_DIR). */
  attachmentsDir: string;
}

/**
 * A background job, declared once. The handler gets the moment it runs "as of" (the scheduled minute, or the
 * time an operator chose), never the clock, so a late or repeated run does the same work; it must be
 * idempotent, because a failure is retried.
 */
export interface JobDefinition {
  /** The pg-boss queue name: lower-case letters, digits and hyphens. */
  name: string;
  label: { zh: string; en: string };
  /** Five-field cron in the company time zone (HUIFANG_TIME_ZONE). */
  cron: string;
  /** Returns what it did in numbers (e.g. { created: 12 }), shown with a run started by hand. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most handlers return nothing, which TypeScript types as void
  handler(asOf: Date, ctx: JobContext): Promise<void | Record<string, number>>;
  /**
   * 立即运行 runs it inside the request and answers with its numbers, instead of queueing it for an instance
   * with workers. Only for jobs that are idempotent (a run beside a scheduled one is harmless) and quick.
   */
  runsInRequest?: boolean;
  /** Retries after a failure (0: none). */
  retryLimit: number;
  /** Doubles the delay before each further retry (with jitter), starting from retryDelaySeconds. */
  retryBackoff: boolean;
  /** Seconds before the first retry; default 60. */
  retryDelaySeconds?: number;
  /** A run still going after this long counts as failed (and is retried); default 15 minutes. */
  expireInSeconds?: number;
}

const NAME = /^[a-z][a-z0-9-]{0,49}$/;

export function defineJob(definition: JobDefinition): JobDefinition {
  if (!NAME.test(definition.name)) throw new Error(`job name "${definition.name}" must match ${NAME}`);
  return definition;
}
