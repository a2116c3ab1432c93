import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError, get, post } from '../../api/client.ts';
import type { ResponseOf } from '../../api/types.ts';
import { type DialogProps, FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { CustomerSelect } from './CustomerSelect.tsx';

type Figures = ResponseOf<'/api/v1/customers/{id}/grade-figures'>;

interface Values {
  customerId?: number;
  proposedTier: string;
  reasons: string;
  figures?: Record<string, unknown>;
}

/** The customer's tier and last 12 months as the server counts them, to start the form from. */
function useFigures(customerId: number | undefined, open: boolean) {
  return useQuery({
    queryKey: ['grade-figures', customerId],
    queryFn: () => get<Figures>(`/api/v1/customers/${customerId}/grade-figures`),
    enabled: open && customerId !== undefined,
  });
}

/**
 * 客户等级申报: proposed tier, reasons and the figures behind them, the figures filled in from the customer's
 * transactions (editable). Opened from a customer's page with its id, or from 等级申报 to pick the customer here.
 */
export function GradeRequestModal({
  customerId: given,
  open,
  onClose,
  onSubmitted,
}: DialogProps & { customerId?: number; onSubmitted?(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const picked = Form.useWatch('customerId', form);
  const customerId = given ?? picked;
  const figures = useFigures(customerId, open);
  const known = figures.data?.customerId === customerId ? figures.data : undefined;
  // Filled again each time the dialog opens or the customer changes; what the user then types stays.
  useEffect(() => {
    if (!known || !open) return;
    const { annualVolume, amount, deals, overdueCount } = known;
    form.setFieldsValue({ figures: { annualVolume, amount, deals, overdueCount } });
  }, [known, open, form]);
  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('grades.request')}
      okText="grades.submit"
      testId="grade-form"
      submit={async ({ proposedTier, reasons, figures: stated = {} }) => {
        // The figures sit under `figures` in the form too, so the server's `figures.amount` error finds its field.
        const shown = Object.entries(stated).filter(([, v]) => v !== undefined && v !== null && v !== '');
        await post('/api/v1/grade-requests', {
          customerId,
          proposedTier,
          reasons,
          figures: Object.fromEntries(shown),
        });
        onSubmitted?.();
        return t('grades.submitted');
      }}
      onClose={onClose}
    >
      {given === undefined && (
        <Form.Item name="customerId" label={t('grades.customer')} rules={[{ required: true }]}>
          <CustomerSelect placeholder={t('grades.pickCustomer')} testId="grade-customer" mine />
        </Form.Item>
      )}
      {figures.error && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            figures.error instanceof ApiError && figures.error.problem.status === 403
              ? t('grades.notYours')
              : figures.error.message
          }
        />
      )}
      <Form.Item
        name="proposedTier"
        label={t('grades.proposedTier')}
        rules={[{ required: true }]}
        extra={known && t('grades.currentTier', { tier: known.tier })}
      >
        <Select
          options={['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v, disabled: v === known?.tier }))}
          data-testid="grade-tier"
        />
      </Form.Item>
      <Form.Item name="reasons" label={t('grades.reasons')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {known && (
        <Typography.Paragraph type="secondary" data-testid="grade-figures-note">
          {t('grades.prefilled', { since: known.since })}
        </Typography.Paragraph>
      )}
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
