import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, message, Space, Switch, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api, get } from '../../api/client.ts';
import type { CompanyHours } from '../../api/types.ts';
import { fieldPath, showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { hhmm, timeOf } from './calendar-client.ts';

type Window = CompanyHours['workingHours'];
const URL = '/api/v1/calendar/hours';
const MAX_WINDOWS = 6;

/** A window field holds {start, end} as the API has it; the picker shows it as a range of times. */
const windowProps = {
  getValueProps: (w: Window | null | undefined) => ({ value: w ? [timeOf(w.start), timeOf(w.end)] : null }),
  normalize: (range: [Dayjs, Dayjs] | null) =>
    range ? { start: hhmm(range[0]), end: hhmm(range[1]) } : null,
};

/** The server names `restHours.0.start`; the form's field is the whole window. */
const windowField = (field: string) => fieldPath(field.replace(/\.(start|end)$/, ''));

function Range(props: { value?: [Dayjs, Dayjs] | null; onChange?: (v: unknown) => void; id?: string }) {
  return (
    <TimePicker.RangePicker {...props} format="HH:mm" minuteStep={5} order={false} style={{ width: 220 }} />
  );
}

/** 午休, which can be switched off (null). */
function OptionalRange({
  value,
  onChange,
  id,
}: {
  value?: [Dayjs, Dayjs] | null;
  onChange?: (v: [Dayjs, Dayjs] | null) => void;
  id?: string;
}) {
  return (
    <Space>
      <Switch
        checked={Boolean(value)}
        onChange={(on) => onChange?.(on ? [timeOf('12:00'), timeOf('13:00')] : null)}
        data-testid="lunch-switch"
      />
      {value && <Range id={id} value={value} onChange={(v) => onChange?.(v as [Dayjs, Dayjs] | null)} />}
    </Space>
  );
}

/** A list of windows (休息时段, 优先联系时段), each its own field so `restHours.1` lands on it. */
function WindowList({
  name,
  label,
  min,
}: {
  name: 'restHours' | 'preferredWindows';
  label: MessageKey;
  min: number;
}) {
  const { t } = useI18n();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, windows: Window[] | undefined) => {
            if ((windows?.length ?? 0) < min) throw new Error(t('calendar.atLeastOne'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t(label)} data-testid={`${name}-list`}>
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item
                name={field.name}
                {...windowProps}
                rules={[{ required: true, message: t('login.required') }]}
                style={{ marginBottom: 8 }}
              >
                <Range />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => remove(field.name)}
                disabled={fields.length <= min}
              />
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_WINDOWS}
            onClick={() => add({ start: '14:00', end: '15:00' })}
          >
            {t('calendar.addWindow')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** 工作时间: working hours, lunch (can be off), calling hours, rest hours and preferred windows. */
export function HoursForm() {
  const { t } = useI18n();
  const [form] = Form.useForm<CompanyHours>();
  const client = useQueryClient();
  const hours = useQuery({ queryKey: ['calendar-hours'], queryFn: () => get<CompanyHours>(URL) });
  useEffect(() => {
    if (hours.data) form.setFieldsValue(hours.data);
  }, [hours.data, form]);
  const required = [{ required: true, message: t('login.required') }];

  const save = async () => {
    await form.validateFields();
    try {
      const saved = await api<CompanyHours>('PUT', URL, form.getFieldsValue(true));
      client.setQueryData(['calendar-hours'], saved);
      void message.success(t('calendar.hoursSaved'));
    } catch (error) {
      showApiError(error, form, windowField);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      data-testid="hours-form"
      disabled={hours.isLoading}
    >
      <Typography.Paragraph type="secondary">{t('calendar.hoursHint')}</Typography.Paragraph>
      <Form.Item name="workingHours" label={t('calendar.workingHours')} rules={required} {...windowProps}>
        <Range />
      </Form.Item>
      <Form.Item name="lunchBreak" label={t('calendar.lunchBreak')} {...windowProps}>
        <OptionalRange />
      </Form.Item>
      <Form.Item name="callingHours" label={t('calendar.callingHours')} rules={required} {...windowProps}>
        <Range />
      </Form.Item>
      <WindowList name="restHours" label="calendar.restHours" min={0} />
      <WindowList name="preferredWindows" label="calendar.preferredWindows" min={1} />
      <Button type="primary" onClick={save} data-testid="save-hours">
        {t('common.save')}
      </Button>
    </Form>
  );
}
