import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, message } from 'antd';
import { get, type Page, post } from '../../api/client.ts';
import type { CustomerListItem } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';

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
        form.setFields([{ name: 'code', errors: ['找不到这个客户编号'] }]);
        return;
      }
      const result = await post<{ mergedCode: string; contactsMoved: number }>(
        `/api/v1/customers/${customerId}/merge`,
        {
          duplicateId: duplicate.id,
        },
      );
      void message.success(`已合并 ${result.mergedCode}，并入联系人 ${result.contactsMoved} 个`);
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
      title="合并重复客户"
      onOk={submit}
      onCancel={onClose}
      okText="合并"
      cancelText="取消"
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="code"
          label="重复客户的客户编号"
          extra="该客户的联系人、交易、合同、服务记录和等级历史将全部并入当前客户"
          rules={[{ required: true }]}
        >
          <Input placeholder="KH0002" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
