import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Input, Modal, message, Row, Select, TreeSelect } from 'antd';
import { useEffect } from 'react';
import { get, patch, post } from '../../api/client.ts';
import type { Page, RoleList, User } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useDepartmentTree } from '../departments/useDepartments.ts';

/** Create (user undefined) or edit a user; the server names any bad field. */
export function UserForm({ open, user, onClose }: { open: boolean; user?: User; onClose(): void }) {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const [form] = Form.useForm();
  const client = useQueryClient();
  const departmentTree = useDepartmentTree();
  const roles = useQuery({ queryKey: ['roles'], queryFn: () => get<RoleList>('/api/v1/roles') });
  const people = useQuery({
    queryKey: ['users', 'supervisors'],
    queryFn: () => get<Page<User>>('/api/v1/users?status=active&limit=500'),
    enabled: open,
  });

  useEffect(() => {
    if (open) form.setFieldsValue(user ? { ...user, password: undefined } : { roles: [] });
    else form.resetFields();
  }, [open, user, form]);

  const own = !!user && user.id === me?.id;
  const roleName = (key: string) => {
    const role = roles.data?.items.find((r) => r.key === key);
    return role ? (locale === 'en' ? role.nameEn : role.nameZh) : key;
  };
  const sameRoles = (a: string[], b: string[]) => a.length === b.length && a.every((r) => b.includes(r));

  const saved = async (result: User) => {
    if (result.pendingRoleChange && result.pendingRoleChange.id !== user?.pendingRoleChange?.id) {
      void message.info(t('users.roleChangeSubmitted'));
    }
    await client.invalidateQueries({ queryKey: ['users'] });
    onClose();
  };

  const save = async () => {
    const values = { ...(await form.validateFields()) };
    // A cleared input arrives as '' or undefined; the API clears a field only when sent null.
    for (const field of ['supervisorId', 'email', 'phone']) {
      if (values[field] === '' || values[field] === undefined) values[field] = null;
    }
    try {
      if (user) {
        const { username: _u, password, roles: chosen, ...rest } = values;
        // Roles go only when changed: re-sending the current roles would withdraw a pending role change.
        await saved(
          await patch<User>(`/api/v1/users/${user.id}`, {
            ...rest,
            ...(sameRoles(chosen, user.roles) ? {} : { roles: chosen }),
            ...(password ? { password } : {}),
            version: user.version,
          }),
        );
      } else {
        await saved(await post<User>('/api/v1/users', values));
      }
    } catch (error) {
      showApiError(error, form);
    }
  };

  const withdraw = async () => {
    if (!user) return;
    try {
      await patch(`/api/v1/users/${user.id}`, { roles: user.roles, version: user.version });
      await client.invalidateQueries({ queryKey: ['users'] });
      onClose();
    } catch (error) {
      showApiError(error);
    }
  };

  return (
    <Modal
      title={user ? t('users.edit') : t('users.new')}
      open={open}
      onOk={save}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      width={720}
    >
      {user?.pendingRoleChange && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="pending-role-change"
          title={t('users.pendingRoles', {
            roles: user.pendingRoleChange.roles.map(roleName).join(t('common.listSeparator')),
          })}
          action={
            <Button size="small" onClick={withdraw}>
              {t('users.withdrawRoleChange')}
            </Button>
          }
        />
      )}
      <Form form={form} layout="vertical" data-testid="user-form">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="username" label={t('users.username')} rules={[{ required: !user }]}>
              <Input disabled={!!user} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="password"
              label={user ? t('users.resetPassword') : t('users.password')}
              extra={
                user ? (
                  <>
                    {t('password.hint')}
                    <br />
                    {t('users.resetRevokesTokens')}
                  </>
                ) : (
                  t('password.hint')
                )
              }
              rules={[{ required: !user }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="departmentId" label={t('users.department')} rules={[{ required: true }]}>
              <TreeSelect treeData={departmentTree} treeDefaultExpandAll />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="roles"
              label={t('users.roles')}
              rules={[{ required: true }]}
              extra={own ? t('users.ownRoles') : undefined}
            >
              <Select
                mode="multiple"
                disabled={own}
                options={(roles.data?.items ?? []).map((r) => ({
                  value: r.key,
                  label: locale === 'en' ? r.nameEn : r.nameZh,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="supervisorId" label={t('users.supervisor')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(people.data?.items ?? [])
                  .filter((p) => p.id !== user?.id)
                  .map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
              />
            </Form.Item>
          </Col>
          {user && (
            <Col xs={24} sm={12}>
              <Form.Item name="status" label={t('users.status')}>
                <Select
                  options={[
                    { value: 'active', label: t('users.active') },
                    { value: 'disabled', label: t('users.disabled') },
                  ]}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('users.email')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('users.phone')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
