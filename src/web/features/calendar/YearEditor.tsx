import { CloseOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Drawer, Form, Input, message, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CalendarParsed, CalendarYearBody, CalendarYearDetail } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ISO, YEARS_KEY } from './calendar-client.ts';
import { type Arrangement, ParseModal, parseArrangements } from './ParseModal.tsx';
import { YearPicture } from './YearPicture.tsx';

type Values = Required<CalendarYearBody>;
type ListName = 'holidays' | 'workdays';

/** A date of the list: change it, or take it out. */
function DateChip({
  value,
  onChange,
  onRemove,
  year,
}: {
  value?: Dayjs;
  onChange?: (date: Dayjs | null) => void;
  onRemove(): void;
  year: number;
}) {
  const { t } = useI18n();
  return (
    <Space.Compact>
      <DatePicker
        value={value}
        onChange={onChange}
        allowClear={false}
        format="YYYY-MM-DD ddd"
        defaultPickerValue={dayjs(new Date(year, 0, 1))}
        style={{ width: 152 }}
      />
      <Button icon={<CloseOutlined />} onClick={onRemove} aria-label={t('common.delete')} />
    </Space.Compact>
  );
}

/** The dates of one list, each its own field (a server error names `holidays.3`), and a picker adding one. */
function DateList({ name, year }: { name: ListName; year: number }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const outsideYear = (d: Dayjs) => d.year() !== year;
  /** A changed list is sorted again, and the errors of its old order go. */
  const reset = (dates: string[]) => {
    const old: string[] = form.getFieldValue(name) ?? [];
    form.setFieldValue(name, [...new Set(dates)].sort());
    form.setFields(old.map((_, i) => ({ name: [name, i], errors: [] })));
  };
  return (
    <Form.Item label={t(name === 'holidays' ? 'calendar.holidays' : 'calendar.workdays')}>
      <Form.List name={name}>
        {(fields) => (
          <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 8 }} data-testid={`${name}-list`}>
            {fields.map((field) => (
              <Form.Item
                key={field.key}
                name={field.name}
                style={{ width: 186, marginBottom: 8 }}
                getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
                normalize={(date: Dayjs | null) => date?.format(ISO)}
              >
                <DateChip
                  year={year}
                  onRemove={() =>
                    reset((form.getFieldValue(name) as string[]).filter((_, i) => i !== field.name))
                  }
                />
              </Form.Item>
            ))}
          </div>
        )}
      </Form.List>
      <DatePicker
        value={null}
        placeholder={t('calendar.addDate')}
        disabledDate={outsideYear}
        defaultPickerValue={dayjs(new Date(year, 0, 1))}
        onChange={(date: Dayjs | null) =>
          date && reset([...(form.getFieldValue(name) ?? []), date.format(ISO)])
        }
        style={{ width: 184 }}
        id={`add-${name}`}
      />
    </Form.Item>
  );
}

/** The live picture of what the form holds. */
function FormPicture({ year }: { year: number }) {
  const form = Form.useFormInstance<Values>();
  const holidays = Form.useWatch('holidays', form) ?? [];
  const workdays = Form.useWatch('workdays', form) ?? [];
  return <YearPicture year={year} holidays={holidays.filter(Boolean)} workdays={workdays.filter(Boolean)} />;
}

/** 编辑 a year: the two lists by hand, or filled from a pasted notice or an .ics file, then 保存 (PUT). */
export function YearEditor({
  detail,
  open,
  onClose,
}: {
  detail: CalendarYearDetail;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [pasting, setPasting] = useState(false);
  const [icsRead, setIcsRead] = useState<CalendarParsed>();
  const [saving, setSaving] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const { year } = detail;

  useEffect(() => {
    if (open)
      form.setFieldsValue({ holidays: detail.holidays, workdays: detail.workdays, note: detail.note });
  }, [open, detail, form]);

  const adopt = (arrangement: Arrangement) => {
    form.setFieldsValue(arrangement);
    void message.success(t('calendar.adopted'));
  };
  const importIcs = async (chosen: File | undefined) => {
    if (!chosen) return;
    try {
      setIcsRead(await parseArrangements({ format: 'ics', text: await chosen.text() }));
    } catch (error) {
      const fieldError = error instanceof ApiError ? error.problem.errors?.[0]?.message : undefined;
      if (fieldError) void message.error(`${chosen.name}: ${fieldError}`);
      else showApiError(error);
    } finally {
      if (file.current) file.current.value = '';
    }
  };
  const save = async () => {
    const values = form.getFieldsValue(true) as Values;
    setSaving(true);
    try {
      const saved = await api<CalendarYearDetail>('PUT', `/api/v1/calendar/years/${year}`, {
        holidays: (values.holidays ?? []).filter(Boolean),
        workdays: (values.workdays ?? []).filter(Boolean),
        note: values.note?.trim() || null,
      });
      client.setQueryData(['calendar-year', year], saved);
      await client.invalidateQueries({ queryKey: YEARS_KEY });
      void message.success(t('calendar.saved', { year }));
      onClose();
    } catch (error) {
      showApiError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('calendar.editTitle', { year })}
      size={820}
      destroyOnHidden
      extra={
        <Space>
          <Button icon={<FileTextOutlined />} onClick={() => setPasting(true)} data-testid="paste-notice">
            {t('calendar.pasteNotice')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => file.current?.click()} data-testid="import-ics">
            {t('calendar.importIcs')}
          </Button>
          <input
            ref={file}
            type="file"
            accept=".ics,text/calendar"
            hidden
            data-testid="ics-file"
            onChange={(e) => void importIcs(e.target.files?.[0])}
          />
        </Space>
      }
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={save} data-testid="save-year">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" data-testid="year-form">
        <DateList name="holidays" year={year} />
        <DateList name="workdays" year={year} />
        <Form.Item name="note" label={t('calendar.note')}>
          <Input placeholder={t('calendar.notePlaceholder')} maxLength={500} />
        </Form.Item>
        <Typography.Title level={5}>{t('calendar.yearTitle', { year })}</Typography.Title>
        <FormPicture year={year} />
      </Form>
      <ParseModal open={pasting} year={year} onAdopt={adopt} onClose={() => setPasting(false)} />
      <ParseModal
        open={Boolean(icsRead)}
        year={year}
        parsed={icsRead}
        onAdopt={adopt}
        onClose={() => setIcsRead(undefined)}
      />
    </Drawer>
  );
}
