import { Form, Input } from 'antd';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';

export type Verb = 'approve' | 'reject';

/**
 * 批准 / 驳回 with a comment: a rejection must say why (the requester reads it), an approval may. The server's
 * problem+json lands on the field it names (a reason it finds empty) or, otherwise, as a message.
 */
export function DecideModal({
  verb,
  open,
  onDecide,
  onClose,
}: {
  verb: Verb;
  open: boolean;
  onDecide(comment: string | null): Promise<unknown>;
  onClose(): void;
}) {
  const { t } = useI18n();
  const rejecting = verb === 'reject';
  return (
    <FormModal<{ comment?: string }>
      open={open}
      title={t(rejecting ? 'access.reject' : 'access.approve')}
      okText={rejecting ? 'access.reject' : 'access.approve'}
      testId="decide-form"
      danger={rejecting}
      submit={async ({ comment }) => {
        await onDecide(comment?.trim() || null);
        return undefined;
      }}
      onClose={onClose}
    >
      <Form.Item
        name="comment"
        label={t(rejecting ? 'workflow.rejectReason' : 'access.comment')}
        rules={rejecting ? [{ required: true, whitespace: true, message: t('workflow.reasonRequired') }] : []}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="reject-comment" />
      </Form.Item>
    </FormModal>
  );
}
