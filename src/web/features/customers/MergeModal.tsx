import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, message } from 'antd';
import { get, type Page, post } from '../../api/client.ts';
import type { CustomerListItem } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';

/** Merge a duplicate (by its 客户编号) into this customer; everything of the duplicate moves here. */
export function MergeModal({
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
  const client = useQueryClient();
  const submit = async () => {
    const { code } = await form.validateFields();
    try {
      const found = await get<Page<CustomerListItem>>(
        `/api/v1/customers?q=${encodeURIComponent(code.trim())}&limit=5`,
      );
      const duplicate = found.items.find((c) => c.code === code.trim().toUpperCase());
      if (!duplicate) {
        form.setFields([{ name: 'code', errors: [t('merge.notFound')] }]);
        return;
      }
      const result = await post<{ mergedCode: string; contactsMoved: number }>(
        `/api/v1/customers/${customerId}/merge`,
        {
          duplicateId: duplicate.id,
        },
      );
      void message.success(t('merge.done', { code: result.mergedCode, contacts: result.contactsMoved }));
      await client.invalidateQueries({ queryKey: ['customer', customerId] });
      await client.invalidateQueries({ queryKey: ['customers'] });
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  return (
    <Modal
      open={open}
      title={t('customerDetail.merge')}
      onOk={submit}
      onCancel={onClose}
      okText={t('merge.ok')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="code"
          label={t('merge.code')}
          extra={t('merge.explain')}
          rules={[{ required: true }]}
        >
          <Input placeholder="KH0002" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
