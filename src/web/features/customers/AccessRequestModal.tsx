import { Form, Input, InputNumber, Select } from 'antd';
import { post } from '../../api/client.ts';
import type { AccessLevel, AccessRequestBody } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LEVEL_LABELS, label } from '../../app/labels.ts';
import { CustomerSelect } from './CustomerSelect.tsx';

/** 查阅申请 for one customer: level, purpose, reason, duration; the customer picked here when none is given. */
export function AccessRequestModal({
  customerId,
  open,
  defaultLevel,
  onClose,
  onSubmitted,
}: {
  customerId?: number;
  open: boolean;
  defaultLevel: AccessLevel;
  onClose(): void;
  onSubmitted?(): void;
}) {
  const { t, locale } = useI18n();
  return (
    <FormModal<Omit<AccessRequestBody, 'customerIds'> & { customerId?: number }>
      open={open}
      title={t('customers.requestAccess')}
      okText="access.submit"
      testId="access-form"
      initialValues={{ level: defaultLevel, durationDays: 7 }}
      submit={async ({ customerId: picked, ...values }) => {
        await post('/api/v1/access-requests', {
          ...values,
          customerIds: [(customerId ?? picked) as number],
        } satisfies AccessRequestBody);
        onSubmitted?.();
        return t('access.submitted');
      }}
      onClose={onClose}
    >
      {customerId === undefined && (
        <Form.Item name="customerId" label={t('access.customers')} rules={[{ required: true }]}>
          <CustomerSelect placeholder={t('grades.pickCustomer')} testId="access-customer" />
        </Form.Item>
      )}
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
    </FormModal>
  );
}
