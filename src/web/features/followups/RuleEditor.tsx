import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Divider,
  Drawer,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  message,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  type Assignee,
  newRuleDefinition,
  type OffsetUnit,
  type RuleDefinition,
  ruleProblems,
  type SimpleAssignee,
} from '../../../domain/followups/rules.ts';
import {
  FOLLOWUP_EVENTS,
  FOLLOWUP_METHODS,
  FOLLOWUP_TYPES,
  type FollowupEvent,
  PRIORITIES,
  SEVERITIES,
} from '../../../domain/followups/vocabulary.ts';
import { ROLE_KEYS } from '../../../domain/roles.ts';
import { ApiError, api, get, post } from '../../api/client.ts';
import type { RuleDetail } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { fieldPath } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CUSTOMER_KIND_LABELS, CUSTOMER_STATUS_LABELS, label } from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';
import { PROVINCES } from '../../app/regions.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { useDepartments } from '../departments/useDepartments.ts';
import { optionsOf, roleWord } from './words.ts';

/** The form holds a rule as the API does, but the sampling rate as a percentage. */
type FormValues = Omit<RuleDefinition, 'samplingRate'> & { samplingRate: number };

const OFFSET_UNITS: OffsetUnit[] = ['hours', 'working_hours', 'calendar_days', 'working_days', 'months'];
const ASSIGNEE_KINDS = ['owner', 'agent', 'role'] as const;

const toForm = (rule: RuleDefinition): FormValues => ({
  ...rule,
  samplingRate: Math.round(rule.samplingRate * 1000) / 10,
});

function simpleOf(value: Partial<SimpleAssignee> & { role?: string; department?: string | null }) {
  if (value?.kind === 'role') {
    return { kind: 'role', role: value.role, department: value.department ?? null } as SimpleAssignee;
  }
  return { kind: value?.kind === 'agent' ? 'agent' : 'owner' } as SimpleAssignee;
}

/** What the form shows, as the rule the API takes (only the fields of the chosen kinds). */
function toDefinition(v: FormValues): RuleDefinition {
  // The form keeps the fields of both kinds of trigger; the rule takes the chosen kind's.
  const both = v.trigger as {
    kind: string;
    every: number;
    unit: 'day' | 'week' | 'month';
    event: FollowupEvent;
  };
  const periodic = both.kind !== 'event';
  const trigger: RuleDefinition['trigger'] = periodic
    ? { kind: 'periodic', every: both.every, unit: both.unit }
    : { kind: 'event', event: both.event };
  const a = v.assignee as Assignee & Record<string, never>;
  const assignee: Assignee =
    a.kind === 'by_severity'
      ? {
          kind: 'by_severity',
          general: simpleOf(a.general),
          urgent: simpleOf(a.urgent),
          major: simpleOf(a.major),
        }
      : simpleOf(a);
  const rate = typeof v.samplingRate === 'number' ? Math.round(v.samplingRate * 10) / 1000 : Number.NaN;
  return {
    name: v.name ?? '',
    description: v.description ?? '',
    type: v.type,
    trigger,
    // Severities are asked for event rules only; a periodic rule's form does not show them.
    audience: { ...v.audience, severities: periodic ? [] : (v.audience.severities ?? []) },
    start: v.start,
    within: v.within,
    method: v.method,
    assignee,
    samplingRate: rate,
    priority: v.priority,
    script: v.script ?? '',
    questionnaire: (v.questionnaire ?? []).map((q) => ({
      question: q.question ?? '',
      kind: q.kind,
      options: q.kind === 'choice' ? (q.options ?? []) : [],
    })),
    signatureRequired: !!v.signatureRequired,
    serviceCritical: !!v.serviceCritical,
    proactive: !!v.proactive,
  };
}

/** A problem's field as the form names it ('assignee' is the assignee's kind). */
const formName = (field: string) => (field === 'assignee' ? ['assignee', 'kind'] : fieldPath(field));

/**
 * Puts each problem on its field; those whose field the form does not show (yet) are returned to be shown
 * above the form.
 */
function placeProblems(form: FormInstance, problems: { field: string; message: string }[]): string[] {
  const shown = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  const elsewhere: string[] = [];
  for (const p of problems) {
    const name = formName(p.field).join('.');
    if (shown.has(name)) byField.set(name, [...(byField.get(name) ?? []), p.message]);
    else elsewhere.push(`${p.field}: ${p.message}`);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: formName(name), errors })));
  return elsewhere;
}

function OffsetInput({ name, min }: { name: 'start' | 'within'; min?: number }) {
  const { t } = useI18n();
  return (
    <Space.Compact block>
      <Form.Item name={[name, 'amount']} noStyle>
        <InputNumber min={min} precision={0} style={{ width: '45%' }} data-testid={`${name}-amount`} />
      </Form.Item>
      <Form.Item name={[name, 'unit']} noStyle>
        <Select
          style={{ width: '55%' }}
          options={OFFSET_UNITS.map((u) => ({ value: u, label: t(`fuRules.unit.${u}` as MessageKey) }))}
        />
      </Form.Item>
    </Space.Compact>
  );
}

function SimpleAssigneeFields({ path }: { path: (string | number)[] }) {
  const { t, locale } = useI18n();
  const departments = useDepartments();
  return (
    <Row gutter={8}>
      <Col span={8}>
        <Form.Item name={[...path, 'kind']} noStyle>
          <Select
            style={{ width: '100%' }}
            options={ASSIGNEE_KINDS.map((k) => ({ value: k, label: t(`fuRules.assignee.${k}`) }))}
          />
        </Form.Item>
      </Col>
      <Form.Item noStyle dependencies={[[...path, 'kind']]}>
        {(form) =>
          form.getFieldValue([...path, 'kind']) === 'role' ? (
            <>
              <Col span={8}>
                <Form.Item name={[...path, 'role']} style={{ marginBottom: 0 }}>
                  <Select
                    placeholder={t('fuRules.role')}
                    options={ROLE_KEYS.map((r) => ({ value: r, label: roleWord(r, locale) }))}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={[...path, 'department']} style={{ marginBottom: 0 }}>
                  <Select
                    allowClear
                    placeholder={t('fuRules.ownersDepartment')}
                    options={(departments.data?.items ?? []).map((d) => ({ value: d.name, label: d.name }))}
                  />
                </Form.Item>
              </Col>
            </>
          ) : null
        }
      </Form.Item>
    </Row>
  );
}

function AssigneeFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  // By severity starts each part from the owner, so every part has a value.
  const fill = (kind: string) => {
    if (kind !== 'by_severity') return;
    for (const s of SEVERITIES) {
      if (!form.getFieldValue(['assignee', s])) form.setFieldValue(['assignee', s], { kind: 'owner' });
    }
  };
  return (
    <Form.Item label={t('fuRules.assignee')} required>
      <Form.Item name={['assignee', 'kind']} style={{ marginBottom: 8 }}>
        <Radio.Group
          data-testid="assignee-kind"
          onChange={(e) => fill(e.target.value)}
          options={[...ASSIGNEE_KINDS, 'by_severity'].map((k) => ({
            value: k,
            label: t(`fuRules.assignee.${k}` as MessageKey),
          }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={[['assignee', 'kind']]}>
        {(form) => {
          const kind = form.getFieldValue(['assignee', 'kind']);
          if (kind === 'role') return <SimpleAssigneeFields path={['assignee']} />;
          if (kind !== 'by_severity') return null;
          return (
            <Space direction="vertical" style={{ width: '100%' }}>
              {SEVERITIES.map((s) => (
                <Row key={s} gutter={8} align="middle" wrap={false}>
                  <Col flex="64px">{t(`fuRules.severity.${s}`)}</Col>
                  <Col flex="auto">
                    <SimpleAssigneeFields path={['assignee', s]} />
                  </Col>
                </Row>
              ))}
            </Space>
          );
        }}
      </Form.Item>
    </Form.Item>
  );
}

function Questionnaire() {
  const { t } = useI18n();
  return (
    <Form.List name="questionnaire">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((field) => (
            <div
              key={field.key}
              style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '12px 12px 0' }}
              data-testid={`question-${field.name}`}
            >
              <Row gutter={8} wrap={false}>
                <Col flex="auto">
                  <Form.Item name={[field.name, 'question']} label={t('fuRules.question')}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col flex="140px">
                  <Form.Item name={[field.name, 'kind']} label={t('fuRules.questionKind')}>
                    <Select
                      options={(['rating', 'choice', 'text'] as const).map((k) => ({
                        value: k,
                        label: t(`fuRules.question.${k}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col flex="32px" style={{ paddingTop: 30 }}>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
              <Form.Item noStyle dependencies={[['questionnaire', field.name, 'kind']]}>
                {(form) =>
                  form.getFieldValue(['questionnaire', field.name, 'kind']) === 'choice' ? (
                    <Form.Item name={[field.name, 'options']} label={t('fuRules.options')}>
                      <Select mode="tags" open={false} placeholder={t('fuRules.typeToAdd')} />
                    </Form.Item>
                  ) : null
                }
              </Form.Item>
            </div>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ question: '', kind: 'rating', options: [] })}
            data-testid="add-question"
          >
            {t('fuRules.addQuestion')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

function Versions({ rule }: { rule: RuleDetail }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  return (
    <Table
      size="small"
      rowKey="version"
      pagination={false}
      dataSource={[...rule.versions].sort((a, b) => b.version - a.version)}
      data-testid="rule-versions"
      columns={[
        { title: t('fuRules.version'), dataIndex: 'version', width: 80, render: (v) => `v${v}` },
        {
          title: t('fuRules.versionAt'),
          dataIndex: 'createdAt',
          render: (at: string) => zoneDateTime(at, zone),
        },
        { title: t('fuRules.versionBy'), dataIndex: 'createdByName', render: (n) => n ?? '—' },
      ]}
    />
  );
}

function RuleForm({
  form,
  initialValues,
  periodic,
}: {
  form: FormInstance<FormValues>;
  initialValues: FormValues;
  periodic: boolean;
}) {
  const { t, locale } = useI18n();
  const tags = (placeholder = t('fuRules.typeToAdd')) => ({
    mode: 'tags' as const,
    allowClear: true,
    tokenSeparators: [',', '，'],
    placeholder,
  });
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} data-testid="rule-form">
      <Divider titlePlacement="start">{t('fuRules.sectionBasics')}</Divider>
      <Form.Item name="name" label={t('fuRules.name')} required>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('fuRules.description')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="type" label={t('fuRules.type')}>
            <Select showSearch optionFilterProp="label" options={optionsOf(FOLLOWUP_TYPES, locale)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="priority" label={t('fuRules.priority')}>
            <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`fuRules.priority.${p}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('fuRules.trigger')} required>
        <Row gutter={8}>
          <Col flex="none">
            <Form.Item name={['trigger', 'kind']} noStyle>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'periodic', label: t('fuRules.kindPeriodic') },
                  { value: 'event', label: t('fuRules.kindEvent') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col flex="auto">
            {periodic ? (
              <Space.Compact>
                <Form.Item name={['trigger', 'every']} noStyle>
                  <InputNumber
                    min={1}
                    precision={0}
                    prefix={t('fuRules.every')}
                    data-testid="trigger-every"
                  />
                </Form.Item>
                <Form.Item name={['trigger', 'unit']} noStyle>
                  <Select
                    style={{ width: 110 }}
                    data-testid="trigger-unit"
                    options={[
                      { value: 'day', label: t('fuRules.unitDay') },
                      { value: 'week', label: t('fuRules.unitWeek') },
                      { value: 'month', label: t('fuRules.unitMonth') },
                    ]}
                  />
                </Form.Item>
              </Space.Compact>
            ) : (
              <Form.Item name={['trigger', 'event']} noStyle>
                <Select
                  style={{ width: '100%' }}
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('fuRules.event')}
                  options={optionsOf(FOLLOWUP_EVENTS, locale)}
                />
              </Form.Item>
            )}
          </Col>
        </Row>
      </Form.Item>

      <Divider titlePlacement="start">{t('fuRules.sectionAudience')}</Divider>
      <Typography.Paragraph type="secondary">{t('fuRules.audienceHint')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['audience', 'tiers']} label={t('fuRules.tiers')}>
            <Select {...tags()} options={['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['audience', 'kinds']} label={t('fuRules.kinds')}>
            <Select
              {...tags()}
              options={Object.keys(CUSTOMER_KIND_LABELS).map((k) => ({
                value: k,
                label: label(CUSTOMER_KIND_LABELS, k, locale),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['audience', 'statuses']} label={t('fuRules.statuses')}>
            <Select
              {...tags()}
              options={Object.keys(CUSTOMER_STATUS_LABELS).map((k) => ({
                value: k,
                label: label(CUSTOMER_STATUS_LABELS, k, locale),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['audience', 'provinces']} label={t('fuRules.provinces')}>
            <Select {...tags()} options={PROVINCES.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['audience', 'tags']} label={t('fuRules.tags')}>
            <Select {...tags()} open={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['audience', 'excludeTags']}
            label={t('fuRules.excludeTags')}
            tooltip={t('fuRules.excludeTagsHint')}
          >
            <Select {...tags()} open={false} data-testid="audience-exclude-tags" />
          </Form.Item>
        </Col>
        {periodic ? null : (
          <Col xs={24} md={12}>
            <Form.Item name={['audience', 'severities']} label={t('fuRules.severities')}>
              <Select
                mode="multiple"
                allowClear
                options={SEVERITIES.map((s) => ({ value: s, label: t(`fuRules.severity.${s}`) }))}
              />
            </Form.Item>
          </Col>
        )}
      </Row>

      <Divider titlePlacement="start">{t('fuRules.sectionTiming')}</Divider>
      <Typography.Paragraph type="secondary">
        {t(periodic ? 'fuRules.timingPeriodic' : 'fuRules.timingEvent')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('fuRules.start')}>
            <OffsetInput name="start" min={periodic ? 0 : undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('fuRules.within')}>
            <OffsetInput name="within" min={0} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('fuRules.sectionWork')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="method" label={t('fuRules.method')}>
            <Select options={optionsOf(FOLLOWUP_METHODS, locale)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="samplingRate" label={t('fuRules.sampling')}>
            <InputNumber min={0} max={100} step={5} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <AssigneeFields />
      <Form.Item name="script" label={t('fuRules.script')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="signatureRequired" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('fuRules.signatureRequired')}</Checkbox>
      </Form.Item>
      <Form.Item name="serviceCritical" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('fuRules.serviceCritical')}</Checkbox>
      </Form.Item>
      <Form.Item name="proactive" valuePropName="checked">
        <Checkbox>{t('fuRules.proactive')}</Checkbox>
      </Form.Item>

      <Divider titlePlacement="start">{t('fuRules.sectionQuestions')}</Divider>
      <Questionnaire />
    </Form>
  );
}

type EditorProps = {
  /** The rule to edit; none for a new one. */
  ruleId: number | null;
  open: boolean;
  onClose(): void;
};

/**
 * 新建规则 / 编辑规则: every field of a rule, checked here as the server checks it; the versions below. Each
 * opening starts a new form (a form keeps the values it had, whatever the next rule's).
 */
export function RuleEditor(props: EditorProps) {
  return props.open ? <EditorDrawer key={String(props.ruleId)} {...props} /> : null;
}

function EditorDrawer({ ruleId, open, onClose }: EditorProps) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const detail = useQuery({
    queryKey: ['followup-rule', ruleId],
    queryFn: () => get<RuleDetail>(`/api/v1/followup-rules/${ruleId}`),
    enabled: open && ruleId !== null,
  });
  // The values the form opens with, made once (a new object each render would look like new initial values).
  const [blank] = useState(() => toForm(newRuleDefinition()));
  const opened = detail.data?.definition as RuleDefinition | undefined;
  const fromServer = useMemo(() => (opened ? toForm(opened) : undefined), [opened]);
  const initial = ruleId === null ? blank : fromServer;
  const periodic = Form.useWatch(['trigger', 'kind'], form) !== 'event';

  const show = (problems: { field: string; message: string }[]) =>
    setElsewhere(placeProblems(form, problems));

  const save = async () => {
    const definition = toDefinition(form.getFieldsValue(true));
    const problems = ruleProblems(definition).map((p) => ({
      field: p.field,
      message: locale === 'en' ? p.en : p.zh,
    }));
    // Earlier marks go; the ones that still hold come back.
    (form as FormInstance).setFields(form.getFieldsError().map((f) => ({ name: f.name, errors: [] })));
    show(problems);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      if (ruleId === null) {
        await post<RuleDetail>('/api/v1/followup-rules', { definition });
        void message.success(t('fuRules.created'));
      } else {
        const version = detail.data?.version;
        await api<RuleDetail>('PUT', `/api/v1/followup-rules/${ruleId}`, { version, definition });
        void message.success(t('common.saved'));
      }
      await queryClient.invalidateQueries({ queryKey: ['followup-rules'] });
      await queryClient.invalidateQueries({ queryKey: ['followup-rule'] });
      await queryClient.invalidateQueries({ queryKey: ['followup-presets'] });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 409) {
        void message.error(t('fuRules.conflict'));
        const fresh = await detail.refetch();
        if (fresh.data) form.setFieldsValue(toForm(fresh.data.definition as RuleDefinition));
      } else if (error instanceof ApiError && (error.problem.errors ?? []).length > 0) {
        show(
          (error.problem.errors ?? []).map((e) => ({
            field: e.field.replace(/^definition\./, ''),
            message: e.message,
          })),
        );
      } else if (error instanceof ApiError) {
        void message.error(error.problem.detail);
      } else {
        void message.error(String(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const title = ruleId === null ? t('fuRules.new') : `${t('fuRules.edit')} · v${detail.data?.version ?? ''}`;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={760}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={save} data-testid="save-rule">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {elsewhere.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('fuRules.otherProblems')}
          description={elsewhere.join('；')}
        />
      ) : null}
      {initial ? <RuleForm form={form} initialValues={initial} periodic={periodic} /> : <Spin />}
      {ruleId !== null && detail.data ? (
        <>
          <Divider titlePlacement="start">{t('fuRules.versions')}</Divider>
          <Versions rule={detail.data} />
        </>
      ) : null}
    </Drawer>
  );
}
