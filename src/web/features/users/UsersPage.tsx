import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { get, patch, query } from '../../api/client.ts';
import type { Page, RoleList, User } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { zoneDate, zoneDateTime } from '../../app/zone.ts';
import { useDepartmentTree } from '../departments/useDepartments.ts';
import { UserForm } from './UserForm.tsx';

interface Filters {
  q?: string;
  departmentId?: number;
  role?: string;
  status?: string;
  sort?: string;
}

export function UsersPage() {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const client = useQueryClient();
  const [filters, setFilters] = useState<Filters>({ sort: 'username' });
  const [editing, setEditing] = useState<User | undefined>();
  const [formOpen, setFormOpen] = useState(false);
  const departmentTree = useDepartmentTree();
  const roles = useQuery({ queryKey: ['roles'], queryFn: () => get<RoleList>('/api/v1/roles') });
  const roleName = new Map(
    (roles.data?.items ?? []).map((r) => [r.key, locale === 'en' ? r.nameEn : r.nameZh]),
  );

  const users = useInfiniteQuery({
    queryKey: ['users', filters],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<User>>(`/api/v1/users${query({ ...filters, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = users.data?.pages.flatMap((p) => p.items) ?? [];
  const total = users.data?.pages[0]?.total ?? 0;

  const unlock = async (user: User) => {
    try {
      await patch(`/api/v1/users/${user.id}`, { unlock: true, version: user.version });
      await client.invalidateQueries({ queryKey: ['users'] });
    } catch (error) {
      showApiError(error);
    }
  };

  const onSort = (sorter: SorterResult<User>) => {
    const field = sorter.order ? String(sorter.field) : 'username';
    setFilters({ ...filters, sort: sorter.order === 'descend' ? `-${field}` : field });
  };

  return (
    <Card
      title={t('users.title')}
      extra={
        <Space>
          <Button href={`/api/v1/users/export${query({ ...filters })}`}>{t('common.export')}</Button>
          <Button
            type="primary"
            onClick={() => {
              setEditing(undefined);
              setFormOpen(true);
            }}
          >
            {t('users.new')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={t('users.keyword')}
          allowClear
          onSearch={(q) => setFilters({ ...filters, q })}
          style={{ width: 240 }}
        />
        <TreeSelect
          placeholder={t('users.department')}
          aria-label={t('users.department')}
          allowClear
          style={{ width: 180 }}
          treeData={departmentTree}
          onChange={(departmentId) => setFilters({ ...filters, departmentId })}
        />
        <Select
          placeholder={t('users.roles')}
          aria-label={t('users.roles')}
          allowClear
          style={{ width: 160 }}
          options={[...roleName].map(([value, label]) => ({ value, label }))}
          onChange={(role) => setFilters({ ...filters, role })}
        />
        <Select
          placeholder={t('users.status')}
          aria-label={t('users.status')}
          allowClear
          style={{ width: 120 }}
          options={[
            { value: 'active', label: t('users.active') },
            { value: 'disabled', label: t('users.disabled') },
          ]}
          onChange={(status) => setFilters({ ...filters, status })}
        />
        <Typography.Text type="secondary">{t('common.total', { n: total })}</Typography.Text>
      </Space>
      <Table<User>
        rowKey="id"
        size="middle"
        dataSource={rows}
        loading={users.isLoading}
        pagination={false}
        // Cells stay on one line; narrow screens scroll sideways with the actions column pinned.
        scroll={{ x: 'max-content' }}
        onChange={(_p, _f, sorter) => onSort(sorter as SorterResult<User>)}
        columns={[
          { title: t('users.username'), dataIndex: 'username', sorter: true },
          { title: t('users.displayName'), dataIndex: 'displayName', sorter: true },
          { title: t('users.department'), dataIndex: 'departmentName' },
          {
            title: t('users.roles'),
            dataIndex: 'roles',
            render: (keys: string[], u) => (
              <Space size={[4, 4]} wrap>
                {keys.map((k) => (
                  <Tag key={k}>{roleName.get(k) ?? k}</Tag>
                ))}
                {u.pendingRoleChange && (
                  <Tag
                    color="gold"
                    title={t('users.pendingRoles', {
                      roles: u.pendingRoleChange.roles
                        .map((k) => roleName.get(k) ?? k)
                        .join(t('common.listSeparator')),
                    })}
                  >
                    {t('users.pendingTag')}
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: t('users.supervisor'), dataIndex: 'supervisorName' },
          {
            title: t('users.status'),
            render: (_, u) => (
              <Space size={4}>
                <Tag color={u.status === 'active' ? 'green' : 'default'}>
                  {u.status === 'active' ? t('users.active') : t('users.disabled')}
                </Tag>
                {u.locked && <Tag color="red">{t('users.locked')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('users.lastLogin'),
            dataIndex: 'lastLoginAt',
            render: (v: string | null) => zoneDateTime(v, zone) || '—',
          },
          {
            title: t('users.createdAt'),
            dataIndex: 'createdAt',
            sorter: true,
            render: (v: string) => zoneDate(v, zone),
          },
          {
            title: t('common.actions'),
            fixed: 'right',
            render: (_, u) => (
              <Space>
                <Button
                  type="link"
                  size="small"
                  onClick={() => {
                    setEditing(u);
                    setFormOpen(true);
                  }}
                >
                  {t('common.edit')}
                </Button>
                {u.locked && (
                  <Button type="link" size="small" onClick={() => unlock(u)}>
                    {t('users.unlock')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <LoadMore list={users} />
      <UserForm open={formOpen} user={editing} onClose={() => setFormOpen(false)} />
    </Card>
  );
}
