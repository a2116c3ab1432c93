import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  message,
  Row,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { api, get } from '../../api/client.ts';
import type { Colleague, CustomerDetail } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CUSTOMER_KIND_LABELS,
  CUSTOMER_STATUS_LABELS,
  GENDER_LABELS,
  label,
  NEED_TYPE_LABELS,
  PREFERRED_CHANNEL_LABELS,
  PREFERRED_METHOD_LABELS,
} from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';
import { PROVINCES } from '../../app/regions.ts';

const DATE_FIELDS = ['foundedOn', 'firstCooperationOn', 'anniversaryOn', 'lostOn'] as const;

type Values = Record<string, unknown>;

/** The form shows dates as pickers; the API takes YYYY-MM-DD and null for "cleared". */
function toForm(c: CustomerDetail): Values {
  const values: Values = { ...c, verified: false };
  for (const f of DATE_FIELDS) values[f] = c[f] ? dayjs(c[f]) : null;
  return values;
}

function toBody(values: Values, c: CustomerDetail): Values {
  const body: Values = {};
  for (const [key, value] of Object.entries(values)) {
    body[key] = value === undefined || value === '' ? null : value;
  }
  for (const f of DATE_FIELDS) body[f] = values[f] ? (values[f] as Dayjs).format('YYYY-MM-DD') : null;
  // Hidden values are not the user's to change: leave them out rather than send them back empty.
  if (c.visibility.topSecret !== 'full') delete body.annualAmount;
  if (c.visibility.confidential !== 'full') delete body.idNumber;
  // 性别 and 年龄 are an individual's: not sent for another kind (the server refuses them there).
  if (values.kind !== 'individual') {
    delete body.gender;
    delete body.age;
  }
  body.doNotContact = Boolean(values.doNotContact);
  body.verified = Boolean(values.verified);
  return { ...body, version: c.version };
}

/** 编辑客户资料: every SPEC §2.1 field, lifecycle, 免打扰 and 核定; a concurrent edit answers 409. */
export function CustomerEditModal({
  customer,
  open,
  onClose,
}: {
  customer: CustomerDetail;
  open: boolean;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm();
  const client = useQueryClient();
  const people = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Colleague[] }>('/api/v1/users/directory'),
    enabled: open,
  });
  const status = Form.useWatch('status', form);
  const dnc = Form.useWatch('doNotContact', form);
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    if (open) form.setFieldsValue(toForm(customer));
  }, [open, customer, form]);

  const save = async () => {
    const values = await form.validateFields();
    try {
      await api('PATCH', `/api/v1/customers/${customer.id}`, toBody(values, customer));
      void message.success(t('common.saved'));
      await client.invalidateQueries({ queryKey: ['customer', customer.id] });
      await client.invalidateQueries({ queryKey: ['customers'] });
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  const item = (name: string, key: MessageKey, input: ReactNode, span = 8, required = false) => (
    <Col xs={24} md={span} key={name}>
      <Form.Item
        name={name}
        label={t(key)}
        rules={required ? [{ required: true, message: t('login.required') }] : []}
      >
        {input}
      </Form.Item>
    </Col>
  );
  const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const labelled = (table: Record<string, readonly [string, string]>) =>
    Object.keys(table).map((k) => ({ value: k, label: label(table, k, locale) }));
  const people_ = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }));
  const date = <DatePicker style={{ width: '100%' }} />;

  return (
    <Modal
      open={open}
      title={t('customerEdit.title')}
      onOk={save}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      width={900}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="customer-edit-form">
        <Row gutter={16}>
          {item('name', 'customers.name', <Input />, 16, true)}
          {item('shortName', 'customers.shortName', <Input />)}
          {item(
            'kind',
            'customers.kind',
            <Select
              options={Object.keys(CUSTOMER_KIND_LABELS).map((k) => ({
                value: k,
                label: label(CUSTOMER_KIND_LABELS, k, locale),
              }))}
            />,
          )}
          {item('industry', 'customers.industry', <Input />)}
          {item(
            'needType',
            'customerEdit.needType',
            <Select allowClear options={labelled(NEED_TYPE_LABELS)} />,
          )}
          {item(
            'province',
            'customers.province',
            <Select allowClear showSearch options={options(PROVINCES)} />,
          )}
          {item('city', 'customers.city', <Input />)}
          {item('district', 'customerEdit.district', <Input />)}
          {item('address', 'customers.address', <Input />, 16)}
          {item('foundedOn', 'customerEdit.foundedOn', date)}
          {item('employees', 'customerEdit.employees', <InputNumber min={0} style={{ width: '100%' }} />)}
          {item(
            'annualRevenue',
            'customerEdit.annualRevenue',
            <InputNumber min={0} precision={2} style={{ width: '100%' }} stringMode />,
          )}
          {item('source', 'customerEdit.source', <Input />)}
          {item('membershipNo', 'customerEdit.membershipNo', <Input />)}
          {item('anniversaryOn', 'customerEdit.anniversaryOn', date)}
          {kind === 'individual' &&
            item('gender', 'customerEdit.gender', <Select allowClear options={labelled(GENDER_LABELS)} />)}
          {kind === 'individual' &&
            item(
              'age',
              'customerEdit.age',
              <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />,
            )}
          {item('tags', 'customers.tags', <Select mode="tags" tokenSeparators={[',', '，', '、']} />, 16)}
        </Row>
        <Divider titlePlacement="start">{t('customerEdit.cooperation')}</Divider>
        <Row gutter={16}>
          {item('firstCooperationOn', 'customerEdit.firstCooperationOn', date)}
          {customer.visibility.topSecret === 'full' &&
            item(
              'annualAmount',
              'customers.annualAmount',
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />,
            )}
          {item('cooperationFrequency', 'customerEdit.cooperationFrequency', <Input />)}
          {item('products', 'customerEdit.products', <Input />, 16)}
          {item(
            'prospects',
            'customerEdit.prospects',
            <InputNumber min={0} max={10} style={{ width: '100%' }} />,
          )}
          {item(
            'ownerId',
            'customers.owner',
            <Select allowClear showSearch optionFilterProp="label" options={people_} />,
          )}
          {item(
            'agentId',
            'customerEdit.agent',
            <Select allowClear showSearch optionFilterProp="label" options={people_} />,
          )}
          {customer.visibility.confidential === 'full' &&
            item('idNumber', 'customerEdit.idNumber', <Input />)}
        </Row>
        <Divider titlePlacement="start">{t('customerEdit.lifecycle')}</Divider>
        <Row gutter={16}>
          {item(
            'status',
            'customers.status',
            <Select
              options={Object.keys(CUSTOMER_STATUS_LABELS).map((k) => ({
                value: k,
                label: label(CUSTOMER_STATUS_LABELS, k, locale),
              }))}
            />,
          )}
          {status === 'lost' && item('lostOn', 'customerEdit.lostOn', date, 8, true)}
          {status === 'lost' && item('lostReason', 'customerEdit.lostReason', <Input />, 8, true)}
          <Col xs={24} md={8}>
            <Form.Item name="doNotContact" valuePropName="checked" label=" ">
              <Checkbox>{t('customers.dnc')}</Checkbox>
            </Form.Item>
          </Col>
          {dnc && item('dncReason', 'customerEdit.dncReason', <Input />, 16, true)}
          {item(
            'preferredMethod',
            'customerEdit.preferredMethod',
            <Select allowClear options={labelled(PREFERRED_METHOD_LABELS)} />,
          )}
          {item(
            'preferredChannel',
            'customerEdit.preferredChannel',
            <Select allowClear options={labelled(PREFERRED_CHANNEL_LABELS)} />,
          )}
          {item('preferredWindow', 'customerEdit.preferredWindow', <Input />)}
          {item(
            'followupWeeklyCap',
            'customerEdit.followupWeeklyCap',
            <InputNumber min={0} max={7} precision={0} style={{ width: '100%' }} />,
          )}
          {item('remark', 'customerEdit.remark', <Input.TextArea rows={2} />, 24)}
          <Col span={24}>
            <Form.Item name="verified" valuePropName="checked">
              <Checkbox>{t('customerEdit.verified')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
