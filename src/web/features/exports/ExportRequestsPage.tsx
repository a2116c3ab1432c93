import { Button } from 'antd';
import type { ExportRequest } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type Inbox, InboxPage } from '../workflow/ApprovalBoxes.tsx';
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
      columns={[
        { title: t('exports.rows'), dataIndex: 'rowCount', width: 90 },
        { title: t('access.purpose'), dataIndex: 'purpose' },
        { title: t('access.reason'), dataIndex: 'reason' },
        { title: t('exports.validUntil'), dataIndex: 'expiresAt', width: 140, render: formatTime },
      ]}
    />
  );
}

/** 导出申请: my requests (download once approved) and, for approvers, those waiting for a decision. */
export function ExportRequestsPage() {
  return (
    <InboxPage
      title="exports.title"
      approvers={['access.approve']}
      requesters={['customers.export']}
      table={(box) => <RequestTable box={box} />}
    />
  );
}
