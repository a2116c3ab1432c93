import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { del, get, post } from '../../api/client.ts';
import type { ApiToken, NewApiToken, NewApiTokenBody } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';

export function TokensPage() {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const day = (v: string | null) => zoneDateTime(v, zone) || '—';
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [created, setCreated] = useState<string>();
  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: () => get<{ items: ApiToken[] }>('/api/v1/auth/tokens'),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['tokens'] });

  const create = async (values: NewApiTokenBody) => {
    try {
      const result = await post<NewApiToken>('/api/v1/auth/tokens', values);
      setCreated(result.token);
      form.resetFields();
      await refresh();
    } catch (error) {
      showApiError(error, form);
    }
  };
  const revoke = async (id: number) => {
    try {
      await del(`/api/v1/auth/tokens/${id}`);
      await refresh();
    } catch (error) {
      showApiError(error);
    }
  };

  return (
    <Card title={t('tokens.title')}>
      <Typography.Paragraph type="secondary">
        {t('tokens.hint')}
        <br />
        {t('password.tokensRevoked')}
      </Typography.Paragraph>
      {created && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('tokens.created')}
          description={
            <Typography.Text copyable code>
              {created}
            </Typography.Text>
          }
        />
      )}
      <Form form={form} layout="inline" onFinish={create} style={{ marginBottom: 16 }}>
        <Form.Item name="name" rules={[{ required: true }]}>
          <Input placeholder={t('tokens.name')} />
        </Form.Item>
        <Form.Item name="expiresInDays">
          <InputNumber min={1} max={3650} placeholder={t('tokens.expiresInDays')} style={{ width: 220 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.create')}
        </Button>
      </Form>
      <Table<ApiToken>
        rowKey="id"
        dataSource={tokens.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('tokens.name'), dataIndex: 'name' },
          { title: t('tokens.prefix'), dataIndex: 'prefix', render: (v: string) => <code>{v}…</code> },
          { title: t('users.createdAt'), dataIndex: 'createdAt', render: day },
          { title: t('tokens.lastUsed'), dataIndex: 'lastUsedAt', render: day },
          { title: t('tokens.expires'), dataIndex: 'expiresAt', render: day },
          {
            title: t('common.actions'),
            render: (_, token) =>
              token.revokedAt ? (
                <Tag>{t('tokens.revoked')}</Tag>
              ) : (
                <Space>
                  <Popconfirm title={t('common.confirmDelete')} onConfirm={() => revoke(token.id)}>
                    <Button type="link" danger size="small">
                      {t('tokens.revoke')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
