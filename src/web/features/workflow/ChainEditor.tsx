import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Dropdown,
  Form,
  type FormListFieldData,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tooltip,
  TreeSelect,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import {
  APPROVER_PERMISSIONS,
  REACHES,
  type Step,
  type WorkflowKey,
} from '../../../domain/workflow/chains.ts';
import { useI18n } from '../../app/i18n.tsx';
import { label, PERMISSION_LABELS } from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';
import { useDepartmentTree } from '../departments/useDepartments.ts';
import { PRESET_LABELS, PRESETS, type Preset, presetStep } from './chain-presets.ts';

const MAX_STEPS = 5;
const tight = { marginBottom: 0 };
const full = { width: '100%' };

/**
 * One chain (a request type at one level) inside the 审批流程 form: its steps in order, each editable, moved,
 * removed; steps added from presets (部门经理, 总经理, 指定部门); and when an undecided request expires.
 */
export function ChainEditor({ workflow, level }: { workflow: WorkflowKey; level: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const listPath = [workflow, level, 'steps'];
  const steps: Step[] = Form.useWatch(listPath, { form, preserve: true }) ?? [];
  const addStep = (preset: Preset) =>
    form.setFieldValue(listPath, [
      ...steps,
      presetStep(
        workflow,
        preset,
        steps.map((s) => s.key),
      ),
    ]);
  const columns = useStepColumns(workflow, listPath);

  return (
    <div data-testid={`chain-${workflow}-${level}`}>
      <Form.List name={listPath}>
        {(fields, { remove, move }, { errors }) => (
          <>
            <Table<FormListFieldData>
              size="small"
              rowKey="key"
              dataSource={fields}
              pagination={false}
              columns={[
                ...columns,
                {
                  title: t('common.actions'),
                  width: 110,
                  render: (_, field, i) => (
                    <Space size={0}>
                      <IconButton
                        text="chains.moveUp"
                        icon={<ArrowUpOutlined />}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                      />
                      <IconButton
                        text="chains.moveDown"
                        icon={<ArrowDownOutlined />}
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                      />
                      <IconButton
                        text="chains.remove"
                        icon={<DeleteOutlined />}
                        disabled={fields.length === 1}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ),
                },
              ]}
            />
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Space wrap size="large" style={{ marginTop: 12 }}>
        <Dropdown
          trigger={['click']}
          disabled={steps.length >= MAX_STEPS}
          menu={{
            items: PRESETS.map((p) => ({ key: p, label: t(PRESET_LABELS[p]) })),
            onClick: ({ key }) => addStep(key as Preset),
          }}
        >
          <Button icon={<PlusOutlined />}>{t('chains.addStep')}</Button>
        </Dropdown>
        <Space>
          <Typography.Text>{t('chains.expireAfterDays')}</Typography.Text>
          <Form.Item name={[workflow, level, 'expireAfterDays']} noStyle>
            <InputNumber min={1} max={365} placeholder={t('chains.never')} style={{ width: 110 }} />
          </Form.Item>
        </Space>
      </Space>
    </div>
  );
}

/** The columns of a step: who approves (名称 in both languages), the permission, the reach and its department. */
function useStepColumns(workflow: WorkflowKey, listPath: string[]): ColumnsType<FormListFieldData> {
  const { t, locale } = useI18n();
  const form = Form.useFormInstance();
  const tree = useDepartmentTree();
  const required: Rule[] = [{ required: true, whitespace: true, message: t('login.required') }];
  // Only grade requests concern one customer (the server refuses the customer reach elsewhere).
  const reaches = REACHES.filter((r) => r !== 'customer' || workflow === 'grade');
  const cell = (title: MessageKey, width: number, field: keyof Step, input: ReactNode, rules?: Rule[]) => ({
    title: t(title),
    width,
    render: (_: unknown, item: FormListFieldData) => (
      <Form.Item name={[item.name, field]} style={tight} rules={rules}>
        {input}
      </Form.Item>
    ),
  });
  const reachOf = (item: FormListFieldData) => form.getFieldValue([...listPath, item.name, 'reach']);
  return [
    { title: t('chains.step'), width: 60, render: (_, __, i) => i + 1 },
    cell('chains.label', 140, 'label', <Input maxLength={30} style={full} />, required),
    cell('chains.labelEn', 190, 'labelEn', <Input maxLength={60} style={full} />),
    cell(
      'chains.permission',
      220,
      'permission',
      <Select
        style={full}
        options={APPROVER_PERMISSIONS.map((p) => ({ value: p, label: label(PERMISSION_LABELS, p, locale) }))}
      />,
    ),
    cell(
      'chains.reach',
      200,
      'reach',
      <Select
        style={full}
        options={reaches.map((r) => ({ value: r, label: t(`chains.reach.${r}` as MessageKey) }))}
      />,
    ),
    {
      title: t('chains.department'),
      width: 170,
      render: (_, item) => (
        <Form.Item noStyle dependencies={[[...listPath, item.name, 'reach']]}>
          {() =>
            reachOf(item) === 'department' ? (
              <Form.Item
                name={[item.name, 'departmentId']}
                style={tight}
                rules={[{ required: true, message: t('login.required') }]}
              >
                <TreeSelect treeData={tree} treeDefaultExpandAll style={full} />
              </Form.Item>
            ) : (
              '—'
            )
          }
        </Form.Item>
      ),
    },
  ];
}

function IconButton({
  text,
  icon,
  disabled,
  onClick,
}: {
  text: MessageKey;
  icon: ReactNode;
  disabled: boolean;
  onClick(): void;
}) {
  const { t } = useI18n();
  return (
    <Tooltip title={t(text)}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={t(text)}
        disabled={disabled}
        onClick={onClick}
      />
    </Tooltip>
  );
}
