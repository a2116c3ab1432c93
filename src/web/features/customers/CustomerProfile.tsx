import { Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { CustomerDetail } from '../../api/types.ts';
import { formatYuan } from '../../app/format.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CUSTOMER_KIND_LABELS, label } from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';

const day = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : null);

/** 基本资料: every field the viewer may see; 绝密 values hidden with 申请查阅 beside them. */
const BASIC_KEYS = new Set<MessageKey>(['customers.shortName', 'customers.industry', 'customers.region']);

export function CustomerProfile({
  customer: c,
  requestButton,
}: {
  customer: CustomerDetail;
  requestButton: ReactNode;
}) {
  const { t, locale } = useI18n();
  const topSecret = c.visibility.topSecret === 'full';
  const hidden = <Tag>{t('customers.hidden')}</Tag>;
  const items: [MessageKey, ReactNode][] = [
    ['customers.shortName', c.shortName],
    ['customers.kind', c.kind ? label(CUSTOMER_KIND_LABELS, c.kind, locale) : null],
    ['customers.industry', c.industry],
    ['customerEdit.needType', c.needType],
    ['customers.region', [c.province, c.city, c.district].filter(Boolean).join(' ')],
    ['customers.address', c.address],
    ['customers.owner', c.ownerName],
    ['customerEdit.agent', c.agentName],
    ['customers.tags', c.tags?.length ? c.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : null],
    [
      'customers.annualAmount',
      <Space key="amount">
        {topSecret ? formatYuan(c.annualAmount) : hidden}
        {!topSecret && requestButton}
      </Space>,
    ],
    ['customers.score', topSecret ? c.score : hidden],
    ['customerEdit.firstCooperationOn', day(c.firstCooperationOn)],
    ['customerEdit.products', c.products],
    ['customerEdit.cooperationFrequency', c.cooperationFrequency],
    ['customerEdit.foundedOn', day(c.foundedOn)],
    ['customerEdit.employees', c.employees],
    ['customerEdit.source', c.source],
    ['customerEdit.membershipNo', c.membershipNo],
    ['customerEdit.anniversaryOn', day(c.anniversaryOn)],
    ['customerEdit.idNumber', c.idNumber],
    ['customerEdit.preferredMethod', c.preferredMethod],
    ['customerEdit.preferredChannel', c.preferredChannel],
    ['customerEdit.preferredWindow', c.preferredWindow],
    ['customerEdit.followupWeeklyCap', c.followupWeeklyCap],
    ['customers.verifiedAt', day(c.verifiedAt)],
    ['customerEdit.lostOn', c.status === 'lost' ? day(c.lostOn) : null],
    ['customerEdit.lostReason', c.status === 'lost' ? c.lostReason : null],
    [
      'customerEdit.dncReason',
      c.doNotContact ? `${c.dncReason ?? ''}（${c.dncSetByName ?? ''} ${day(c.dncSetAt) ?? ''}）` : null,
    ],
    ['customerEdit.remark', c.remark],
  ];
  // Marketing sees name, industry and region only: every other field is hidden, not empty.
  const shown =
    c.visibility.secret === 'full'
      ? items
      : items.map(([key, value]): [MessageKey, ReactNode] => [key, BASIC_KEYS.has(key) ? value : hidden]);
  return (
    // Three pairs of columns only from 1 200 px: narrower, values such as amounts broke mid-number.
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} bordered size="small">
      {shown.map(([key, value]) => (
        <Descriptions.Item key={key} label={t(key)}>
          {value === null || value === undefined || value === '' ? '—' : value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
