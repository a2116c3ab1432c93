import { Form, Input, InputNumber, Select } from 'antd';
import { post } from '../../api/client.ts';
import { type DialogProps, FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';

/** 客户等级申报: proposed tier, reasons and the figures behind them. */
export function GradeRequestModal({ customerId, open, onClose }: DialogProps & { customerId: number }) {
  const { t } = useI18n();
  return (
    <FormModal<{ proposedTier: string; reasons: string; figures?: Record<string, unknown> }>
      open={open}
      title={t('grades.request')}
      okText="grades.submit"
      testId="grade-form"
      submit={async ({ proposedTier, reasons, figures = {} }) => {
        // The figures sit under `figures` in the form too, so the server's `figures.amount` error finds its field.
        const given = Object.entries(figures).filter(([, v]) => v !== undefined && v !== null && v !== '');
        await post('/api/v1/grade-requests', {
          customerId,
          proposedTier,
          reasons,
          figures: Object.fromEntries(given),
        });
        return t('grades.submitted');
      }}
      onClose={onClose}
    >
      <Form.Item name="proposedTier" label={t('grades.proposedTier')} rules={[{ required: true }]}>
        <Select options={['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v }))} />
      </Form.Item>
      <Form.Item name="reasons" label={t('grades.reasons')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name={['figures', 'annualVolume']} label={t('grades.annualVolume')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['figures', 'amount']} label={t('grades.amount')}>
        <InputNumber min={0} precision={2} stringMode style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['figures', 'deals']} label={t('grades.deals')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['figures', 'paymentMethod']} label={t('grades.paymentMethod')}>
        <Input />
      </Form.Item>
      <Form.Item name={['figures', 'overdueCount']} label={t('grades.overdueCount')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
