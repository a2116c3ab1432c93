import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Space, Tabs, Tag, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, get } from '../../api/client.ts';
import type {
  AccessLevel,
  Contract,
  CustomerDetail,
  ServiceEvent,
  TimelineEvent,
  Transaction,
} from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { formatYuan } from '../../app/format.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ACTION_LABELS, CUSTOMER_STATUS_LABELS, label, TIER_COLORS } from '../../app/labels.ts';
import { type MessageKey, messages } from '../../app/messages.ts';
import { useScreens } from '../../app/screens.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { AccessRequestModal } from './AccessRequestModal.tsx';
import { ContactsTab } from './ContactsTab.tsx';
import { CustomerEditModal } from './CustomerEditModal.tsx';
import { CustomerProfile } from './CustomerProfile.tsx';
import { FactsTab } from './FactsTab.tsx';
import {
  CONTRACT_FIELDS,
  PRODUCT_CLASS_LABELS,
  SERVICE_EVENT_FIELDS,
  TRANSACTION_FIELDS,
} from './fact-fields.ts';
import { GradeRequestModal } from './GradeRequestModal.tsx';
import { MergeModal } from './MergeModal.tsx';
import { tierReason } from './tier-reason.ts';

/** The event's kind in the reader's language, then its own title (a product, a contract title, a tier change). */
function useTimelineTitle() {
  const { t, locale } = useI18n();
  const kindLabel = (kind: string, sub: string): string => {
    switch (kind) {
      case 'audit':
        return label(ACTION_LABELS, sub, locale);
      case 'service':
        return `facts.service.${sub}` in messages ? t(`facts.service.${sub}` as MessageKey) : sub;
      case 'transaction':
        return t(sub === 'return' ? 'facts.return' : 'facts.sale');
      case 'contract':
        return t('customerDetail.timeline.contract');
      case 'tier':
        return t('customers.tier');
      default:
        return kind;
    }
  };
  return (e: TimelineEvent): string => {
    const [kind = '', sub = ''] = e.kind.split(':');
    // An audit event's title is its action code: the label says it all.
    if (kind === 'audit') return kindLabel(kind, sub);
    return [kindLabel(kind, sub), e.title].filter(Boolean).join(kind === 'tier' ? ' ' : ' · ');
  };
}

function useFactColumns() {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const column = (key: MessageKey, dataIndex: string, render?: (v: string) => string) => ({
    title: t(key),
    dataIndex,
    ...(render ? { render } : {}),
  });
  const amount = { ...column('facts.amount', 'amount', formatYuan), align: 'right' as const };
  const transactions: ColumnsType<Transaction> = [
    column('facts.occurredOn', 'occurredOn'),
    column('facts.kind', 'kind', (v: string) => t(v === 'return' ? 'facts.return' : 'facts.sale')),
    amount,
    column('facts.quantity', 'quantity'),
    column('facts.productClass', 'productClass', (v: string) =>
      v in PRODUCT_CLASS_LABELS ? t(PRODUCT_CLASS_LABELS[v as keyof typeof PRODUCT_CLASS_LABELS]) : (v ?? ''),
    ),
    column('facts.product', 'product'),
    column('facts.dueOn', 'dueOn'),
    column('facts.paidOn', 'paidOn'),
  ];
  const contracts: ColumnsType<Contract> = [
    column('facts.contractNo', 'contractNo'),
    column('facts.title', 'title'),
    amount,
    column('facts.startsOn', 'startsOn'),
    column('facts.endsOn', 'endsOn'),
  ];
  const services: ColumnsType<ServiceEvent> = [
    column('facts.occurredAt', 'occurredAt', (v: string) => zoneDateTime(v, zone)),
    column('facts.serviceKind', 'kind', (v: string) => t(`facts.service.${v}` as MessageKey)),
    column('facts.product', 'product'),
    column('facts.summary', 'summary'),
    column('facts.staff', 'staffName'),
  ];
  return { transactions, contracts, services };
}

export function CustomerDetailPage() {
  const id = Number(useParams().id);
  const { t, locale } = useI18n();
  const [requesting, setRequesting] = useState<AccessLevel>();
  const [grading, setGrading] = useState(false);
  const [merging, setMerging] = useState(false);
  const [editing, setEditing] = useState(false);
  const { data: me } = useMe();
  const zone = useCompanyZone();
  const phone = useScreens().sm === false;
  const columns = useFactColumns();
  const timelineTitle = useTimelineTitle();
  // A transaction's detail is its amount as the API sends it ("1624800.00"): show it as money. A tier change's
  // reason is the code after "tier:".
  const timelineDetail = (e: TimelineEvent) => {
    if (e.kind.startsWith('tier:')) return tierReason(e.kind.slice('tier:'.length), e.gradeRequestId, t);
    if (!e.detail) return null;
    return e.kind.startsWith('transaction:')
      ? t('customerDetail.timeline.amount', { amount: formatYuan(e.detail) })
      : e.detail;
  };
  const customer = useQuery({
    queryKey: ['customer', id],
    queryFn: () => get<CustomerDetail>(`/api/v1/customers/${id}`),
  });
  const timeline = useQuery({
    queryKey: ['customer', id, 'timeline'],
    queryFn: () => get<{ items: TimelineEvent[] }>(`/api/v1/customers/${id}/timeline`),
  });
  const c = customer.data;
  if (customer.error instanceof ApiError)
    return <Alert type="error" showIcon title={customer.error.problem.detail} />;
  if (!c) return <Card loading />;

  // 申请查阅 wherever something is withheld, for those who may file a 查阅申请.
  const onRequest = can(me, 'access.request') ? setRequesting : undefined;
  const requestButton = (level: AccessLevel) =>
    onRequest && (
      <Button size="small" onClick={() => onRequest(level)} data-testid={`request-${level}`}>
        {t('customers.requestAccess')}
      </Button>
    );
  // Writing needs the customer in the user's own scope; the server checks it, the buttons follow the views.
  const canWrite = can(me, 'customers.write') && c.visibility.topSecret === 'full';
  const facts = (key: 'transactions' | 'contracts' | 'service-events') => ({
    customerId: id,
    listUrl: `/api/v1/customers/${id}/${key}`,
    postUrl: `/api/v1/${key}`,
    canAdd: canWrite,
    requestButton: requestButton(key === 'service-events' ? 'secret' : 'top_secret'),
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {c.name}
          </Typography.Title>
          <Tag>{c.code}</Tag>
          {c.tier && <Tag color={TIER_COLORS[c.tier]}>{c.tier}</Tag>}
          {c.status && <Tag color="blue">{label(CUSTOMER_STATUS_LABELS, c.status, locale)}</Tag>}
          {c.doNotContact && (
            <Tag color="volcano">
              {c.dncReason ? t('customerDetail.dncWithReason', { reason: c.dncReason }) : t('customers.dnc')}
            </Tag>
          )}
          {c.stale && <Tag>{t('customers.stale')}</Tag>}
          {canWrite && (
            <Button size="small" type="primary" onClick={() => setEditing(true)}>
              {t('customerEdit.title')}
            </Button>
          )}
          {can(me, 'grades.request') && c.visibility.topSecret === 'full' && (
            <Button size="small" onClick={() => setGrading(true)}>
              {t('customerDetail.requestGrade')}
            </Button>
          )}
          {canWrite && (
            <Button size="small" onClick={() => setMerging(true)}>
              {t('customerDetail.merge')}
            </Button>
          )}
          {can(me, 'followups.work') && (
            <Link to={`/followups/records?customerId=${id}`} data-testid="customer-records">
              <Button size="small">{t('menu.followupRecords')}</Button>
            </Link>
          )}
        </Space>
      </Card>
      <Card>
        <Tabs
          // On a phone the six tabs wrap onto two rows rather than hide behind a "more" button.
          className={phone ? 'tabs-wrap' : undefined}
          items={[
            {
              key: 'profile',
              label: t('customers.tabs.profile'),
              children: <CustomerProfile customer={c} onRequest={onRequest} />,
            },
            {
              key: 'contacts',
              label: t('customers.tabs.contacts'),
              children: (
                <ContactsTab
                  customerId={id}
                  masked={c.visibility.confidential !== 'full'}
                  canWrite={canWrite}
                  requestButton={requestButton('confidential')}
                />
              ),
            },
            {
              key: 'transactions',
              label: t('customers.tabs.transactions'),
              children: (
                <FactsTab
                  {...facts('transactions')}
                  columns={columns.transactions}
                  fields={TRANSACTION_FIELDS}
                  addLabel="facts.addTransaction"
                />
              ),
            },
            {
              key: 'contracts',
              label: t('customers.tabs.contracts'),
              children: (
                <FactsTab
                  {...facts('contracts')}
                  columns={columns.contracts}
                  fields={CONTRACT_FIELDS}
                  addLabel="facts.addContract"
                />
              ),
            },
            {
              key: 'services',
              label: t('facts.serviceEvents'),
              children: (
                <FactsTab
                  {...facts('service-events')}
                  columns={columns.services}
                  fields={SERVICE_EVENT_FIELDS}
                  addLabel="facts.addServiceEvent"
                />
              ),
            },
            {
              key: 'timeline',
              label: t('customers.tabs.timeline'),
              children:
                timeline.error instanceof ApiError ? (
                  <Alert
                    type="info"
                    showIcon
                    icon={<LockOutlined />}
                    title={timeline.error.problem.detail}
                    action={requestButton('secret')}
                  />
                ) : timeline.data?.items.length ? (
                  <Timeline
                    items={timeline.data.items.map((e) => {
                      const detail = timelineDetail(e);
                      return {
                        children: (
                          <span>
                            <Typography.Text type="secondary">{zoneDateTime(e.at, zone)}</Typography.Text>{' '}
                            {timelineTitle(e)}{' '}
                            {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}{' '}
                            {e.actor && <Tag>{e.actor}</Tag>}
                          </span>
                        ),
                      };
                    })}
                  />
                ) : (
                  <Empty />
                ),
            },
          ]}
        />
      </Card>
      <CustomerEditModal customer={c} open={editing} onClose={() => setEditing(false)} />
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
