import { Alert, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { ArticleFormModal } from './ArticleFormModal.tsx';
import { ArticleTags } from './cells.tsx';
import { useArticle } from './queries.ts';

const TEXT = { whiteSpace: 'pre-wrap', marginBottom: 0 } as const;

/** One article: its title and tags, 问题 and 解决方法 as written, where it came from, and 修改 for who handles issues. */
export function ArticlePage() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const zone = useCompanyZone();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [editing, setEditing] = useState(false);
  const { data: article, error } = useArticle(id);
  if (error instanceof ApiError) return <Alert type="error" showIcon title={error.problem.detail} />;
  if (!article) return <Card loading />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="article-detail">
      <Button onClick={() => navigate('/knowledge')}>{t('kb.backToList')}</Button>
      <Card>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Space align="center" wrap size={[8, 8]}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="article-heading">
              {article.title}
            </Typography.Title>
            <ArticleTags article={article} />
          </Space>
          {can(me, 'issues.handle') ? (
            <Button onClick={() => setEditing(true)} data-testid="article-edit">
              {t('kb.edit')}
            </Button>
          ) : null}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'source',
              label: t('kb.source'),
              children: article.sourceIssueId ? (
                <Link to={`/issues/${article.sourceIssueId}`} data-testid="article-source">
                  {article.sourceIssueNumber}
                </Link>
              ) : (
                '—'
              ),
            },
            {
              key: 'author',
              label: t('kb.author'),
              children: `${article.createdByName} · ${zoneDateTime(article.createdAt, zone)}`,
            },
            { key: 'updated', label: t('kb.updatedAt'), children: zoneDateTime(article.updatedAt, zone) },
          ]}
        />
      </Card>
      <Card title={t('kb.problem')} size="small">
        <Typography.Paragraph style={TEXT} data-testid="article-problem-text">
          {article.problem}
        </Typography.Paragraph>
      </Card>
      <Card title={t('kb.solution')} size="small">
        <Typography.Paragraph style={TEXT} data-testid="article-solution-text">
          {article.solution}
        </Typography.Paragraph>
      </Card>
      <ArticleFormModal open={editing} article={article} onClose={() => setEditing(false)} />
    </Space>
  );
}
