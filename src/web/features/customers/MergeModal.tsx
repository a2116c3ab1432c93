import { useQueryClient } from '@tanstack/react-query';
import { Form, type FormInstance, Input } from 'antd';
import { get, type Page, post } from '../../api/client.ts';
import type { CustomerListItem, MergeResult } from '../../api/types.ts';
import { type DialogProps, FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';

/** Merge a duplicate (by its 客户编号) into this customer; everything of the duplicate moves here. */
export function MergeModal({ customerId, open, onClose }: DialogProps & { customerId: number }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const submit = async ({ code }: { code: string }, form: FormInstance<{ code: string }>) => {
    const found = await get<Page<CustomerListItem>>(
      `/api/v1/customers?q=${encodeURIComponent(code.trim())}&limit=5`,
    );
    const duplicate = found.items.find((c) => c.code === code.trim().toUpperCase());
    if (!duplicate) {
      form.setFields([{ name: 'code', errors: [t('merge.notFound')] }]);
      return false;
    }
    const result = await post<MergeResult>(`/api/v1/customers/${customerId}/merge`, {
      duplicateId: duplicate.id,
    });
    await client.invalidateQueries({ queryKey: ['customer', customerId] });
    await client.invalidateQueries({ queryKey: ['customers'] });
    return t('merge.done', { code: result.mergedCode, contacts: result.contactsMoved });
  };
  return (
    <FormModal
      open={open}
      title={t('customerDetail.merge')}
      okText="merge.ok"
      submit={submit}
      onClose={onClose}
    >
      <Form.Item name="code" label={t('merge.code')} extra={t('merge.explain')} rules={[{ required: true }]}>
        <Input placeholder="KH0002" />
      </Form.Item>
    </FormModal>
  );
}
