import { Alert, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { Issue } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { EscalationTag, StatusTag, UrgencyTag } from './cells.tsx';
import { DeadlineCards } from './DeadlineCards.tsx';
import { IssueActions } from './IssueActions.tsx';
import { IssueAttachments } from './IssueAttachments.tsx';
import { IssueFacts } from './IssueFacts.tsx';
import { IssueLinks } from './IssueLinks.tsx';
import { IssuePlans } from './IssuePlans.tsx';
import { EscalationTable, RevisitTable } from './IssueTables.tsx';
import { IssueTimeline } from './IssueTimeline.tsx';
import { useIssue } from './queries.ts';
import { useNow } from './useNow.ts';

/** Number, status, urgency and who complained, the description under them, the actions on the right. */
function IssueHeader({ issue }: { issue: Issue }) {
  const { t } = useI18n();
  return (
    <Card>
      <Row gutter={[16, 12]} justify="space-between" align="top">
        <Col flex="auto">
          <Space align="center" wrap size={[8, 8]}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="issue-title">
              {issue.number}
            </Typography.Title>
            <StatusTag status={issue.status} />
            <UrgencyTag urgency={issue.urgency} />
            {issue.escalationLevel ? <EscalationTag level={issue.escalationLevel} /> : null}
            {issue.pausedAt ? <Tag>{t('issues.paused')}</Tag> : null}
            {issue.cycle > 1 ? <Tag color="purple">{t('issues.cycle', { n: issue.cycle })}</Tag> : null}
            {issue.replyOnly ? <Tag>{t('issues.replyOnly')}</Tag> : null}
            {issue.customerId ? (
              <Link to={`/customers/${issue.customerId}`} data-testid="issue-customer">
                {issue.customerName}
                {issue.customerCode ? `（${issue.customerCode}）` : ''}
              </Link>
            ) : (
              <Typography.Text type="secondary" data-testid="issue-customer">
                {t('issues.anonymous')}
              </Typography.Text>
            )}
          </Space>
        </Col>
        <Col>
          <IssueActions issue={issue} />
        </Col>
      </Row>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}
        data-testid="issue-description"
      >
        {issue.description}
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * One issue: its header and actions, the two deadlines counting down (renewed every half minute), every field,
 * then its history beside the escalations and the post-resolution revisits.
 */
export function IssueDetailPage() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const navigate = useNavigate();
  const now = useNow();
  const { data: issue, error } = useIssue(id);
  if (error instanceof ApiError) return <Alert type="error" showIcon title={error.problem.detail} />;
  if (!issue) return <Card loading />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="issue-detail">
      <Button onClick={() => navigate('/issues')}>{t('issues.backToList')}</Button>
      <IssueHeader issue={issue} />
      <DeadlineCards issue={issue} now={now} />
      <IssuePlans issue={issue} />
      <Card title={t('issues.details')} size="small">
        <IssueFacts issue={issue} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('issues.timeline')} size="small">
            <IssueTimeline issue={issue} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('issues.escalations')} size="small">
              <EscalationTable issue={issue} />
            </Card>
            <Card title={t('issues.revisits')} size="small">
              <RevisitTable issue={issue} />
            </Card>
            <IssueLinks issue={issue} />
            <IssueAttachments issue={issue} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
