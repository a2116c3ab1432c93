import { useQuery } from '@tanstack/react-query';
import { Checkbox, DatePicker, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { FOLLOWUP_METHODS } from '../../../domain/followups/vocabulary.ts';
import { get } from '../../api/client.ts';
import type { Colleague, RecordFilterQuery } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { optionsOf } from '../followups/words.ts';
import { REVIEW_STATUSES } from './words.ts';

/** The list's server filters (everything but paging). */
export type RecordFilterValues = Omit<RecordFilterQuery, 'limit' | 'cursor'>;

const day = (value: string | undefined) => (value ? dayjs(value) : null);

/**
 * 回访记录's filters, each one the server applies: 审核状态, 回访方式, 回访日期 (company calendar days), 回访人 (for
 * those who assign follow-ups), 差评, 审核逾期, 待立案; and the customer the list was opened for, removable.
 */
export function RecordFilters({
  value,
  onChange,
  customerName,
}: {
  value: RecordFilterValues;
  onChange(patch: Partial<RecordFilterValues>): void;
  customerName?: string;
}) {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const assigns = can(me, 'followups.assign');
  const people = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Colleague[] }>('/api/v1/users/directory'),
    enabled: assigns,
  });
  const flag = (checked: boolean) => (checked ? true : undefined);
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="record-filters">
      {value.customerId ? (
        <Tag closable onClose={() => onChange({ customerId: undefined })} data-testid="customer-filter">
          {t('records.filter.customer', { name: customerName ?? `#${value.customerId}` })}
        </Tag>
      ) : null}
      <Select
        allowClear
        style={{ width: 130 }}
        placeholder={t('records.reviewStatus')}
        aria-label={t('records.reviewStatus')}
        value={value.reviewStatus}
        onChange={(reviewStatus) => onChange({ reviewStatus })}
        options={REVIEW_STATUSES.map((s) => ({ value: s, label: t(`records.status.${s}` as MessageKey) }))}
        data-testid="filter-review-status"
      />
      <Select
        allowClear
        style={{ width: 130 }}
        placeholder={t('records.method')}
        aria-label={t('records.method')}
        value={value.method}
        onChange={(method) => onChange({ method })}
        options={optionsOf(FOLLOWUP_METHODS, locale)}
        data-testid="filter-method"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t('records.filter.from'), t('records.filter.to')]}
        value={[day(value.from), day(value.to)]}
        onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      {assigns ? (
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          placeholder={t('records.staff')}
          aria-label={t('records.staff')}
          value={value.staffId}
          onChange={(staffId) => onChange({ staffId })}
          loading={people.isLoading}
          options={(people.data?.items ?? []).map((p) => ({
            value: p.id,
            label: p.departmentName ? `${p.displayName}（${p.departmentName}）` : p.displayName,
          }))}
          data-testid="filter-staff"
        />
      ) : null}
      <Checkbox
        checked={!!value.poor}
        onChange={(e) => onChange({ poor: flag(e.target.checked) })}
        data-testid="filter-poor"
      >
        {t('records.filter.poor')}
      </Checkbox>
      <Checkbox
        checked={!!value.reviewOverdue}
        onChange={(e) => onChange({ reviewOverdue: flag(e.target.checked) })}
        data-testid="filter-overdue"
      >
        {t('records.filter.overdue')}
      </Checkbox>
      <Checkbox
        checked={!!value.issueRequested}
        onChange={(e) => onChange({ issueRequested: flag(e.target.checked) })}
        data-testid="filter-issue"
      >
        {t('records.filter.issue')}
      </Checkbox>
    </Space>
  );
}
