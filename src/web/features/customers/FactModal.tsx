import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api/client.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { fromWallClock } from '../../app/zone.ts';

export interface FactField {
  name: string;
  label: MessageKey;
  kind: 'date' | 'datetime' | 'money' | 'integer' | 'text' | 'textarea' | 'select';
  required?: boolean;
  options?: { value: string; label: MessageKey }[];
}

/**
 * Dates go to the API as YYYY-MM-DD, times as ISO instants of the company's wall clock the picker showed; empty
 * fields are left out.
 */
function payloadOf(fields: FactField[], values: Record<string, unknown>, zone: string) {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    if (field.kind === 'date') body[field.name] = (value as Dayjs).format('YYYY-MM-DD');
    else if (field.kind === 'datetime') body[field.name] = fromWallClock(value as Dayjs, zone);
    else if (field.kind === 'money') body[field.name] = String(value);
    else body[field.name] = value;
  }
  return body;
}

/** Form.Item hands its child id, value and onChange: they must reach the control itself. */
function FieldInput({ field, ...control }: { field: FactField } & Record<string, unknown>) {
  const { t } = useI18n();
  switch (field.kind) {
    case 'date':
      return <DatePicker style={{ width: '100%' }} {...control} />;
    case 'datetime':
      return <DatePicker showTime style={{ width: '100%' }} {...control} />;
    case 'money':
      return <InputNumber min={0} precision={2} style={{ width: '100%' }} {...control} />;
    case 'integer':
      return <InputNumber min={0} precision={0} style={{ width: '100%' }} {...control} />;
    case 'textarea':
      return <Input.TextArea rows={3} {...control} />;
    case 'select':
      return (
        <Select
          allowClear
          options={field.options?.map((o) => ({ value: o.value, label: t(o.label) }))}
          {...control}
        />
      );
    default:
      return <Input {...control} />;
  }
}

/**
 * One business fact for a customer (交易 / 合同 / 服务记录): the fields come from the caller, the saving,
 * field errors and refresh of the customer's page are the same for all.
 */
export function FactModal({
  customerId,
  title,
  url,
  fields,
  open,
  onClose,
}: {
  customerId: number;
  title: MessageKey;
  url: string;
  fields: FactField[];
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const client = useQueryClient();
  const save = async (values: Record<string, unknown>) => {
    await post(url, { customerId, ...payloadOf(fields, values, zone) });
    await client.invalidateQueries({ queryKey: ['customer', customerId] });
    return t('common.saved');
  };
  return (
    <FormModal open={open} title={t(title)} testId="fact-form" submit={save} onClose={onClose}>
      {fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={t(field.label)}
          rules={field.required ? [{ required: true, message: t('login.required') }] : []}
        >
          <FieldInput field={field} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
