import { Form, Input, InputNumber, Modal, message, Select } from 'antd';
import { post } from '../../api/client.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LEVEL_LABELS, label } from '../../app/labels.ts';

/** 查阅申请 for one customer: level, purpose, reason, duration. */
export function AccessRequestModal({
  customerId,
  open,
  defaultLevel,
  onClose,
}: {
  customerId: number;
  open: boolean;
  defaultLevel: 'secret' | 'confidential' | 'top_secret';
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await post('/api/v1/access-requests', { ...values, customerIds: [customerId] });
      void message.success(t('access.submitted'));
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  return (
    <Modal
      open={open}
      title={t('customers.requestAccess')}
      onOk={submit}
      onCancel={onClose}
      okText={t('access.submit')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ level: defaultLevel, durationDays: 7 }}
        data-testid="access-form"
      >
        <Form.Item name="level" label={t('access.level')} rules={[{ required: true }]}>
          <Select
            options={Object.keys(LEVEL_LABELS).map((k) => ({
              value: k,
              label: label(LEVEL_LABELS, k, locale),
            }))}
          />
        </Form.Item>
        <Form.Item name="purpose" label={t('access.purpose')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="reason" label={t('access.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="durationDays" label={t('access.days')} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
