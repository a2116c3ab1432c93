import { keepCommonNameGrams } from '../modules/customers/common-grams-repository.ts';
import { defineJob } from './definition.ts';

/**
 * Every night: the name bigrams that have grown common since they were last counted get their customers kept in
 * name order (migration 0043), so that a common term sorted by name is read page by page. Each import does the
 * same as it finishes; this catches customers created one at a time. Adding a gram twice adds nothing.
 */
export const commonNameGramsJob = defineJob({
  name: 'common-name-grams',
  label: {
    zh: '更新常用名称字组（按名称排序的搜索）',
    en: 'Index common name bigrams (search sorted by name)',
  },
  cron: '40 2 * * *',
  retryLimit: 2,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
  async handler(_asOf, { db, log }) {
    const added = await keepCommonNameGrams(db);
    if (added > 0) log.info({ added }, 'common name grams kept');
    return { added };
  },
});
