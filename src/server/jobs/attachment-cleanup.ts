import { AttachmentStore } from '../modules/issues/attachment-store.ts';
import { removeOrphanedFiles } from '../modules/issues/attachments.ts';
import { defineJob } from './definition.ts';

/**
 * Every hour: the files of attachments whose rows are gone. A customer's destruction deletes its issues and their
 * attachment rows in one transaction; their files, which a transaction cannot take back, go here.
 */
export const attachmentCleanupJob = defineJob({
  name: 'attachment-cleanup',
  label: { zh: '清理已删除附件的文件', en: 'Remove the files of deleted attachments' },
  cron: '30 * * * *',
  runsInRequest: true,
  retryLimit: 2,
  retryBackoff: true,
  async handler(asOf, { db, log, attachmentsDir }) {
    // Removing needs no size limit: the store only lists and deletes here.
    const result = await removeOrphanedFiles(db, new AttachmentStore(attachmentsDir, 0), asOf);
    if (result.removed > 0) log.info(result, 'attachment files removed');
    return result;
  },
});
