import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { AccessRequest } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { EmptyBox, type Inbox, InboxPage } from '../workflow/ApprovalBoxes.tsx';
import { ApprovalTable, defaultDecision } from '../workflow/ApprovalTable.tsx';
import { AccessRequestModal } from './AccessRequestModal.tsx';

/** The statuses GET /access-requests filters by. */
const FILTERABLE = ['pending', 'approved', 'rejected', 'revoked'];

function RequestTable({ box }: { box: Inbox }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  return (
    <ApprovalTable<AccessRequest>
      url="/api/v1/access-requests"
      inbox={box}
      statusFilter={box === 'mine' ? FILTERABLE : undefined}
      below={{ label: t('access.reason'), text: (r) => r.reason }}
      decisionOf={(r) => defaultDecision({ ...r, comment: r.decisionComment }, locale)}
      empty={<EmptyBox>{t(box === 'mine' ? 'access.emptyMine' : 'access.emptyToApprove')}</EmptyBox>}
      statusNote={(r) =>
        r.expiresAt && (
          <Typography.Text type="secondary">
            {t('access.expiresOn', { at: zoneDateTime(r.expiresAt, zone) })}
          </Typography.Text>
        )
      }
      columns={[
        {
          title: t('access.customers'),
          width: 200,
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
      ]}
    />
  );
}

/** 新建申请: pick a customer and say what to see, why and for how long (机密: the contacts, by default). */
function NewAccessRequest({ showMine }: { showMine(): void }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  if (!can(me, 'access.request')) return null;
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-request">
        {t('access.new')}
      </Button>
      {open && (
        <AccessRequestModal
          open
          defaultLevel="confidential"
          onClose={() => setOpen(false)}
          onSubmitted={() => {
            void queryClient.invalidateQueries({ queryKey: ['/api/v1/access-requests'] });
            showMine();
          }}
        />
      )}
    </>
  );
}

export function AccessRequestsPage() {
  return (
    <InboxPage
      title="access.title"
      approvers={['access.approve', 'access.approve_top_secret']}
      create={(showMine) => <NewAccessRequest showMine={showMine} />}
      table={(box) => <RequestTable box={box} />}
    />
  );
}
