import { Form, Input, InputNumber, Modal, message, Select } from 'antd';
import { post } from '../../api/client.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';

/** 客户等级申报: proposed tier, reasons and the figures behind them. */
export function GradeRequestModal({
  customerId,
  open,
  onClose,
}: {
  customerId: number;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const submit = async () => {
    const { proposedTier, reasons, ...figures } = await form.validateFields();
    const cleaned = Object.fromEntries(
      Object.entries(figures).filter(([, v]) => v !== undefined && v !== null && v !== ''),
    );
    try {
      await post('/api/v1/grade-requests', { customerId, proposedTier, reasons, figures: cleaned });
      void message.success(t('grades.submitted'));
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  return (
    <Modal
      open={open}
      title={t('grades.request')}
      onOk={submit}
      onCancel={onClose}
      okText={t('grades.submit')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="grade-form">
        <Form.Item name="proposedTier" label={t('grades.proposedTier')} rules={[{ required: true }]}>
          <Select options={['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="reasons" label={t('grades.reasons')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="annualVolume" label={t('grades.annualVolume')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="amount" label={t('grades.amount')}>
          <InputNumber min={0} precision={2} stringMode style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deals" label={t('grades.deals')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="paymentMethod" label={t('grades.paymentMethod')}>
          <Input />
        </Form.Item>
        <Form.Item name="overdueCount" label={t('grades.overdueCount')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
