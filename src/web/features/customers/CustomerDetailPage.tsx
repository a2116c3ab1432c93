import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, get } from '../../api/client.ts';
import type { Contact, CustomerDetail } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { CUSTOMER_KIND_LABELS, CUSTOMER_STATUS_LABELS, label, TIER_COLORS } from '../../app/labels.ts';
import { AccessRequestModal } from './AccessRequestModal.tsx';
import { GradeRequestModal } from './GradeRequestModal.tsx';
import { MergeModal } from './MergeModal.tsx';

type Level = 'secret' | 'confidential' | 'top_secret';

interface Row {
  id: number;
  [key: string]: unknown;
}

function FactsTable({ url, columns }: { url: string; columns: { title: string; dataIndex: string }[] }) {
  const facts = useQuery({ queryKey: [url], queryFn: () => get<{ items: Row[] }>(url), retry: false });
  if (facts.error instanceof ApiError)
    return <Alert type="warning" showIcon title={facts.error.problem.detail} />;
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      loading={facts.isLoading}
      dataSource={facts.data?.items ?? []}
      columns={columns}
      pagination={false}
    />
  );
}

export function CustomerDetailPage() {
  const id = Number(useParams().id);
  const { t, locale } = useI18n();
  const [requesting, setRequesting] = useState<Level>();
  const [grading, setGrading] = useState(false);
  const [merging, setMerging] = useState(false);
  const { data: me } = useMe();
  const customer = useQuery({
    queryKey: ['customer', id],
    queryFn: () => get<CustomerDetail>(`/api/v1/customers/${id}`),
  });
  const contacts = useQuery({
    queryKey: ['customer', id, 'contacts'],
    queryFn: () => get<{ items: Contact[] }>(`/api/v1/customers/${id}/contacts`),
  });
  const timeline = useQuery({
    queryKey: ['customer', id, 'timeline'],
    queryFn: () =>
      get<{
        items: { at: string; kind: string; title: string; detail: string | null; actor: string | null }[];
      }>(`/api/v1/customers/${id}/timeline`),
  });
  const c = customer.data;
  if (customer.error instanceof ApiError)
    return <Alert type="error" showIcon title={customer.error.problem.detail} />;
  if (!c) return <Card loading />;

  const requestButton = (level: Level) => (
    <Button size="small" onClick={() => setRequesting(level)} data-testid={`request-${level}`}>
      {t('customers.requestAccess')}
    </Button>
  );
  const hiddenValue = (value: string | number | null) =>
    c.visibility.topSecret === 'full' ? (value ?? '—') : <Tag>{t('customers.hidden')}</Tag>;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {c.name}
          </Typography.Title>
          <Tag>{c.code}</Tag>
          <Tag color={TIER_COLORS[c.tier]}>{c.tier}</Tag>
          <Tag color="blue">{label(CUSTOMER_STATUS_LABELS, c.status, locale)}</Tag>
          {c.doNotContact && (
            <Tag color="volcano">
              {t('customers.dnc')}：{c.dncReason}
            </Tag>
          )}
          {c.stale && <Tag>{t('customers.stale')}</Tag>}
          {can(me, 'grades.request') && c.visibility.topSecret === 'full' && (
            <Button size="small" onClick={() => setGrading(true)}>
              申报等级
            </Button>
          )}
          {can(me, 'customers.write') && c.visibility.topSecret === 'full' && (
            <Button size="small" onClick={() => setMerging(true)}>
              合并重复客户
            </Button>
          )}
        </Space>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'profile',
              label: t('customers.tabs.profile'),
              children: (
                <Descriptions column={{ xs: 1, md: 2, lg: 3 }} bordered size="small">
                  <Descriptions.Item label={t('customers.shortName')}>{c.shortName ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('customers.kind')}>
                    {label(CUSTOMER_KIND_LABELS, c.kind, locale)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('customers.industry')}>{c.industry ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('customers.region')}>
                    {[c.province, c.city, c.district].filter(Boolean).join(' ') || '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('customers.address')}>{c.address ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('customers.owner')}>{c.ownerName ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('customers.annualAmount')}>
                    <Space>
                      {hiddenValue(c.annualAmount)}
                      {c.visibility.topSecret !== 'full' && requestButton('top_secret')}
                    </Space>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('customers.score')}>{hiddenValue(c.score)}</Descriptions.Item>
                  <Descriptions.Item label={t('customers.verifiedAt')}>
                    {c.verifiedAt ? dayjs(c.verifiedAt).format('YYYY-MM-DD') : '—'}
                  </Descriptions.Item>
                </Descriptions>
              ),
            },
            {
              key: 'contacts',
              label: t('customers.tabs.contacts'),
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {c.visibility.confidential !== 'full' && (
                    <Alert
                      type="info"
                      showIcon
                      title={t('customers.masked')}
                      action={requestButton('confidential')}
                    />
                  )}
                  <Table<Contact>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    loading={contacts.isLoading}
                    dataSource={contacts.data?.items ?? []}
                    columns={[
                      {
                        title: t('customers.contactName'),
                        dataIndex: 'name',
                        render: (v: string, r) => (r.isPrimary ? <b>{v}</b> : v),
                      },
                      { title: t('customers.position'), dataIndex: 'position' },
                      { title: t('customers.mobile'), dataIndex: 'mobile' },
                      { title: t('customers.email'), dataIndex: 'email' },
                    ]}
                  />
                </Space>
              ),
            },
            {
              key: 'transactions',
              label: t('customers.tabs.transactions'),
              children: (
                <FactsTable
                  url={`/api/v1/customers/${id}/transactions`}
                  columns={[
                    { title: '日期', dataIndex: 'occurredOn' },
                    { title: '金额', dataIndex: 'amount' },
                    { title: '数量', dataIndex: 'quantity' },
                    { title: '产品类别', dataIndex: 'productClass' },
                    { title: '产品', dataIndex: 'product' },
                    { title: '付款到期', dataIndex: 'dueOn' },
                    { title: '付款日期', dataIndex: 'paidOn' },
                  ]}
                />
              ),
            },
            {
              key: 'contracts',
              label: t('customers.tabs.contracts'),
              children: (
                <FactsTable
                  url={`/api/v1/customers/${id}/contracts`}
                  columns={[
                    { title: '合同编号', dataIndex: 'contractNo' },
                    { title: '名称', dataIndex: 'title' },
                    { title: '金额', dataIndex: 'amount' },
                    { title: '开始', dataIndex: 'startsOn' },
                    { title: '结束', dataIndex: 'endsOn' },
                  ]}
                />
              ),
            },
            {
              key: 'timeline',
              label: t('customers.tabs.timeline'),
              children: timeline.data?.items.length ? (
                <Timeline
                  items={timeline.data.items.map((e) => ({
                    children: (
                      <span>
                        <Typography.Text type="secondary">
                          {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
                        </Typography.Text>{' '}
                        {e.title} {e.detail && <Typography.Text type="secondary">{e.detail}</Typography.Text>}{' '}
                        {e.actor && <Tag>{e.actor}</Tag>}
                      </span>
                    ),
                  }))}
                />
              ) : (
                <Empty />
              ),
            },
          ]}
        />
      </Card>
      <GradeRequestModal customerId={id} open={grading} onClose={() => setGrading(false)} />
      <MergeModal customerId={id} open={merging} onClose={() => setMerging(false)} />
      {requesting && (
        <AccessRequestModal
          customerId={id}
          open
          defaultLevel={requesting}
          onClose={() => setRequesting(undefined)}
        />
      )}
    </Space>
  );
}
