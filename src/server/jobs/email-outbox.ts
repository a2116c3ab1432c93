import { sendDueMail } from '../modules/notifications/mail.ts';
import { defineJob } from './definition.ts';

/**
 * Every minute: the mail outbox's due mails go to the SMTP server (SMTP_URL); those it refuses wait and are
 * tried again later. Without SMTP_URL the mails stay in the outbox (后台任务 shows the run as skipped).
 */
export const emailOutboxJob = defineJob({
  name: 'email-outbox',
  label: { zh: '发送邮件通知', en: 'Send notification mail' },
  cron: '* * * * *',
  retryLimit: 0,
  retryBackoff: false,
  runsInRequest: true,
  expireInSeconds: 10 * 60,
  async handler(asOf, { db, log, mail }) {
    if (!mail) return { skipped: 1 };
    return sendDueMail(db, mail, asOf, log);
  },
});
