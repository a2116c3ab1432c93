import { Flex, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { IssueStatus } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { StatusTag } from '../issues/cells.tsx';
import { useSuggestions } from './queries.ts';

/** The value half a second after it last changed, so typing asks the server once per pause. */
function useDebounced<T>(value: T, ms = 500): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Under the description being typed in 登记问题: open issues that may be the same complaint (the same
 * customer's first; each opens in a new tab, the form stays) and knowledge-base articles that may already answer
 * it. Nothing shows while there is nothing to offer.
 */
export function IssueSuggestions({ text, customerId }: { text?: string; customerId?: number }) {
  const { t } = useI18n();
  const words = useDebounced((text ?? '').trim());
  const customer = useDebounced(customerId);
  const found = useSuggestions(words, customer);
  if (words.length < 4 || !found.data) return null;
  const { similarIssues, articles } = found.data;
  if (similarIssues.length === 0 && articles.length === 0) return null;
  return (
    <div
      style={{
        marginTop: -12,
        marginBottom: 16,
        padding: '8px 12px',
        background: 'rgba(0, 0, 0, 0.02)',
        border: '1px solid rgba(5, 5, 5, 0.06)',
        borderRadius: 6,
        fontSize: 13,
      }}
      data-testid="issue-suggestions"
    >
      {similarIssues.length > 0 ? (
        <div data-testid="suggested-issues">
          <Typography.Text type="secondary" strong style={{ fontSize: 12 }}>
            {t('kb.suggest.similar')}
          </Typography.Text>
          {similarIssues.map((issue) => (
            <Flex key={issue.id} gap={8} align="center" style={{ minWidth: 0, marginTop: 2 }}>
              <Link to={`/issues/${issue.id}`} target="_blank" rel="noopener" style={{ flex: 'none' }}>
                {issue.number}
              </Link>
              <StatusTag status={issue.status as IssueStatus} />
              {issue.customerName ? (
                <Typography.Text style={{ flex: 'none', maxWidth: 180 }} ellipsis>
                  {issue.customerName}
                </Typography.Text>
              ) : null}
              {issue.sameCustomer ? (
                <Tag color="orange" style={{ flex: 'none' }}>
                  {t('kb.suggest.sameCustomer')}
                </Tag>
              ) : null}
              <Typography.Text
                type="secondary"
                ellipsis={{ tooltip: issue.description }}
                style={{ minWidth: 0 }}
              >
                {issue.description}
              </Typography.Text>
            </Flex>
          ))}
        </div>
      ) : null}
      {articles.length > 0 ? (
        <div data-testid="suggested-articles" style={{ marginTop: similarIssues.length > 0 ? 8 : 0 }}>
          <Typography.Text type="secondary" strong style={{ fontSize: 12 }}>
            {t('kb.suggest.articles')}
          </Typography.Text>
          <Space orientation="vertical" size={0} style={{ display: 'flex' }}>
            {articles.map((article) => (
              <Flex key={article.id} gap={8} align="center" style={{ minWidth: 0, marginTop: 2 }}>
                <Link to={`/knowledge/${article.id}`} target="_blank" rel="noopener" style={{ flex: 'none' }}>
                  {article.title}
                </Link>
                {article.typicalCase ? <Tag color="gold">{t('kb.typicalCase')}</Tag> : null}
                <Typography.Text
                  type="secondary"
                  ellipsis={{ tooltip: article.solution }}
                  style={{ minWidth: 0 }}
                >
                  {article.solution}
                </Typography.Text>
              </Flex>
            ))}
          </Space>
        </div>
      ) : null}
    </div>
  );
}
