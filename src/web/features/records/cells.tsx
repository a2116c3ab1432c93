import { Space, Tag, Tooltip, Typography } from 'antd';
import type { RecordRow } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { REVIEW_STATUS_COLORS, satisfactionColor, satisfactionWord } from './words.ts';

/** 好 … 很差 as a tag coloured from green to red; a dash when not rated. */
export function Satisfaction({ value }: { value: number | null }) {
  const { t } = useI18n();
  const text = satisfactionWord(value, t);
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={satisfactionColor(value)} data-testid="satisfaction">
      {text}
    </Tag>
  );
}

/**
 * The record's number (what opens it: the row on a table, the number on a card) over when the call was made; in the
 * tables and on the cards of 回访记录 and 记录审核.
 */
export function NumberAt({
  record,
  onOpen,
  timeLabel,
}: {
  record: Pick<RecordRow, 'number' | 'contactedAt'>;
  onOpen?: () => void;
  /** On a card, where no column header says what the time is. */
  timeLabel?: string;
}) {
  const zone = useCompanyZone();
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Link onClick={onOpen} data-testid="record-number">
        {record.number}
      </Typography.Link>
      <Typography.Text type="secondary">
        {timeLabel ? `${timeLabel} ` : ''}
        {zoneDateTime(record.contactedAt, zone)}
      </Typography.Text>
    </Space>
  );
}

/** 服务 and 产品 each with its rating, side by side: on a card, where no column header says which is which. */
export function Ratings({
  record,
}: {
  record: Pick<RecordRow, 'serviceSatisfaction' | 'productSatisfaction'>;
}) {
  const { t } = useI18n();
  return (
    <Space size={[8, 4]} wrap>
      <span>
        <Typography.Text type="secondary">{t('records.serviceShort')} </Typography.Text>
        <Satisfaction value={record.serviceSatisfaction} />
      </span>
      <span>
        <Typography.Text type="secondary">{t('records.productShort')} </Typography.Text>
        <Satisfaction value={record.productSatisfaction} />
      </span>
    </Space>
  );
}

/** 待审核 / 已审核 / 已退回, and 审核逾期 in red beside it while it is late. */
export function ReviewStatus({ record }: { record: RecordRow }) {
  const { t } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      <Tag color={REVIEW_STATUS_COLORS[record.reviewStatus]} data-testid="review-status">
        {t(`records.status.${record.reviewStatus}` as MessageKey)}
      </Tag>
      {record.reviewOverdue ? (
        <Tooltip title={t('records.overdueHint')}>
          <Tag color="red" data-testid="review-overdue">
            {t('records.overdue')}
          </Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}

/** What else to know at a glance: 补录, 待立案, 投诉, 已签字, 导入, times sent back. */
export function RecordMarks({ record }: { record: RecordRow }) {
  const { t } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {record.lateEntry ? (
        <Tooltip title={t('records.lateHint')}>
          <Tag color="gold">{t('records.late')}</Tag>
        </Tooltip>
      ) : null}
      {record.issueRequested ? (
        <Tooltip title={t('records.issueHint')}>
          <Tag color="volcano">{t('records.issue')}</Tag>
        </Tooltip>
      ) : null}
      {record.complaint ? <Tag color="magenta">{t('records.complaint')}</Tag> : null}
      {record.signed ? <Tag color="purple">{t('records.signed')}</Tag> : null}
      {record.imported ? <Tag>{t('records.imported')}</Tag> : null}
      {/* Sent back once and still back: the status says it already. */}
      {record.returnedCount > (record.reviewStatus === 'returned' ? 1 : 0) ? (
        <Tag>{t('records.returnedTimes', { n: record.returnedCount })}</Tag>
      ) : null}
    </Space>
  );
}
