import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, InputNumber, message, Radio, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { api, get } from '../../api/client.ts';
import type { CustomerRules, CustomerRulesSaved, ScoreWeights } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

const WEIGHT_LABELS: Record<keyof ScoreWeights, MessageKey> = {
  profit: 'rules.weightProfit',
  orderAmount: 'rules.weightOrderAmount',
  years: 'rules.weightYears',
  credit: 'rules.weightCredit',
  prospects: 'rules.weightProspects',
};

/** 客户分级规则: thresholds by annual amount or by score, and the score weights; saving re-scores and re-tiers. */
export function CustomerRulesPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<CustomerRules>();
  const client = useQueryClient();
  const rules = useQuery({
    queryKey: ['customer-rules'],
    queryFn: () => get<CustomerRules>('/api/v1/settings/customer-rules'),
  });
  useEffect(() => {
    if (rules.data) form.setFieldsValue(rules.data);
  }, [rules.data, form]);
  const weights = Form.useWatch('weights', form);
  const weightSum = Object.values(weights ?? {}).reduce((sum: number, w) => sum + (Number(w) || 0), 0);
  const save = async () => {
    const values = await form.validateFields();
    if (weightSum !== 100) return;
    try {
      const result = await api<CustomerRulesSaved>('PUT', '/api/v1/settings/customer-rules', {
        ...values,
        scoreC: values.scoreC ?? null,
      });
      void message.success(t('rules.saved', { count: result.retiered }));
      await client.invalidateQueries({ queryKey: ['customer-rules'] });
    } catch (error) {
      showApiError(error, form);
    }
  };
  const required = [{ required: true, message: t('login.required') }];
  return (
    <Card title={t('menu.customerRules')} loading={rules.isLoading}>
      <Form form={form} layout="vertical" style={{ maxWidth: 760 }}>
        <Row gutter={32}>
          <Col xs={24} md={12}>
            <Typography.Title level={5}>{t('rules.tiers')}</Typography.Title>
            <Form.Item name="basis" label={t('rules.basis')}>
              <Radio.Group
                options={[
                  { value: 'amount', label: t('rules.basisAmount') },
                  { value: 'score', label: t('rules.basisScore') },
                ]}
              />
            </Form.Item>
            <Form.Item name="amountA" label={t('rules.amountA')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="amountB" label={t('rules.amountB')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="scoreA" label={t('rules.scoreA')} rules={required}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="scoreB" label={t('rules.scoreB')} rules={required}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="scoreC" label={t('rules.scoreC')}>
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Typography.Title level={5}>{t('rules.weights')}</Typography.Title>
            {(Object.keys(WEIGHT_LABELS) as (keyof ScoreWeights)[]).map((part) => (
              <Form.Item key={part} name={['weights', part]} label={t(WEIGHT_LABELS[part])} rules={required}>
                <InputNumber min={0} max={100} precision={0} />
              </Form.Item>
            ))}
            <Form.Item
              validateStatus={weightSum === 100 ? 'success' : 'error'}
              help={weightSum === 100 ? undefined : t('rules.weightSumWrong', { sum: weightSum })}
            >
              <Typography.Text strong>{t('rules.weightSum', { sum: weightSum })}</Typography.Text>
            </Form.Item>
            <Form.Item name="exportRowLimit" label={t('rules.exportRowLimit')} rules={required}>
              <InputNumber min={1} max={1000000} />
            </Form.Item>
            <Form.Item name="retentionYears" label={t('rules.retentionYears')} rules={required}>
              <InputNumber min={1} max={30} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" onClick={save}>
          {t('rules.save')}
        </Button>
      </Form>
    </Card>
  );
}
