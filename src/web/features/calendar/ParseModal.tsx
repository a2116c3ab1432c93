import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { post } from '../../api/client.ts';
import type { CalendarParsed } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { listYears } from './calendar-client.ts';
import { DateTags } from './YearPicture.tsx';

export interface Arrangement {
  holidays: string[];
  workdays: string[];
}

/** Reads a pasted notice or an .ics file on the server (nothing is saved) and shows it. */
export const parseArrangements = (body: { format: 'notice' | 'ics'; text: string; year?: number }) =>
  post<CalendarParsed>('/api/v1/calendar/parse', body);

/** The read dates of `year`, the sentences not read, and the other years a file held. */
function Preview({ parsed, year }: { parsed: CalendarParsed; year: number }) {
  const { t, locale } = useI18n();
  const mine = parsed.arrangements.find((a) => a.year === year);
  const others = parsed.arrangements.filter((a) => a.year !== year).map((a) => a.year);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="parse-preview">
      {!mine && (
        <Alert
          type="error"
          showIcon
          title={t('calendar.nothingForYear', { year, years: listYears(others, locale) })}
        />
      )}
      {mine && others.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('calendar.otherYears', { year, years: listYears(others, locale) })}
          data-testid="other-years"
        />
      )}
      {mine && (
        <div>
          <Typography.Text strong>
            {t('calendar.holidays')}（{mine.holidays.length}）
          </Typography.Text>
          <div style={{ marginTop: 6 }}>
            <DateTags dates={mine.holidays} color="red" />
          </div>
          <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
            {t('calendar.workdays')}（{mine.workdays.length}）
          </Typography.Text>
          <div style={{ marginTop: 6 }}>
            <DateTags dates={mine.workdays} color="blue" />
          </div>
        </div>
      )}
      {parsed.unread.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="unread"
          title={t('calendar.unread')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {parsed.unread.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          }
        />
      )}
      {mine && <Typography.Text type="secondary">{t('calendar.adoptHint')}</Typography.Text>}
    </Space>
  );
}

/**
 * 粘贴通知 (a textarea, read with the year being edited) or an .ics file already read (`parsed` given): the
 * preview, and 采用 hands the year's dates to the form.
 */
export function ParseModal({
  open,
  year,
  parsed: given,
  onAdopt,
  onClose,
}: {
  open: boolean;
  year: number;
  parsed?: CalendarParsed;
  onAdopt(arrangement: Arrangement): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ text: string }>();
  const [read, setRead] = useState<CalendarParsed>();
  const [reading, setReading] = useState(false);
  const parsed = given ?? read;
  const mine = parsed?.arrangements.find((a) => a.year === year);

  const readNotice = async () => {
    const { text } = await form.validateFields();
    setReading(true);
    try {
      setRead(await parseArrangements({ format: 'notice', text, year }));
    } catch (error) {
      setRead(undefined);
      showApiError(error, form);
    } finally {
      setReading(false);
    }
  };
  const close = () => {
    setRead(undefined);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={given ? t('calendar.importIcs') : t('calendar.pasteNotice')}
      width={720}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            disabled={!mine}
            data-testid="adopt"
            onClick={() => {
              if (!mine) return;
              onAdopt({ holidays: mine.holidays, workdays: mine.workdays });
              close();
            }}
          >
            {t('calendar.adopt')}
          </Button>
        </Space>
      }
    >
      {!given && (
        <Form form={form} layout="vertical">
          <Typography.Paragraph type="secondary">{t('calendar.noticeHint', { year })}</Typography.Paragraph>
          <Form.Item
            name="text"
            label={t('calendar.noticeText')}
            rules={[{ required: true, message: t('login.required') }]}
          >
            <Input.TextArea rows={8} data-testid="notice-text" />
          </Form.Item>
          <Button
            onClick={readNotice}
            loading={reading}
            data-testid="read-notice"
            style={{ marginBottom: 16 }}
          >
            {t('calendar.read')}
          </Button>
        </Form>
      )}
      {parsed && <Preview parsed={parsed} year={year} />}
    </Modal>
  );
}
