import { LockOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ApiError, api, get } from '../../api/client.ts';
import type { Contact } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { ContactModal } from './ContactModal.tsx';

/** 联系人 (机密): masked outside the viewer's scope, with 申请查阅; added and edited by who may write. */
export function ContactsTab({
  customerId,
  masked,
  canWrite,
  requestButton,
}: {
  customerId: number;
  masked: boolean;
  canWrite: boolean;
  requestButton: ReactNode;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Contact | 'new'>();
  const contacts = useQuery({
    queryKey: ['customer', customerId, 'contacts'],
    queryFn: () => get<{ items: Contact[] }>(`/api/v1/customers/${customerId}/contacts`),
  });
  const remove = async (contact: Contact) => {
    try {
      await api('DELETE', `/api/v1/customers/${customerId}/contacts/${contact.id}`);
      await client.invalidateQueries({ queryKey: ['customer', customerId] });
    } catch (error) {
      showApiError(error);
    }
  };
  // Hidden, not empty: who may not see contacts at all (marketing) is told so, with the way to ask.
  if (contacts.error instanceof ApiError) {
    return (
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        title={contacts.error.problem.detail}
        action={requestButton}
      />
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {masked && <Alert type="info" showIcon title={t('customers.masked')} action={requestButton} />}
      {canWrite && !masked && (
        <Button onClick={() => setEditing('new')} data-testid="add-contact">
          {t('contacts.add')}
        </Button>
      )}
      <Table<Contact>
        rowKey="id"
        size="small"
        pagination={false}
        loading={contacts.isLoading}
        dataSource={contacts.data?.items ?? []}
        columns={[
          {
            title: t('customers.contactName'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space size={4}>
                {v}
                {r.isPrimary && <Tag color="blue">{t('contacts.primary')}</Tag>}
              </Space>
            ),
          },
          { title: t('customers.position'), dataIndex: 'position' },
          {
            title: t('contacts.roleKind'),
            dataIndex: 'roleKind',
            render: (v: string | null) => (v ? t(`contacts.role.${v}` as MessageKey) : ''),
          },
          { title: t('customers.mobile'), dataIndex: 'mobile' },
          { title: t('contacts.phone'), dataIndex: 'phone' },
          { title: t('customers.email'), dataIndex: 'email' },
          { title: t('contacts.qq'), dataIndex: 'qq' },
          { title: t('contacts.wechat'), dataIndex: 'wechat' },
          { title: t('contacts.birthday'), dataIndex: 'birthday' },
          ...(canWrite && !masked
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, r: Contact) => (
                    <Space>
                      <Button size="small" type="link" onClick={() => setEditing(r)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('contacts.deleteConfirm', { name: r.name })}
                        okText={t('common.delete')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => remove(r)}
                      >
                        <Button size="small" type="link" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ContactModal
        customerId={customerId}
        contact={editing === 'new' ? undefined : editing}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </Space>
  );
}
