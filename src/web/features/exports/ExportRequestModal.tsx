import { Form, Input, Modal, message } from 'antd';
import { post } from '../../api/client.ts';
import { showApiError } from '../../app/forms.ts';
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
  const [form] = Form.useForm();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const created = await post<{ rowCount: number }>('/api/v1/export-requests', { filter, ...values });
      void message.success(t('exports.submitted', { rows: created.rowCount }));
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  const required = [{ required: true, whitespace: true, message: t('login.required') }];
  return (
    <Modal
      open={open}
      title={t('exports.request')}
      onOk={submit}
      onCancel={onClose}
      okText={t('exports.submit')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <p>{t('exports.needsApproval')}</p>
      <Form form={form} layout="vertical" data-testid="export-request-form">
        <Form.Item name="purpose" label={t('access.purpose')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="reason" label={t('access.reason')} rules={required}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
