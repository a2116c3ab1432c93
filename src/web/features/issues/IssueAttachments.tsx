import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, message, Popconfirm, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { Issue } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { download } from '../exports/export-client.ts';
import { fileSize } from '../worklist/words.ts';
import { type Attachment, attachmentUrl, useAttachmentChanges, useIssueAttachments } from './queries.ts';

/** One file: its name, size, who uploaded it and when; 下载, and 删除 (with a confirmation) where allowed. */
function AttachmentItem({
  issueId,
  file,
  onError,
}: {
  issueId: number;
  file: Attachment;
  onError(text: string): void;
}) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const { remove } = useAttachmentChanges(issueId);
  const fail = (error: unknown) => onError(error instanceof ApiError ? error.problem.detail : String(error));
  const actions = [
    <Button
      key="download"
      type="link"
      size="small"
      data-testid="attachment-download"
      onClick={() => download(attachmentUrl(issueId, file.id), file.fileName).catch(fail)}
    >
      {t('issues.attachments.download')}
    </Button>,
  ];
  if (file.canDelete)
    actions.push(
      <Popconfirm
        key="delete"
        title={t('issues.attachments.confirmDelete', { name: file.fileName })}
        okText={t('issues.attachments.delete')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          remove(file.id)
            .then(() => message.success(t('issues.attachments.deleted')))
            .catch(fail)
        }
      >
        <Button type="link" size="small" danger data-testid="attachment-delete">
          {t('issues.attachments.delete')}
        </Button>
      </Popconfirm>,
    );
  return (
    <List.Item actions={actions} data-testid="attachment">
      <List.Item.Meta
        title={<Typography.Text data-testid="attachment-name">{file.fileName}</Typography.Text>}
        description={t('issues.attachments.meta', {
          size: fileSize(file.sizeBytes),
          name: file.uploadedByName,
          time: zoneDateTime(file.uploadedAt, zone),
        })}
      />
    </List.Item>
  );
}

/**
 * 附件: the issue's files (the customer's photos, the written reply …). Files are dropped or chosen, sent one
 * after another; what the server refuses (type, size, count) is shown in its own words, naming the file.
 */
export function IssueAttachments({ issue }: { issue: Issue }) {
  const { t } = useI18n();
  const { data } = useIssueAttachments(issue.id);
  const { upload } = useAttachmentChanges(issue.id);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(0);
  const queue = useRef(Promise.resolve());

  const send = (file: File) => {
    if (data && file.size > data.maxBytes) {
      setError(t('issues.attachments.tooBig', { name: file.name, size: fileSize(data.maxBytes) }));
      return;
    }
    setSending((n) => n + 1);
    queue.current = queue.current
      .then(() => upload(file))
      .then(() => {
        void message.success(t('issues.attachments.uploaded', { name: file.name }));
      })
      .catch((failure: unknown) =>
        setError(
          failure instanceof ApiError
            ? failure.problem.detail
            : t('issues.attachments.failed', { name: file.name }),
        ),
      )
      .finally(() => setSending((n) => n - 1));
  };

  const full = data !== undefined && data.items.length >= data.maxCount;
  return (
    <Card
      title={t('issues.attachments.title')}
      size="small"
      data-testid="issue-attachments"
      extra={
        data ? (
          <Typography.Text type="secondary">
            {t('issues.attachments.count', { n: data.items.length, max: data.maxCount })}
          </Typography.Text>
        ) : null
      }
      loading={!data}
    >
      {data?.canUpload && !full ? (
        <Upload.Dragger
          multiple
          showUploadList={false}
          disabled={sending > 0}
          beforeUpload={(file) => {
            setError(null);
            send(file);
            return false;
          }}
          data-testid="attachment-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('issues.attachments.drop')}</p>
          <p className="ant-upload-hint">
            {t('issues.attachments.hint', { size: fileSize(data.maxBytes), n: data.maxCount })}
          </p>
        </Upload.Dragger>
      ) : null}
      {full ? (
        <Typography.Text type="secondary">
          {t('issues.attachments.full', { n: data.maxCount })}
        </Typography.Text>
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error}
          style={{ marginTop: 12 }}
          data-testid="attachment-error"
        />
      ) : null}
      <List
        size="small"
        dataSource={data?.items ?? []}
        // An Empty, not the list's own pale text (1.8:1 on white, axe: color-contrast).
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('issues.attachments.none')} />
          ),
        }}
        renderItem={(file) => <AttachmentItem issueId={issue.id} file={file} onError={setError} />}
      />
    </Card>
  );
}
