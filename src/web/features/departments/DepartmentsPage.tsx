import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { del, patch, post } from '../../api/client.ts';
import type { Department } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type DepartmentTreeNode, departmentTree, useDepartments } from './useDepartments.ts';

export function DepartmentsPage() {
  const { t } = useI18n();
  const client = useQueryClient();
  const departments = useDepartments();
  const [editing, setEditing] = useState<Department | 'new' | undefined>();
  const [form] = Form.useForm();
  // Expanded unless the user folded it, so a department that just got its first child shows it.
  const [folded, setFolded] = useState<ReadonlySet<number>>(new Set());
  const items = departments.data?.items ?? [];
  const tree = useMemo(() => departmentTree(departments.data?.items ?? []), [departments.data]);
  const parents = new Set(items.map((d) => d.parentId));
  const expanded = items.filter((d) => parents.has(d.id) && !folded.has(d.id)).map((d) => d.id);
  const refresh = () => client.invalidateQueries({ queryKey: ['departments'] });

  const open = (target: Department | 'new') => {
    setEditing(target);
    form.setFieldsValue(target === 'new' ? { name: '', parentId: undefined, sortOrder: 0 } : target);
  };
  const save = async () => {
    const values = await form.validateFields();
    try {
      const body = { ...values, parentId: values.parentId ?? null };
      if (editing === 'new') await post('/api/v1/departments', body);
      else if (editing) await patch(`/api/v1/departments/${editing.id}`, body);
      await refresh();
      setEditing(undefined);
    } catch (error) {
      showApiError(error, form);
    }
  };
  const remove = async (d: Department) => {
    try {
      await del(`/api/v1/departments/${d.id}`);
      await refresh();
    } catch (error) {
      showApiError(error);
    }
  };

  return (
    <Card
      title={t('departments.title')}
      extra={
        <Button type="primary" onClick={() => open('new')}>
          {t('departments.new')}
        </Button>
      }
    >
      <Table<DepartmentTreeNode>
        rowKey="key"
        dataSource={tree}
        loading={departments.isLoading}
        pagination={false}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, node) => {
            const next = new Set(folded);
            if (open) next.delete(node.key);
            else next.add(node.key);
            setFolded(next);
          },
        }}
        columns={[
          { title: t('departments.name'), dataIndex: 'title' },
          { title: t('departments.members'), render: (_, n) => n.department.memberCount },
          { title: t('departments.sortOrder'), render: (_, n) => n.department.sortOrder },
          {
            title: t('common.actions'),
            render: (_, n) => (
              <Space>
                <Button type="link" size="small" onClick={() => open(n.department)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove(n.department)}>
                  <Button type="link" size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== undefined}
        title={editing === 'new' ? t('departments.new') : t('departments.edit')}
        onOk={save}
        onCancel={() => setEditing(undefined)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('departments.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="parentId" label={t('departments.parent')}>
            <TreeSelect allowClear treeData={tree} treeDefaultExpandAll />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('departments.sortOrder')}>
            <InputNumber />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
