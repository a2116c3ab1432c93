import { Button, DatePicker, Form, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { get, query } from '../../api/client.ts';
import type { WorkingDayAnswer } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { dayLabel, ISO, listYears } from './calendar-client.ts';

/** 工作日计算: a date plus N working days, and whether a year nobody covered was counted by weekends only. */
export function WorkingDayTool() {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<{ from: Dayjs; days: number }>();
  const [answer, setAnswer] = useState<WorkingDayAnswer>();
  const compute = async () => {
    const { from, days } = await form.validateFields();
    try {
      setAnswer(
        await get<WorkingDayAnswer>(
          `/api/v1/calendar/add-working-days${query({ from: from.format(ISO), days })}`,
        ),
      );
    } catch (error) {
      setAnswer(undefined);
      showApiError(error, form);
    }
  };
  const required = [{ required: true, message: t('login.required') }];
  return (
    <Space direction="vertical" size="middle">
      <Typography.Text type="secondary">{t('calendar.toolHint')}</Typography.Text>
      <Form
        form={form}
        layout="inline"
        initialValues={{ from: dayjs(), days: 1 }}
        onValuesChange={() => setAnswer(undefined)}
        data-testid="working-day-tool"
      >
        <Form.Item name="from" label={t('calendar.from')} rules={required}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="days" label={t('calendar.days')} rules={required}>
          <InputNumber min={-3650} max={3650} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Button type="primary" onClick={compute} data-testid="compute">
          {t('calendar.compute')}
        </Button>
      </Form>
      {answer && (
        <Space direction="vertical" size={4} data-testid="working-day-answer">
          <Space>
            <Typography.Text type="secondary">{t('calendar.result')}</Typography.Text>
            <Typography.Text strong data-testid="working-day">
              {dayLabel(answer.date)}
            </Typography.Text>
          </Space>
          {!answer.covered && (
            <Typography.Text style={{ color: '#d46b08' }} data-testid="uncovered">
              {t('calendar.toolUncovered', { years: listYears(answer.uncoveredYears, locale) })}
            </Typography.Text>
          )}
        </Space>
      )}
    </Space>
  );
}
