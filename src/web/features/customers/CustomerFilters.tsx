import { useQuery } from '@tanstack/react-query';
import { Checkbox, Input, Segmented, Select, Space } from 'antd';
import { get } from '../../api/client.ts';
import type { Colleague } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CUSTOMER_KIND_LABELS, CUSTOMER_STATUS_LABELS, label } from '../../app/labels.ts';
import { PROVINCES } from '../../app/regions.ts';

export interface CustomerFilterValues {
  q?: string;
  tier?: string;
  kind?: string;
  industry?: string;
  province?: string;
  ownerId?: number;
  /** 我的客户: owned or served as agent by the one signed in. */
  mine?: boolean;
  status?: string;
  tag?: string;
  doNotContact?: boolean;
  staleDays?: number;
  sort?: string;
}

/** Every filter the customer list API takes, in the order people narrow a list down. */
export function CustomerFilters({
  onChange,
  basicOnly,
  mine,
  onMineChange,
}: {
  onChange(patch: CustomerFilterValues): void;
  /** Marketing sees name, industry and region only, and may not filter by anything else. */
  basicOnly: boolean;
  /** 我的客户 or 全部客户 (a quick filter kept in the address by the page). */
  mine: boolean;
  onMineChange(mine: boolean): void;
}) {
  const { t, locale } = useI18n();
  const people = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Colleague[] }>('/api/v1/users/directory'),
  });
  const options = (labels: Record<string, readonly [string, string]>) =>
    Object.keys(labels).map((value) => ({ value, label: label(labels, value, locale) }));
  const text = (value: string) => value.trim() || undefined;
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {!basicOnly && (
        <Segmented
          aria-label={t('customers.scope')}
          value={mine ? 'mine' : 'all'}
          options={[
            { value: 'mine', label: t('customers.mine') },
            { value: 'all', label: t('customers.all') },
          ]}
          onChange={(value) => onMineChange(value === 'mine')}
        />
      )}
      <Input.Search
        placeholder={t('customers.keyword')}
        allowClear
        style={{ width: 300 }}
        onSearch={(q) => onChange({ q: text(q) })}
      />
      {!basicOnly && (
        <Select
          placeholder={t('customers.tier')}
          allowClear
          style={{ width: 110 }}
          options={['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v }))}
          onChange={(tier) => onChange({ tier })}
        />
      )}
      {!basicOnly && (
        <Select
          placeholder={t('customers.kind')}
          allowClear
          style={{ width: 110 }}
          options={options(CUSTOMER_KIND_LABELS)}
          onChange={(kind) => onChange({ kind })}
        />
      )}
      <Select
        placeholder={t('customers.province')}
        allowClear
        showSearch
        style={{ width: 140 }}
        options={PROVINCES.map((p) => ({ value: p, label: p }))}
        onChange={(province) => onChange({ province })}
      />
      <Input
        placeholder={t('customers.industry')}
        allowClear
        style={{ width: 120 }}
        onBlur={(e) => onChange({ industry: text(e.target.value) })}
        onPressEnter={(e) => onChange({ industry: text(e.currentTarget.value) })}
      />
      {!basicOnly && (
        <Select
          placeholder={t('customers.owner')}
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 160 }}
          loading={people.isLoading}
          options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
          onChange={(ownerId) => onChange({ ownerId })}
        />
      )}
      {!basicOnly && (
        <Select
          placeholder={t('customers.status')}
          allowClear
          style={{ width: 110 }}
          options={options(CUSTOMER_STATUS_LABELS)}
          onChange={(status) => onChange({ status })}
        />
      )}
      {!basicOnly && (
        <Input
          placeholder={t('customers.tag')}
          allowClear
          style={{ width: 120 }}
          onBlur={(e) => onChange({ tag: text(e.target.value) })}
          onPressEnter={(e) => onChange({ tag: text(e.currentTarget.value) })}
        />
      )}
      <Checkbox onChange={(e) => onChange({ doNotContact: e.target.checked || undefined })}>
        {t('customers.dnc')}
      </Checkbox>
      {!basicOnly && (
        <Checkbox onChange={(e) => onChange({ staleDays: e.target.checked ? 30 : undefined })}>
          {t('customers.stale')}
        </Checkbox>
      )}
    </Space>
  );
}
