import { LockOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ApiError, api, get } from '../../api/client.ts';
import type { Contact } from '../../api/types.ts';
import { CardList } from '../../app/CardList.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { useScreens } from '../../app/screens.ts';
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
  const phone = useScreens().sm === false;
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
      <div data-testid="contacts">
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={contacts.error.problem.detail}
          action={requestButton}
        />
      </div>
    );
  }
  const writable = canWrite && !masked;
  // On a phone full-size buttons, easy to tap; in the table small links.
  const actions = (r: Contact) => (
    <Space>
      <Button
        size={phone ? 'middle' : 'small'}
        type={phone ? 'default' : 'link'}
        onClick={() => setEditing(r)}
      >
        {t('common.edit')}
      </Button>
      <Popconfirm
        title={t('contacts.deleteConfirm', { name: r.name })}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        onConfirm={() => remove(r)}
      >
        <Button size={phone ? 'middle' : 'small'} type={phone ? 'default' : 'link'} danger>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
  const role = (v: string | null) => (v ? t(`contacts.role.${v}` as MessageKey) : '');
  const items = contacts.data?.items ?? [];
  // On a phone each contact is a card: a ten-column table spilled out of its card with 编辑/删除 off-screen.
  const cards = (
    <Spin spinning={contacts.isLoading}>
      {items.length === 0 && !contacts.isLoading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <CardList items={items} itemKey={(r) => r.id} testId="contact-card">
          {(r) => (
            <>
              <Space size={4} wrap>
                <Typography.Text strong>{r.name}</Typography.Text>
                {r.isPrimary && <Tag color="blue">{t('contacts.primary')}</Tag>}
              </Space>
              {(r.position || r.roleKind) && (
                <div>
                  <Typography.Text type="secondary">
                    {[r.position, role(r.roleKind)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              )}
              {(
                [
                  ['customers.mobile', r.mobile],
                  ['contacts.phone', r.phone],
                  ['customers.email', r.email],
                  ['contacts.qq', r.qq],
                  ['contacts.wechat', r.wechat],
                  ['contacts.birthday', r.birthday],
                ] as const
              )
                .filter(([, value]) => value)
                .map(([key, value]) => (
                  <div key={key}>
                    <Typography.Text type="secondary">{t(key)}</Typography.Text> {value}
                  </div>
                ))}
              {writable && <div style={{ marginTop: 8 }}>{actions(r)}</div>}
            </>
          )}
        </CardList>
      )}
    </Spin>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="contacts">
      {masked && <Alert type="info" showIcon title={t('customers.masked')} action={requestButton} />}
      {writable && (
        <Button onClick={() => setEditing('new')} data-testid="add-contact">
          {t('contacts.add')}
        </Button>
      )}
      {phone ? (
        cards
      ) : (
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
              render: role,
            },
            { title: t('customers.mobile'), dataIndex: 'mobile' },
            { title: t('contacts.phone'), dataIndex: 'phone' },
            { title: t('customers.email'), dataIndex: 'email' },
            { title: t('contacts.qq'), dataIndex: 'qq' },
            { title: t('contacts.wechat'), dataIndex: 'wechat' },
            { title: t('contacts.birthday'), dataIndex: 'birthday' },
            ...(writable
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, r: Contact) => actions(r),
                  },
                ]
              : []),
          ]}
        />
      )}
      <ContactModal
        customerId={customerId}
        contact={editing === 'new' ? undefined : editing}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </Space>
  );
}
