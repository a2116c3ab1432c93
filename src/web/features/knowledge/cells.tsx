import { Tag } from 'antd';
import { useI18n } from '../../app/i18n.tsx';
import type { Article } from './queries.ts';

/** An article's category and, when it is one, 典型案例. */
export function ArticleTags({ article }: { article: Pick<Article, 'category' | 'typicalCase'> }) {
  const { t } = useI18n();
  return (
    <>
      {article.category ? (
        <Tag color="blue" data-testid="article-category-tag">
          {article.category}
        </Tag>
      ) : null}
      {article.typicalCase ? (
        <Tag color="gold" data-testid="article-typical-tag">
          {t('kb.typicalCase')}
        </Tag>
      ) : null}
    </>
  );
}
