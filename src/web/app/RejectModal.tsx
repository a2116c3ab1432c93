import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from './i18n.tsx';

/** 驳回: asks for the reason a rejection must carry. */
export function RejectModal({
  open,
  onReject,
  onCancel,
}: {
  open: boolean;
  onReject(comment: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  return (
    <Modal
      open={open}
      title={t('access.reject')}
      onOk={() => onReject(comment)}
      onCancel={onCancel}
      okText={t('access.reject')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Input.TextArea
        placeholder={t('access.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        data-testid="reject-comment"
      />
    </Modal>
  );
}
