import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RecordRow } from '../../api/types.ts';
import { useCompanyZone, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { ReviewStatus } from './cells.tsx';
import { DecisionModal } from './DecisionModal.tsx';
import type { Decision } from './queries.ts';
import { currentRound, deadlineText, editPath, mayResubmit, mayReview } from './words.ts';

/**
 * What the reader of a record has to do about its review, above the form where it is seen first: the reviewer's
 * 审核签字 / 退回 on a record waiting, the author's 修改后重新提交 under the supervisor's comment on one sent back.
 * Nothing for anyone else.
 */
export function ReviewBar({ record, onDecided }: { record: RecordRow; onDecided?(): void }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [deciding, setDeciding] = useState<Decision>();

  if (mayResubmit(me, record)) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('review.returnedAlert')}
        description={
          <Typography.Paragraph strong style={{ fontSize: 15, margin: 0 }} data-testid="return-comment">
            {t('review.commentIs', { comment: record.reviewComment ?? '' })}
          </Typography.Paragraph>
        }
        action={
          <Button type="primary" onClick={() => navigate(editPath(record.id))} data-testid="resubmit">
            {t('review.resubmit')}
          </Button>
        }
      />
    );
  }
  if (!mayReview(me, record)) return null;
  return (
    <>
      <Alert
        type={record.reviewOverdue ? 'error' : 'info'}
        showIcon
        data-testid="review-bar"
        title={
          <Space size={8} wrap>
            <span>{t('review.round', { n: currentRound(record) })}</span>
            {record.reviewDueAt ? (
              <span>
                {t('review.due')} {deadlineText(record.reviewDueAt, zone)}
              </span>
            ) : null}
            {record.reviewOverdue ? <Tag color="red">{t('review.overdueBy')}</Tag> : null}
          </Space>
        }
        description={
          record.returnedCount > 0
            ? t('review.returnedBefore', { n: record.returnedCount, comment: record.reviewComment ?? '—' })
            : undefined
        }
        action={
          <Space>
            <Button type="primary" onClick={() => setDeciding('approve')} data-testid="approve">
              {t('review.approve')}
            </Button>
            <Button danger onClick={() => setDeciding('return')} data-testid="return">
              {t('review.return')}
            </Button>
          </Space>
        }
      />
      <DecisionModal
        record={record}
        decision={deciding}
        onClose={() => setDeciding(undefined)}
        onDecided={() => onDecided?.()}
      />
    </>
  );
}

/**
 * 主管领导审核签字, 审核日期: the foot of the paper form — the status and round, the deadline, who signed or sent it
 * back and when, the comment, and what came before.
 */
export function ReviewBlock({ record }: { record: RecordRow }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const { data: me } = useMe();
  const decided = record.reviewStatus !== 'provisional';
  // While a resubmission waits, the reviewer fields still hold the last sending back: history by then.
  const history =
    record.returnedCount === 0
      ? t('review.noHistory')
      : record.reviewStatus === 'provisional'
        ? t('review.returnedBefore', { n: record.returnedCount, comment: record.reviewComment ?? '—' })
        : t('records.returnedTimes', { n: record.returnedCount });
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      styles={{ label: { width: 160 } }}
      title={t('review.title')}
      extra={
        me?.id === record.staffId && !decided ? (
          <Typography.Text type="secondary">{t('review.waiting')}</Typography.Text>
        ) : null
      }
      data-testid="review-panel"
      items={[
        {
          key: 'status',
          label: t('records.reviewStatus'),
          children: (
            <Space size={4} wrap>
              <ReviewStatus record={record} />
              <Typography.Text type="secondary">
                {t('review.round', { n: Math.max(currentRound(record), 1) })}
              </Typography.Text>
            </Space>
          ),
        },
        {
          key: 'due',
          label: t('review.due'),
          children: record.reviewDueAt ? deadlineText(record.reviewDueAt, zone) : '—',
        },
        { key: 'reviewer', label: t('review.reviewer'), children: decided ? record.reviewedByName : '—' },
        {
          key: 'reviewedAt',
          label: t('review.reviewedAt'),
          children: decided ? zoneDateTime(record.reviewedAt, zone) || '—' : '—',
        },
        {
          key: 'comment',
          label: t('review.comment'),
          span: 'filled',
          children: (decided && record.reviewComment) || '—',
        },
        { key: 'history', label: t('review.history'), span: 'filled', children: history },
      ]}
    />
  );
}
