import { Form, Input } from 'antd';
import { ApiError } from '../../api/client.ts';
import type { RecordRow } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type Decision, useDecide } from './queries.ts';

/**
 * 审核签字 with an optional comment, or 退回 with the comment the author corrects by (checked here; the server
 * checks it again and its field error lands on the field). A 403 (the author is not on this reviewer's team) shows
 * the server's words and keeps the dialog; a 409 (someone decided first) shows them and closes it.
 */
export function DecisionModal({
  record,
  decision,
  onClose,
  onDecided,
}: {
  record: RecordRow;
  decision: Decision | undefined;
  onClose(): void;
  onDecided?(record: RecordRow): void;
}) {
  const { t } = useI18n();
  const decide = useDecide();
  const returning = decision === 'return';
  return (
    <FormModal<{ comment?: string }>
      open={decision !== undefined}
      title={t(returning ? 'review.returnTitle' : 'review.approveTitle', { number: record.number })}
      okText={returning ? 'review.return' : 'review.approve'}
      danger={returning}
      testId="decision-form"
      submit={async ({ comment }) => {
        try {
          const decided = await decide(record.id, returning ? 'return' : 'approve', comment?.trim() || null);
          onDecided?.(decided);
          return returning ? t('review.returned', { name: record.staffName }) : t('review.approved');
        } catch (error) {
          // Decided by someone else meanwhile: nothing left to decide here; the record now shows their decision.
          if (!(error instanceof ApiError && error.problem.status === 409)) throw error;
          showApiError(error);
          return undefined;
        }
      }}
      onClose={onClose}
    >
      <Form.Item
        name="comment"
        label={t(returning ? 'review.returnComment' : 'review.approveComment')}
        rules={returning ? [{ required: true, whitespace: true, message: t('review.returnRequired') }] : []}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="decision-comment" />
      </Form.Item>
    </FormModal>
  );
}
