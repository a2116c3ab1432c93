import { InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { Link, useNavigate } from 'react-router';
import { get } from '../../api/client.ts';
import type { CustomerRules, ExportRequest } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { EmptyBox, type Inbox, InboxPage } from '../workflow/ApprovalBoxes.tsx';
import { ApprovalTable, useTimeFormat } from '../workflow/ApprovalTable.tsx';
import { download } from './export-client.ts';

function RequestTable({ box }: { box: Inbox }) {
  const { t } = useI18n();
  const formatTime = useTimeFormat();
  const fetchFile = (r: ExportRequest) =>
    download(`/api/v1/export-requests/${r.id}/download`, 'customers.xlsx').catch((error) =>
      showApiError(error),
    );
  return (
    <ApprovalTable<ExportRequest>
      url="/api/v1/export-requests"
      inbox={box}
      actions={(r) =>
        box === 'mine' &&
        r.status === 'approved' && (
          <Button size="small" type="primary" onClick={() => fetchFile(r)}>
            {t('exports.download')}
          </Button>
        )
      }
      empty={
        box === 'mine' ? (
          <EmptyBox>
            {t('exports.emptyMine')} <Link to="/customers">{t('exports.goToCustomers')}</Link>
          </EmptyBox>
        ) : (
          <EmptyBox>{t('exports.emptyToApprove')}</EmptyBox>
        )
      }
      columns={[
        { title: t('exports.rows'), dataIndex: 'rowCount', width: 90 },
        { title: t('access.purpose'), dataIndex: 'purpose' },
        { title: t('access.reason'), dataIndex: 'reason' },
        { title: t('exports.validUntil'), dataIndex: 'expiresAt', width: 140, render: formatTime },
      ]}
    />
  );
}

/**
 * 新建导出: an export starts from the customer list (its filters say which rows); only one above the row limit
 * becomes a request here. The button says so and leads there.
 */
function NewExport() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const rules = useQuery({
    queryKey: ['customer-rules'],
    queryFn: () => get<CustomerRules>('/api/v1/settings/customer-rules'),
  });
  const limit = rules.data?.exportRowLimit;
  return (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      data-testid="new-request"
      onClick={() =>
        modal.confirm({
          icon: <InfoCircleOutlined />,
          title: t('exports.howTitle'),
          content: limit === undefined ? t('exports.how') : t('exports.howLimit', { limit }),
          okText: t('exports.goToCustomers'),
          cancelText: t('common.cancel'),
          onOk: () => navigate('/customers'),
        })
      }
    >
      {t('exports.new')}
    </Button>
  );
}

/** 导出申请: my requests (download once approved) and, for approvers, those waiting for a decision. */
export function ExportRequestsPage() {
  return (
    <InboxPage
      title="exports.title"
      approvers={['access.approve']}
      requesters={['customers.export']}
      create={() => <NewExport />}
      table={(box) => <RequestTable box={box} />}
    />
  );
}
