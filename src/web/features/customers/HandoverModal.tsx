import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Modal, message, Select } from 'antd';
import { get, post } from '../../api/client.ts';
import { showApiError } from '../../app/forms.ts';

interface Colleague {
  id: number;
  username: string;
  displayName: string;
  departmentName: string | null;
}

/** 离职交接: the leaver's customers (owned and served) go to a successor in one step. */
export function HandoverModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const [form] = Form.useForm();
  const client = useQueryClient();
  const people = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Colleague[] }>('/api/v1/users/directory'),
    enabled: open,
  });
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.displayName}（${p.username}${p.departmentName ? `，${p.departmentName}` : ''}）`,
  }));
  const submit = async () => {
    const { fromUserId, ...values } = await form.validateFields();
    try {
      const result = await post<{ ownedCustomers: number; servedCustomers: number }>(
        `/api/v1/users/${fromUserId}/handover`,
        values,
      );
      void message.success(
        `已交接：负责客户 ${result.ownedCustomers} 个，服务客户 ${result.servedCustomers} 个`,
      );
      await client.invalidateQueries({ queryKey: ['customers'] });
      form.resetFields();
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  return (
    <Modal
      open={open}
      title="离职交接"
      onOk={submit}
      onCancel={onClose}
      okText="交接"
      cancelText="取消"
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        title="离职员工负责和服务的全部客户将一次性转给接手人，并记入审计日志。"
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" initialValues={{ disableAccount: false }}>
        <Form.Item name="fromUserId" label="离职员工" rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Form.Item name="toUserId" label="接手人" rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Form.Item name="disableAccount" valuePropName="checked">
          <Checkbox>同时停用离职员工的账号</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
