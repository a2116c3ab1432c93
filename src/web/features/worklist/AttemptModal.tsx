import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { LOGGED_OUTCOMES } from '../../../domain/followups/attempts.ts';
import { post } from '../../api/client.ts';
import type { AttemptBody, TaskCard } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { fromWallClock, wallClock, zoneToday } from '../../app/zone.ts';
import { refreshTasks } from './queries.ts';
import { useNearTime } from './TaskRow.tsx';
import { endReasonWord, outcomeWord } from './words.ts';

interface Values {
  outcome: AttemptBody['outcome'];
  callbackAt?: Dayjs;
  contactId?: number;
  note?: string;
}

/**
 * 登记联系结果: 未接通, 忙线, 号码错误, 拒访, or 约定回拨 at a time the customer named (in the company's zone). The
 * server reschedules the task inside the contact windows or ends it, and says which.
 */
export function AttemptModal({ card, open, onClose }: { card: TaskCard; open: boolean; onClose(): void }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const near = useNearTime();
  const client = useQueryClient();
  const primary = card.contacts.find((c) => c.isPrimary) ?? card.contacts[0];
  const submit = async (values: Values) => {
    const body: AttemptBody = {
      outcome: values.outcome,
      callbackAt:
        values.outcome === 'callback' && values.callbackAt
          ? fromWallClock(values.callbackAt, zone)
          : undefined,
      contactId: values.contactId,
      note: values.note?.trim() || undefined,
    };
    const updated = await post<TaskCard>(`/api/v1/followup-tasks/${card.id}/attempts`, body);
    await refreshTasks(client, updated);
    if (updated.endReason) {
      return t('wb.attempt.ended', {
        reason: endReasonWord({ ...updated, endReason: updated.endReason }, locale),
      });
    }
    return updated.nextAttemptAt
      ? t('wb.attempt.retry', { time: near(updated.nextAttemptAt) })
      : t('common.saved');
  };
  return (
    <FormModal<Values>
      open={open}
      title={`${t('wb.logAttempt')} · ${card.customerName}`}
      testId="attempt-form"
      initialValues={{ outcome: 'no_answer', contactId: primary?.id }}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item name="outcome" label={t('wb.attempt.outcome')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={LOGGED_OUTCOMES.map((o) => ({ value: o, label: outcomeWord(o, locale) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['outcome']}>
        {(form) =>
          form.getFieldValue('outcome') === 'callback' ? (
            <Form.Item
              name="callbackAt"
              label={t('wb.attempt.callbackAt')}
              rules={[
                { required: true, message: t('wb.attempt.callbackFuture') },
                {
                  validator: (_, value?: Dayjs) =>
                    !value || new Date(fromWallClock(value, zone)).getTime() > Date.now()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('wb.attempt.callbackFuture'))),
                },
              ]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm', minuteStep: 5 }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.format('YYYY-MM-DD') < zoneToday(zone)}
                // Opens on now in the company's zone, not the browser's.
                defaultPickerValue={wallClock(new Date(), zone)}
                data-testid="callback-at"
              />
            </Form.Item>
          ) : form.getFieldValue('outcome') === 'refused' ? (
            <Form.Item>
              <span style={{ color: '#cf1322' }}>{t('wb.attempt.refusedHint')}</span>
            </Form.Item>
          ) : null
        }
      </Form.Item>
      {card.contacts.length > 0 ? (
        <Form.Item name="contactId" label={t('wb.attempt.contact')}>
          <Select
            allowClear
            options={card.contacts.map((c) => ({
              value: c.id,
              label: [c.name, c.mobile ?? c.phone].filter(Boolean).join(' '),
            }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('wb.attempt.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
