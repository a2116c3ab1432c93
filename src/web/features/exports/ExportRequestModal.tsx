import { Form, Input } from 'antd';
import { post } from '../../api/client.ts';
import type { ExportRequestBody, ExportRequestCreated } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';

/** 申请导出: the list's filter as it is now, with the purpose and reason the approver reads. */
export function ExportRequestModal({
  filter,
  open,
  onClose,
}: {
  filter: object;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const required = [{ required: true, whitespace: true, message: t('login.required') }];
  return (
    <FormModal<Omit<ExportRequestBody, 'filter'>>
      open={open}
      title={t('exports.request')}
      okText="exports.submit"
      testId="export-request-form"
      intro={<p>{t('exports.needsApproval')}</p>}
      submit={async (values) => {
        const created = await post<ExportRequestCreated>('/api/v1/export-requests', { filter, ...values });
        return t('exports.submitted', { rows: created.rowCount });
      }}
      onClose={onClose}
    >
      <Form.Item name="purpose" label={t('access.purpose')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="reason" label={t('access.reason')} rules={required}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
