import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { ISSUE_CATEGORIES, URGENCY_KEYS } from '../../../domain/issues/vocabulary.ts';
import { ApiError, api, get } from '../../api/client.ts';
import type { SlaPolicy, SlaPolicyBody } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { urgencyWord } from '../issues/words.ts';

type Row = Omit<SlaPolicy, 'id' | 'category'> & { category?: string };
interface Values {
  items: Row[];
  closeThreshold: number;
}
type Policies = { items: SlaPolicy[]; closeThreshold: number };

const POLICIES_KEY = ['sla-policies'];

/** What a new row starts as: 一般, for a category to be typed in, working hours. */
const NEW_ROW: Row = {
  urgency: 'normal',
  category: undefined,
  clock: 'working',
  firstResponseHours: 2,
  solutionHours: 24,
  remindBeforeMinutes: 30,
  departmentHeadAfterHours: 4,
  notifySupervisorAtCreation: false,
  escalateOffHours: false,
  planApproval: false,
};

const EXPLAINED: MessageKey[] = [
  'sla.explain.firstResponse',
  'sla.explain.solution',
  'sla.explain.remind',
  'sla.explain.departmentHead',
  'sla.explain.atCreation',
  'sla.explain.offHours',
  'sla.explain.planApproval',
];

/** A column head: what it is, and below it, in grey, its unit. */
function Head({ label, unit }: { label: string; unit: string }) {
  return (
    <Flex vertical>
      <span style={{ whiteSpace: 'nowrap' }}>{label}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400, whiteSpace: 'nowrap' }}>
        {unit}
      </Typography.Text>
    </Flex>
  );
}

/** 一般, 紧急, 重大; within each the general policy first, then the categories in the vocabulary's order. */
function byUrgencyThenCategory(a: SlaPolicy, b: SlaPolicy): number {
  const rank = (p: SlaPolicy) => {
    if (p.category === null) return -1;
    const known = (ISSUE_CATEGORIES as readonly string[]).indexOf(p.category);
    return known < 0 ? ISSUE_CATEGORIES.length : known;
  };
  return URGENCY_KEYS.indexOf(a.urgency) - URGENCY_KEYS.indexOf(b.urgency) || rank(a) - rank(b);
}

/** The server names a row's field `items/2/category`; the form, ['items', 2, 'category']. */
const rowField = (field: string) => /^items\/(\d+)\/(\w+)$/.exec(field);

/**
 * 系统设置 → SLA 策略: the deadlines of issues per urgency (a general one each, refined per category), edited
 * as a table and saved all at once. The server's objections land on the cells they name; the rest (a general
 * policy missing) shows above the table.
 */
export function SlaPoliciesPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const policies = useQuery({
    queryKey: POLICIES_KEY,
    queryFn: () => get<Policies>('/api/v1/sla-policies'),
  });
  useEffect(() => {
    if (policies.data)
      form.setFieldsValue({
        items: [...policies.data.items].sort(byUrgencyThenCategory).map(({ id: _, category, ...rest }) => ({
          ...rest,
          category: category ?? undefined,
        })),
        closeThreshold: policies.data.closeThreshold,
      });
  }, [policies.data, form]);

  const save = async () => {
    setProblems([]);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const body: SlaPolicyBody = {
      items: values.items.map((row) => ({ ...row, category: row.category?.trim() || null })),
      closeThreshold: values.closeThreshold,
    };
    setSaving(true);
    try {
      const answer = await api<Policies>('PUT', '/api/v1/sla-policies', body);
      client.setQueryData(POLICIES_KEY, answer);
      void message.success(t('sla.saved'));
    } catch (error) {
      if (error instanceof ApiError && (error.problem.errors ?? []).length > 0) {
        const errors = error.problem.errors ?? [];
        const onCells = errors.filter((e) => rowField(e.field));
        form.setFields(
          onCells.map((e) => {
            const [, index, name] = rowField(e.field) as RegExpExecArray;
            return { name: ['items', Number(index), name as keyof Row] as const, errors: [e.message] };
          }),
        );
        setProblems(errors.filter((e) => !rowField(e.field)).map((e) => e.message));
      } else showApiError(error);
    } finally {
      setSaving(false);
    }
  };

  const required = [{ required: true, message: t('sla.required') }];
  const hours = (name: number, part: keyof Row, min = 0.1) => (
    <Form.Item name={[name, part]} rules={required} style={{ marginBottom: 0 }}>
      <InputNumber min={min} max={2000} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Card title={t('sla.title')} loading={policies.isLoading}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }} data-testid="sla-hint">
        {t('sla.hint')}
      </Typography.Paragraph>
      <ul style={{ columns: 2, margin: '0 0 16px', paddingLeft: 20, color: 'rgba(0,0,0,0.55)' }}>
        {EXPLAINED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={problems.join('；')}
          style={{ marginBottom: 16 }}
          data-testid="sla-errors"
        />
      ) : null}
      <Form form={form} component={false} onValuesChange={() => setProblems([])}>
        {/* What the post-resolution revisit's answer does: at or above closes, below reopens. */}
        <Space align="baseline" wrap style={{ marginBottom: 16 }}>
          <Typography.Text>{t('sla.closeThreshold.before')}</Typography.Text>
          <Form.Item name="closeThreshold" rules={required} style={{ marginBottom: 0 }}>
            <InputNumber
              min={1}
              max={5}
              precision={0}
              style={{ width: 72 }}
              aria-label={t('sla.closeThreshold.label')}
              data-testid="sla-close-threshold"
            />
          </Form.Item>
          <Typography.Text>{t('sla.closeThreshold.after')}</Typography.Text>
        </Space>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={fields}
                tableLayout="fixed"
                scroll={{ x: 1130 }}
                data-testid="sla-table"
                columns={[
                  {
                    title: t('sla.urgency'),
                    width: 100,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'urgency']} style={{ marginBottom: 0 }}>
                        <Select
                          data-testid="sla-urgency"
                          options={URGENCY_KEYS.map((u) => ({ value: u, label: urgencyWord(u, locale) }))}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('sla.category'),
                    width: 150,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'category']} style={{ marginBottom: 0 }}>
                        <AutoComplete
                          data-testid="sla-category"
                          allowClear
                          placeholder={t('sla.general')}
                          options={ISSUE_CATEGORIES.map((c) => ({ value: c }))}
                          filterOption={(input, option) => String(option?.value ?? '').includes(input)}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('sla.clock'),
                    width: 120,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'clock']} style={{ marginBottom: 0 }}>
                        <Select
                          data-testid="sla-clock"
                          options={[
                            { value: 'working', label: t('issues.clock.working') },
                            { value: 'wall', label: t('issues.clock.wall') },
                          ]}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: <Head label={t('sla.firstResponseHours')} unit={t('sla.unit.hours')} />,
                    width: 110,
                    render: (_, field) => hours(field.name, 'firstResponseHours'),
                  },
                  {
                    title: <Head label={t('sla.solutionHours')} unit={t('sla.unit.hours')} />,
                    width: 110,
                    render: (_, field) => hours(field.name, 'solutionHours'),
                  },
                  {
                    title: <Head label={t('sla.remindBeforeMinutes')} unit={t('sla.unit.minutesBefore')} />,
                    width: 110,
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'remindBeforeMinutes']}
                        rules={required}
                        style={{ marginBottom: 0 }}
                      >
                        <InputNumber min={0} max={1440} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: <Head label={t('sla.departmentHeadAfterHours')} unit={t('sla.unit.hoursAfter')} />,
                    width: 130,
                    render: (_, field) => hours(field.name, 'departmentHeadAfterHours', 0),
                  },
                  {
                    title: (
                      <Head label={t('sla.notifySupervisorAtCreation')} unit={t('sla.unit.atCreation')} />
                    ),
                    width: 124,
                    align: 'center',
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'notifySupervisorAtCreation']}
                        valuePropName="checked"
                        style={{ marginBottom: 0 }}
                      >
                        <Switch size="small" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: <Head label={t('sla.escalateOffHours')} unit={t('sla.unit.offHours')} />,
                    width: 124,
                    align: 'center',
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'escalateOffHours']}
                        valuePropName="checked"
                        style={{ marginBottom: 0 }}
                      >
                        <Switch size="small" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: <Head label={t('sla.planApproval')} unit={t('sla.unit.planApproval')} />,
                    width: 124,
                    align: 'center',
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'planApproval']}
                        valuePropName="checked"
                        style={{ marginBottom: 0 }}
                      >
                        <Switch size="small" data-testid="sla-plan-approval" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '',
                    width: 50,
                    align: 'center',
                    render: (_, field) => (
                      <Tooltip title={t('sla.remove')}>
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('sla.remove')}
                          data-testid="sla-remove"
                          onClick={() => remove(field.name)}
                        />
                      </Tooltip>
                    ),
                  },
                ]}
              />
              <Space style={{ marginTop: 16 }}>
                <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_ROW })} data-testid="sla-add">
                  {t('sla.add')}
                </Button>
                <Button type="primary" loading={saving} onClick={save} data-testid="sla-save">
                  {t('sla.save')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
