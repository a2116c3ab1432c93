import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { get, patch } from '../../api/client.ts';
import type { Role, RoleList } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { label, PERMISSION_LABELS, SCOPE_LABELS } from '../../app/labels.ts';

export function RolesPage() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const roles = useQuery({
    queryKey: ['roles'],
    queryFn: () => get<RoleList>('/api/v1/roles'),
  });
  const [editing, setEditing] = useState<Role>();
  const [form] = Form.useForm();

  const save = async () => {
    if (!editing) return;
    try {
      await patch(`/api/v1/roles/${editing.key}`, form.getFieldsValue());
      await client.invalidateQueries({ queryKey: ['roles'] });
      setEditing(undefined);
    } catch (error) {
      showApiError(error, form);
    }
  };

  return (
    <Card title={t('roles.title')}>
      <Table<Role>
        rowKey="key"
        loading={roles.isLoading}
        dataSource={roles.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('roles.name'),
            render: (_, r) => (locale === 'en' ? r.nameEn : r.nameZh),
            width: 200,
          },
          { title: t('roles.scope'), render: (_, r) => label(SCOPE_LABELS, r.dataScope, locale), width: 100 },
          {
            title: t('roles.permissions'),
            render: (_, r) =>
              r.permissions.map((p) => <Tag key={p}>{label(PERMISSION_LABELS, p, locale)}</Tag>),
          },
          {
            title: t('common.actions'),
            width: 90,
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                onClick={() => {
                  setEditing(r);
                  form.setFieldsValue({ permissions: r.permissions, dataScope: r.dataScope });
                }}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={`${t('roles.edit')}：${editing ? (locale === 'en' ? editing.nameEn : editing.nameZh) : ''}`}
        onOk={save}
        onCancel={() => setEditing(undefined)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        width={720}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="dataScope" label={t('roles.scope')}>
            <Select
              options={Object.keys(SCOPE_LABELS).map((k) => ({
                value: k,
                label: label(SCOPE_LABELS, k, locale),
              }))}
            />
          </Form.Item>
          <Form.Item name="permissions" label={t('roles.permissions')}>
            <Checkbox.Group
              style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}
              options={(roles.data?.permissions ?? []).map((p) => ({
                value: p,
                label: label(PERMISSION_LABELS, p, locale),
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
