import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Select } from 'antd';
import { get, post } from '../../api/client.ts';
import type { HandoverBody, HandoverCandidate, HandoverResult } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';

/** 离职交接: the leaver's customers (owned and served) go to a successor in one step. */
export function HandoverModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const people = useQuery({
    // Only people within the manager's reach: the server refuses anyone else.
    queryKey: ['users', 'handover-candidates'],
    queryFn: () => get<{ items: HandoverCandidate[] }>('/api/v1/users/handover-candidates'),
    enabled: open,
  });
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.departmentName
      ? t('handover.personWithDepartment', {
          name: p.displayName,
          username: p.username,
          department: p.departmentName,
        })
      : t('handover.person', { name: p.displayName, username: p.username }),
  }));
  const submit = async ({ fromUserId, ...values }: HandoverBody & { fromUserId: number }) => {
    const result = await post<HandoverResult>(`/api/v1/users/${fromUserId}/handover`, values);
    await client.invalidateQueries({ queryKey: ['customers'] });
    return t('handover.done', { owned: result.ownedCustomers, served: result.servedCustomers });
  };
  return (
    <FormModal
      open={open}
      title={t('handover.title')}
      okText="handover.ok"
      intro={<Alert type="info" showIcon title={t('handover.explain')} style={{ marginBottom: 16 }} />}
      initialValues={{ disableAccount: false }}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item name="fromUserId" label={t('handover.from')} rules={[{ required: true }]}>
        <Select showSearch optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item name="toUserId" label={t('handover.to')} rules={[{ required: true }]}>
        <Select showSearch optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item name="disableAccount" valuePropName="checked">
        <Checkbox>{t('handover.disable')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
