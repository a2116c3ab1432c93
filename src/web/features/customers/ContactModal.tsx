import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import type { Contact } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

const ROLE_KINDS: { value: NonNullable<Contact['roleKind']>; label: MessageKey }[] = [
  { value: 'equipment', label: 'contacts.role.equipment' },
  { value: 'technical', label: 'contacts.role.technical' },
  { value: 'admin', label: 'contacts.role.admin' },
  { value: 'user', label: 'contacts.role.user' },
  { value: 'business', label: 'contacts.role.business' },
];

const TEXT_FIELDS: { name: keyof Contact; label: MessageKey }[] = [
  { name: 'position', label: 'customers.position' },
  { name: 'mobile', label: 'customers.mobile' },
  { name: 'phone', label: 'contacts.phone' },
  { name: 'email', label: 'customers.email' },
  { name: 'qq', label: 'contacts.qq' },
  { name: 'wechat', label: 'contacts.wechat' },
];

/** Adds a contact, or edits one (with its version: a concurrent edit answers 409 instead of being lost). */
export function ContactModal({
  customerId,
  contact,
  open,
  onClose,
}: {
  customerId: number;
  contact?: Contact;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const client = useQueryClient();
  useEffect(() => {
    if (open) {
      form.setFieldsValue(
        contact
          ? { ...contact, birthday: contact.birthday ? dayjs(contact.birthday) : null }
          : { isPrimary: false },
      );
    }
  }, [open, contact, form]);
  const save = async (values: Record<string, unknown>) => {
    const body = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, v === '' || v === undefined ? null : v]),
    );
    body.birthday = values.birthday ? (values.birthday as Dayjs).format('YYYY-MM-DD') : null;
    if (contact) {
      await api('PATCH', `/api/v1/customers/${customerId}/contacts/${contact.id}`, {
        ...body,
        version: contact.version,
      });
    } else {
      await api('POST', `/api/v1/customers/${customerId}/contacts`, body);
    }
    await client.invalidateQueries({ queryKey: ['customer', customerId] });
    return t('common.saved');
  };
  return (
    <FormModal
      open={open}
      title={t(contact ? 'contacts.edit' : 'contacts.add')}
      form={form}
      width={640}
      testId="contact-form"
      submit={save}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('customers.contactName')}
            rules={[{ required: true, message: t('login.required') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="roleKind" label={t('contacts.roleKind')}>
            <Select allowClear options={ROLE_KINDS.map((r) => ({ value: r.value, label: t(r.label) }))} />
          </Form.Item>
        </Col>
        {TEXT_FIELDS.map((field) => (
          <Col span={12} key={field.name}>
            <Form.Item name={field.name} label={t(field.label)}>
              <Input />
            </Form.Item>
          </Col>
        ))}
        <Col span={12}>
          <Form.Item name="birthday" label={t('contacts.birthday')} extra={t('contacts.birthdayHint')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="isPrimary" valuePropName="checked">
        <Checkbox>{t('contacts.primary')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
