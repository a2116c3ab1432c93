import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { ApiError, post } from '../../api/client.ts';
import type { CustomerCreated } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CUSTOMER_KIND_LABELS, CUSTOMER_STATUS_LABELS, GENDER_LABELS, label } from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';
import { useOpenedOnce } from '../../app/opened.ts';

/** Stored industry values stay Chinese (they are data); only the label follows the locale. */
const INDUSTRIES: readonly (readonly [string, MessageKey])[] = [
  ['制造业', 'customerForm.industry.manufacturing'],
  ['零售业', 'customerForm.industry.retail'],
  ['服务业', 'customerForm.industry.services'],
  ['互联网', 'customerForm.industry.internet'],
  ['房地产', 'customerForm.industry.realEstate'],
  ['物业', 'customerForm.industry.propertyManagement'],
  ['汽车', 'customerForm.industry.automotive'],
  ['医疗', 'customerForm.industry.healthcare'],
  ['教育', 'customerForm.industry.education'],
  ['其他', 'customerForm.industry.other'],
];

/** New customer with its first contact; a likely duplicate (409) offers "create anyway". */
export function CustomerForm({ open, onClose }: { open: boolean; onClose(created?: number): void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm();
  const client = useQueryClient();
  const [duplicate, setDuplicate] = useState(false);
  const kind = Form.useWatch('kind', form);
  const opened = useOpenedOnce(open);

  const save = async () => {
    const { contactName, contactMobile, contactPosition, allowDuplicate, ...values } =
      await form.validateFields();
    const contacts = contactName
      ? [{ name: contactName, mobile: contactMobile || null, position: contactPosition || null }]
      : [];
    try {
      const created = await post<CustomerCreated>('/api/v1/customers', {
        ...values,
        contacts,
        allowDuplicate,
      });
      await client.invalidateQueries({ queryKey: ['customers'] });
      form.resetFields();
      setDuplicate(false);
      onClose(created.id);
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 409) setDuplicate(true);
      const mapped = error instanceof ApiError ? error : error;
      if (mapped instanceof ApiError && mapped.problem.errors) {
        mapped.problem.errors = mapped.problem.errors.map((e) => ({
          ...e,
          field: e.field.replace(
            /^contacts\.0\.(\w+)$/,
            (_, f: string) => `contact${f[0]?.toUpperCase()}${f.slice(1)}`,
          ),
        }));
      }
      showApiError(mapped, form);
    }
  };

  if (!opened) return null;
  return (
    <Modal
      open={open}
      title={t('customers.new')}
      onOk={save}
      onCancel={() => onClose()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'enterprise', status: 'prospect' }}
        data-testid="customer-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('customers.name')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shortName" label={t('customers.shortName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('customers.kind')}>
              <Select
                options={Object.keys(CUSTOMER_KIND_LABELS).map((k) => ({
                  value: k,
                  label: label(CUSTOMER_KIND_LABELS, k, locale),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="industry" label={t('customers.industry')}>
              <Select allowClear options={INDUSTRIES.map(([value, key]) => ({ value, label: t(key) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={t('customers.status')}>
              <Select
                options={['prospect', 'active'].map((k) => ({
                  value: k,
                  label: label(CUSTOMER_STATUS_LABELS, k, locale),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="province" label={t('customers.province')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="city" label={t('customers.city')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="annualAmount" label={t('customers.annualAmount')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} stringMode />
            </Form.Item>
          </Col>
          {kind === 'individual' && (
            <>
              <Col span={8}>
                <Form.Item name="gender" label={t('customerEdit.gender')}>
                  <Select
                    allowClear
                    options={Object.keys(GENDER_LABELS).map((k) => ({
                      value: k,
                      label: label(GENDER_LABELS, k, locale),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="age" label={t('customerEdit.age')}>
                  <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={24}>
            <Form.Item name="address" label={t('customers.address')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contactName" label={t('customers.contactName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contactPosition" label={t('customers.position')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contactMobile" label={t('customers.mobile')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {duplicate && (
          <Form.Item name="allowDuplicate" valuePropName="checked">
            <Checkbox>{t('customers.duplicate')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
