import { Typography } from 'antd';
import dayjs from 'dayjs';
import type { AccessRequest } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { type Inbox, InboxPage } from '../workflow/ApprovalBoxes.tsx';
import { ApprovalTable, defaultDecision } from '../workflow/ApprovalTable.tsx';

/** The statuses GET /access-requests filters by. */
const FILTERABLE = ['pending', 'approved', 'rejected', 'revoked'];

function RequestTable({ box }: { box: Inbox }) {
  const { t, locale } = useI18n();
  return (
    <ApprovalTable<AccessRequest>
      url="/api/v1/access-requests"
      inbox={box}
      statusFilter={box === 'mine' ? FILTERABLE : undefined}
      below={{ label: t('access.reason'), text: (r) => r.reason }}
      decisionOf={(r) => defaultDecision({ ...r, comment: r.decisionComment })}
      statusNote={(r) =>
        r.expiresAt && (
          <Typography.Text type="secondary">
            {t('access.expiresOn', { at: dayjs(r.expiresAt).format('YYYY-MM-DD HH:mm') })}
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

export function AccessRequestsPage() {
  return (
    <InboxPage
      title="access.title"
      approvers={['access.approve', 'access.approve_top_secret']}
      table={(box) => <RequestTable box={box} />}
    />
  );
}
