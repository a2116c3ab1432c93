import { Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RecordRow } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDate, zoneDateTime } from '../../app/zone.ts';
import { methodWord } from '../followups/words.ts';
import { RecordMarks } from './cells.tsx';
import { ReviewBar, ReviewBlock } from './ReviewPanel.tsx';
import { SATISFACTION_LEVELS, satisfactionColor, satisfactionWord } from './words.ts';

const text = (value: string | null | undefined): ReactNode =>
  value ? <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span> : '—';

/** □好 □较好 □一般 □差 □很差 as on the paper form, the customer's answer ticked. */
function SatisfactionBoxes({ value, testId }: { value: number | null; testId: string }) {
  const { t } = useI18n();
  return (
    <Space size={12} wrap data-testid={testId}>
      {SATISFACTION_LEVELS.map((level) =>
        level === value ? (
          <Tag key={level} color={satisfactionColor(level)} style={{ marginInlineEnd: 0 }} data-checked>
            ☑ {satisfactionWord(level, t)}
          </Tag>
        ) : (
          <Typography.Text key={level} type="secondary">
            ☐ {satisfactionWord(level, t)}
          </Typography.Text>
        ),
      )}
    </Space>
  );
}

/**
 * One record laid out as the paper 客户回访记录表 (forms.md): 编号 and 日期, the customer and who called, the two
 * satisfactions with their boxes, the questions, 客户意见和要求, 对策与建议, 回访要点, 访问记录, what follows, the
 * customer's signature and, at the foot, 主管领导审核签字 with its buttons.
 */
export function RecordDetail({ record, onDecided }: { record: RecordRow; onDecided?(): void }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const next = [record.nextFollowupOn, record.nextFollowupContent].filter(Boolean).join('　');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="record-detail">
      <div style={{ textAlign: 'center' }}>
        <Typography.Title level={4} style={{ marginBottom: 4 }}>
          {t('records.formTitle')}
        </Typography.Title>
        <RecordMarks record={record} />
      </div>
      <ReviewBar record={record} onDecided={onDecided} />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 160 } }}
        items={[
          {
            key: 'number',
            label: t('records.number'),
            children: <span data-testid="record-number">{record.number}</span>,
          },
          { key: 'date', label: t('records.date'), children: zoneDate(record.contactedAt, zone) },
          {
            key: 'customer',
            label: t('records.customer'),
            children: <Link to={`/customers/${record.customerId}`}>{record.customerName}</Link>,
          },
          { key: 'contact', label: t('records.contact'), children: record.contactName || '—' },
          { key: 'staff', label: t('records.staff'), children: record.staffName },
          {
            key: 'method',
            label: t('records.method'),
            children: (
              <Space size={4}>
                {methodWord(record.method, locale)}
                {record.phoneRecord ? <Tag color="blue">{t('records.phoneMark')}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'contactedAt',
            label: t('records.contactedAt'),
            children: zoneDateTime(record.contactedAt, zone),
          },
          {
            key: 'duration',
            label: t('records.duration'),
            children:
              record.durationMinutes === null ? '—' : t('records.minutes', { n: record.durationMinutes }),
          },
          { key: 'purpose', label: t('records.purpose'), span: 'filled', children: text(record.purpose) },
          {
            key: 'service',
            label: t('records.service'),
            span: 'filled',
            children: <SatisfactionBoxes value={record.serviceSatisfaction} testId="service-boxes" />,
          },
          {
            key: 'product',
            label: t('records.product'),
            span: 'filled',
            children: <SatisfactionBoxes value={record.productSatisfaction} testId="product-boxes" />,
          },
        ]}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 160 } }}
        items={[
          {
            key: 'questions',
            label: t('records.questions'),
            children: record.answers.length ? (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {record.answers.map((a, i) => (
                  // The questionnaire's order is the answers' identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: answers have no id
                  <li key={i}>
                    <Typography.Text strong>{a.question}</Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{a.answer || '—'}</div>
                  </li>
                ))}
              </ol>
            ) : (
              '—'
            ),
          },
          { key: 'opinions', label: t('records.opinions'), children: text(record.opinions) },
          {
            key: 'countermeasures',
            label: t('records.countermeasures'),
            children: text(record.countermeasures),
          },
          { key: 'keyPoints', label: t('records.keyPoints'), children: text(record.keyPoints) },
          { key: 'content', label: t('records.content'), children: text(record.content) },
          { key: 'result', label: t('records.result'), children: text(record.result) },
          {
            key: 'actions',
            label: t('records.actionItems'),
            children: record.actionItems.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {record.actionItems.map((item, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: action items have no id
                  <li key={i}>
                    {item.text}
                    {item.dueOn ? (
                      <Typography.Text type="secondary">
                        {t('records.dueOn', { date: item.dueOn })}
                      </Typography.Text>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              '—'
            ),
          },
          {
            key: 'promised',
            label: t('records.promisedReplyAt'),
            children: zoneDateTime(record.promisedReplyAt, zone) || '—',
          },
          { key: 'next', label: t('records.nextFollowup'), children: next || '—' },
          {
            key: 'signature',
            label: t('records.customerSignature'),
            children: (
              <Tag color={record.signed ? 'purple' : 'default'} data-testid="signature">
                {t(
                  record.signed
                    ? 'records.signed'
                    : record.phoneRecord
                      ? 'records.phoneUnsigned'
                      : 'records.unsigned',
                )}
              </Tag>
            ),
          },
          {
            key: 'entered',
            label: t('records.enteredAt'),
            children: zoneDateTime(record.createdAt, zone),
          },
        ]}
      />
      <ReviewBlock record={record} />
    </Space>
  );
}
