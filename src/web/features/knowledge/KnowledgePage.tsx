import { Button, Card, Checkbox, Empty, Flex, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ISSUE_CATEGORIES } from '../../../domain/issues/vocabulary.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { zoneDate } from '../../app/zone.ts';
import { ArticleFormModal } from './ArticleFormModal.tsx';
import { ArticleTags } from './cells.tsx';
import { type ArticleFilters, useArticles } from './queries.ts';

/**
 * 知识库: what was learnt from resolved issues, or written down directly. Words typed in find the best matching
 * articles first (the server splits Chinese into words); without them, the newest first. Each card shows the
 * problem in two lines and the start of its solution; a click opens the article.
 */
export function KnowledgePage() {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<ArticleFilters>({});
  const [writing, setWriting] = useState(false);
  const articles = useArticles(filters);
  const rows = articles.data?.pages.flatMap((p) => p.items) ?? [];
  const searching = Boolean(filters.q);

  return (
    <Card
      title={t('kb.title')}
      extra={
        can(me, 'issues.handle') ? (
          <Button type="primary" onClick={() => setWriting(true)} data-testid="new-article">
            {t('kb.new')}
          </Button>
        ) : null
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('kb.search')}
          style={{ width: 360 }}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
          data-testid="kb-search"
        />
        <Select
          allowClear
          placeholder={t('kb.allCategories')}
          style={{ width: 180 }}
          value={filters.category}
          options={ISSUE_CATEGORIES.map((c) => ({ value: c, label: c }))}
          onChange={(category?: string) => setFilters((f) => ({ ...f, category }))}
          data-testid="kb-category"
        />
        <Checkbox
          checked={Boolean(filters.typicalCase)}
          onChange={(e) => setFilters((f) => ({ ...f, typicalCase: e.target.checked || undefined }))}
          style={{ alignSelf: 'center' }}
          data-testid="kb-typical"
        >
          {t('kb.typicalOnly')}
        </Checkbox>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="kb-order">
        {searching ? t('kb.order.match', { n: rows.length }) : t('kb.order.newest')}
      </Typography.Paragraph>
      <Spin spinning={articles.isLoading || (articles.isFetching && articles.isPlaceholderData)}>
        <div data-testid="kb-list">
          {rows.length === 0 && !articles.isLoading ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={searching ? t('kb.noMatch') : t('kb.empty')}
            />
          ) : null}
          {rows.map((article) => (
            // The whole card opens the article; its title is the link for keyboards.
            // biome-ignore lint/a11y/noStaticElementInteractions: the title link is the accessible way in
            // biome-ignore lint/a11y/useKeyWithClickEvents: the title link is the accessible way in
            <div
              key={article.id}
              className="kb-item"
              style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)', cursor: 'pointer' }}
              onClick={() => navigate(`/knowledge/${article.id}`)}
              data-testid="kb-item"
            >
              <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
                <Flex gap={8} align="center" wrap>
                  <Link
                    to={`/knowledge/${article.id}`}
                    onClick={(e) => e.stopPropagation()}
                    style={{ fontSize: 16, fontWeight: 500 }}
                    data-testid="kb-item-title"
                  >
                    {article.title}
                  </Link>
                  <ArticleTags article={article} />
                  {searching && article.matchedTerms ? (
                    <Tag bordered={false}>{t('kb.matched', { n: article.matchedTerms })}</Tag>
                  ) : null}
                </Flex>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                  <Typography.Text type="secondary">
                    {t('kb.problem')}
                    {t('kb.colon')}
                  </Typography.Text>
                  {article.problem}
                </Typography.Paragraph>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                  <Typography.Text type="secondary">
                    {t('kb.solution')}
                    {t('kb.colon')}
                  </Typography.Text>
                  {article.solution}
                </Typography.Paragraph>
                <Flex gap={16} wrap style={{ fontSize: 12 }}>
                  {article.sourceIssueId ? (
                    <span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('kb.source')}
                        {t('kb.colon')}
                      </Typography.Text>
                      <Link
                        to={`/issues/${article.sourceIssueId}`}
                        onClick={(e) => e.stopPropagation()}
                        data-testid="kb-item-source"
                      >
                        {article.sourceIssueNumber}
                      </Link>
                    </span>
                  ) : null}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('kb.by', { name: article.createdByName, date: zoneDate(article.createdAt, zone) })}
                  </Typography.Text>
                </Flex>
              </Space>
            </div>
          ))}
        </div>
      </Spin>
      {searching ? null : <LoadMore list={articles} />}
      <ArticleFormModal open={writing} onClose={() => setWriting(false)} />
    </Card>
  );
}
