import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, message, Radio } from 'antd';
import { useEffect } from 'react';
import { api, get } from '../../api/client.ts';
import { showApiError } from '../../app/forms.ts';

interface Rules {
  basis: 'amount' | 'score';
  amountA: string;
  amountB: string;
  scoreA: number;
  scoreB: number;
  scoreC: number | null;
  exportRowLimit: number;
}

/** 客户分级规则: thresholds by annual amount or by score; saving re-tiers every customer. */
export function CustomerRulesPage() {
  const [form] = Form.useForm<Rules>();
  const client = useQueryClient();
  const rules = useQuery({
    queryKey: ['customer-rules'],
    queryFn: () => get<Rules>('/api/v1/settings/customer-rules'),
  });
  useEffect(() => {
    if (rules.data) form.setFieldsValue(rules.data);
  }, [rules.data, form]);
  const save = async () => {
    const values = await form.validateFields();
    try {
      const result = await api<Rules & { retiered: number }>('PUT', '/api/v1/settings/customer-rules', {
        ...values,
        scoreC: values.scoreC ?? null,
      });
      void message.success(`已保存，${result.retiered} 个客户按新规则调整了等级`);
      await client.invalidateQueries({ queryKey: ['customer-rules'] });
    } catch (error) {
      showApiError(error, form);
    }
  };
  return (
    <Card title="客户分级规则" loading={rules.isLoading}>
      <Form form={form} layout="vertical" style={{ maxWidth: 520 }}>
        <Form.Item name="basis" label="分级依据">
          <Radio.Group
            options={[
              { value: 'amount', label: '年合作金额' },
              { value: 'score', label: '100 分评分' },
            ]}
          />
        </Form.Item>
        <Form.Item name="amountA" label="A 级（高价值）年合作金额 ≥（元）" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="amountB" label="B 级（潜力）年合作金额 ≥（元）" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="scoreA" label="A 级评分 ≥" rules={[{ required: true }]}>
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item name="scoreB" label="B 级评分 ≥" rules={[{ required: true }]}>
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item name="scoreC" label="低于此分为 D 级（留空不设 D 级）">
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item name="exportRowLimit" label="客户导出行数上限（超过需审批）" rules={[{ required: true }]}>
          <InputNumber min={1} max={1000000} />
        </Form.Item>
        <Button type="primary" onClick={save}>
          保存并重新分级
        </Button>
      </Form>
    </Card>
  );
}
