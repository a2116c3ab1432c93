import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import { MAX_MAIL_ATTEMPTS, mailRetryDelayMs } from '../../../domain/notifications.ts';
import type { Database } from '../../db/schema.ts';
import * as repo from './repository.ts';

/** SMTP_URL and MAIL_FROM: where mail goes out, and as whom. */
export interface MailSettings {
  url: string;
  from: string;
}

const BATCH = 50;

/**
 * Sends the outbox's due mails, a batch at a time. A refused or unreachable server leaves the mail waiting with
 * its error and a growing delay (1, 2, 4 … minutes); after MAX_MAIL_ATTEMPTS it is given up as failed. Rows are
 * claimed with SKIP LOCKED, so two instances never send one mail twice.
 */
export async function sendDueMail(
  db: Kysely<Database>,
  settings: MailSettings,
  now: Date,
  log: FastifyBaseLogger,
): Promise<{ sent: number; retrying: number; failed: number }> {
  const transport = nodemailer.createTransport(settings.url);
  const counts = { sent: 0, retrying: 0, failed: 0 };
  try {
    for (;;) {
      const done = await db.transaction().execute(async (trx) => {
        const due = await repo.claimDueMail(trx, now, BATCH);
        for (const mail of due) {
          const attempts = mail.attempts + 1;
          try {
            await transport.sendMail({
              from: settings.from,
              to: mail.to_address,
              subject: mail.subject,
              text: mail.body,
            });
            await repo.markMail(trx, mail.id, {
              status: 'sent',
              attempts,
              last_error: null,
              sent_at: new Date(),
            });
            counts.sent++;
          } catch (error) {
            const message = error instanceof Error ? error.message.slice(0, 1000) : String(error);
            const givenUp = attempts >= MAX_MAIL_ATTEMPTS;
            await repo.markMail(trx, mail.id, {
              status: givenUp ? 'failed' : 'pending',
              attempts,
              last_error: message,
              next_attempt_at: new Date(now.getTime() + mailRetryDelayMs(attempts)),
            });
            counts[givenUp ? 'failed' : 'retrying']++;
          }
        }
        return due.length < BATCH;
      });
      if (done) break;
    }
  } finally {
    transport.close();
  }
  if (counts.retrying + counts.failed > 0) log.warn(counts, 'some mail could not be sent');
  return counts;
}
