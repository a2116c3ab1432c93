import { Alert, Button, Card, Drawer, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useScreens } from '../../app/screens.ts';
import { useRecord } from './queries.ts';
import { RecordDetail } from './RecordDetail.tsx';

/** The record loaded by id: the form, the server's reason when it may not be read, or a skeleton meanwhile. */
function LoadedRecord({ id, onDecided }: { id: number; onDecided?(): void }) {
  const record = useRecord(id);
  if (record.error instanceof ApiError)
    return <Alert type="error" showIcon title={record.error.problem.detail} />;
  if (!record.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  return <RecordDetail record={record.data} onDecided={onDecided} />;
}

/**
 * A record over the list it was opened from (回访记录, 记录审核): wide enough for the paper form's two columns, the
 * whole window on a narrow screen. A decision closes it when `closeOnDecision` (the queue moves on).
 */
export function RecordDrawer({
  id,
  onClose,
  closeOnDecision,
}: {
  id: number | undefined;
  onClose(): void;
  closeOnDecision?: boolean;
}) {
  const { t } = useI18n();
  const screens = useScreens();
  const navigate = useNavigate();
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size={screens.xl ? 960 : screens.md ? '85%' : '100%'}
      destroyOnHidden
      title={t('menu.followupRecords')}
      extra={
        id !== undefined ? (
          <Button type="link" onClick={() => navigate(`/followups/records/${id}`)}>
            {t('records.openPage')}
          </Button>
        ) : null
      }
      data-testid="record-drawer"
    >
      {id !== undefined ? <LoadedRecord id={id} onDecided={closeOnDecision ? onClose : undefined} /> : null}
    </Drawer>
  );
}

/** /followups/records/:id — the record on its own page (a link to send, the customer file's records). */
export function RecordViewPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  return (
    <Card
      title={t('menu.followupRecords')}
      extra={<Button onClick={() => navigate('/followups/records')}>{t('records.backToList')}</Button>}
    >
      <div style={{ maxWidth: 1100, margin: '0 auto' }}>
        <LoadedRecord id={id} />
      </div>
    </Card>
  );
}
