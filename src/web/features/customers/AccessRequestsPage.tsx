import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { get, type Page, post } from '../../api/client.ts';
import type { AccessRequest } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ACCESS_STATUS_LABELS, label } from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';
import { RejectModal } from '../../app/RejectModal.tsx';
import { textBelowRows } from '../../app/text-below.tsx';

function RequestTable({ box }: { box: 'mine' | 'to_approve' }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const requests = useQuery({
    queryKey: ['access-requests', box],
    queryFn: () => get<Page<AccessRequest>>(`/api/v1/access-requests?box=${box}`),
  });
  const [rejecting, setRejecting] = useState<AccessRequest>();
  const items = requests.data?.items ?? [];

  const decide = async (request: AccessRequest, verb: 'approve' | 'reject', text?: string) => {
    try {
      await post(`/api/v1/access-requests/${request.id}/${verb}`, { comment: text ?? null });
      await client.invalidateQueries({ queryKey: ['access-requests'] });
      setRejecting(undefined);
    } catch (error) {
      showApiError(error);
    }
  };

  return (
    <>
      <Table<AccessRequest>
        rowKey="id"
        loading={requests.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={textBelowRows(items, t('access.reason'), (r) => r.reason)}
        columns={[
          { title: '#', dataIndex: 'id', width: 56 },
          ...(box === 'to_approve'
            ? [
                {
                  title: t('access.requester'),
                  width: 140,
                  render: (_: unknown, r: AccessRequest) =>
                    r.requesterDepartmentName
                      ? t('accessRequests.requesterWithDepartment', {
                          name: r.requesterName,
                          department: r.requesterDepartmentName,
                        })
                      : r.requesterName,
                },
              ]
            : []),
          {
            title: t('access.customers'),
            width: 220,
            render: (_, r) => r.customers.map((c) => `${c.code} ${c.name}`).join(t('common.listSeparator')),
          },
          {
            title: t('access.levelAndDays'),
            width: locale === 'en' ? 130 : 110,
            render: (_, r) => (
              <>
                <div>{t(`accessRequests.level.${r.level}` as MessageKey)}</div>
                <Typography.Text type="secondary">
                  {t('access.daysValue', { days: r.durationDays })}
                </Typography.Text>
              </>
            ),
          },
          { title: t('access.purpose'), dataIndex: 'purpose' },
          {
            title: t('access.status'),
            width: 150,
            render: (_, r) => (
              <>
                <Tag color={r.status === 'approved' ? 'green' : r.status === 'pending' ? 'gold' : 'default'}>
                  {label(ACCESS_STATUS_LABELS, r.status, locale)}
                </Tag>
                {r.expiresAt && (
                  <div>
                    <Typography.Text type="secondary">
                      {t('access.expiresOn', { at: dayjs(r.expiresAt).format('YYYY-MM-DD HH:mm') })}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          ...(box === 'to_approve'
            ? [
                {
                  title: t('common.actions'),
                  width: 170,
                  render: (_: unknown, r: AccessRequest) => (
                    <Space>
                      <Button type="link" size="small" onClick={() => decide(r, 'approve')}>
                        {t('access.approve')}
                      </Button>
                      <Button type="link" size="small" danger onClick={() => setRejecting(r)}>
                        {t('access.reject')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <RejectModal
        open={!!rejecting}
        onReject={(comment) => rejecting && decide(rejecting, 'reject', comment)}
        onCancel={() => setRejecting(undefined)}
      />
    </>
  );
}

export function AccessRequestsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const approver = can(me, 'access.approve', 'access.approve_top_secret');
  return (
    <Card title={t('access.title')}>
      <Tabs
        defaultActiveKey={approver ? 'to_approve' : 'mine'}
        items={[
          ...(approver
            ? [
                {
                  key: 'to_approve',
                  label: t('access.toApprove'),
                  children: <RequestTable box="to_approve" />,
                },
              ]
            : []),
          { key: 'mine', label: t('access.mine'), children: <RequestTable box="mine" /> },
        ]}
      />
    </Card>
  );
}
