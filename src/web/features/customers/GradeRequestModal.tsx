import { Form, Input, InputNumber, Modal, message, Select } from 'antd';
import { post } from '../../api/client.ts';
import { showApiError } from '../../app/forms.ts';

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
  const [form] = Form.useForm();
  const submit = async () => {
    const { proposedTier, reasons, ...figures } = await form.validateFields();
    const cleaned = Object.fromEntries(
      Object.entries(figures).filter(([, v]) => v !== undefined && v !== null && v !== ''),
    );
    try {
      await post('/api/v1/grade-requests', { customerId, proposedTier, reasons, figures: cleaned });
      void message.success('等级申报已提交，等待部门经理审批');
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  return (
    <Modal
      open={open}
      title="客户等级申报"
      onOk={submit}
      onCancel={onClose}
      okText="提交"
      cancelText="取消"
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="grade-form">
        <Form.Item name="proposedTier" label="申报等级" rules={[{ required: true }]}>
          <Select options={['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="reasons" label="申报理由" rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="annualVolume" label="年销量">
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="amount" label="年交易金额（元）">
          <InputNumber min={0} precision={2} stringMode style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deals" label="交易次数">
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="paymentMethod" label="付款方式">
          <Input />
        </Form.Item>
        <Form.Item name="overdueCount" label="逾期次数">
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
