import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Input, Segmented, Select, Space } from 'antd';
import { type CSSProperties, Fragment, type ReactElement, useState } from 'react';
import { get } from '../../api/client.ts';
import type { Colleague } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CUSTOMER_KIND_LABELS, CUSTOMER_STATUS_LABELS, label } from '../../app/labels.ts';
import { PROVINCES } from '../../app/regions.ts';
import { useScreens } from '../../app/screens.ts';

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
  /** 回访: 下次回访 passed, due within 7 days, or never followed up. */
  followup?: 'overdue' | 'due7' | 'never';
  sort?: string;
}

const FOLLOWUP_FILTERS = ['overdue', 'due7', 'never'] as const;

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
  // The colleagues (负责客户经理's options, ~35 KB with 2 000 users) are asked for when the pointer or the focus
  // reaches that filter, not with the page: on a cold load they competed with the first rows (issue 13).
  const [peopleWanted, setPeopleWanted] = useState(false);
  const wantPeople = () => setPeopleWanted(true);
  const people = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Colleague[] }>('/api/v1/users/directory'),
    enabled: peopleWanted,
  });
  const options = (labels: Record<string, readonly [string, string]>) =>
    Object.keys(labels).map((value) => ({ value, label: label(labels, value, locale) }));
  const text = (value: string) => value.trim() || undefined;
  // On a phone the filters fill two columns (the scope and the search the whole width) instead of running off
  // the screen at their desktop widths.
  const phone = useScreens().sm === false;
  const width = (desktop: number): CSSProperties => ({ width: phone ? '100%' : desktop });
  /** A filter picked from a few choices, named by its placeholder. */
  const choice = <V extends string>(
    title: 'customers.tier' | 'customers.kind' | 'customers.status' | 'customers.followupFilter',
    choices: { value: V; label: string }[],
    desktopWidth: number,
    pick: (value?: V) => void,
  ) => (
    <Select
      placeholder={t(title)}
      aria-label={t(title)}
      allowClear
      style={width(desktopWidth)}
      options={choices}
      onChange={pick}
    />
  );
  const controls: { key: string; wide?: boolean; flag?: boolean; element: ReactElement | false }[] = [
    {
      key: 'scope',
      wide: true,
      element: !basicOnly && (
        <Segmented
          aria-label={t('customers.scope')}
          block={phone}
          value={mine ? 'mine' : 'all'}
          options={[
            { value: 'mine', label: t('customers.mine') },
            { value: 'all', label: t('customers.all') },
          ]}
          onChange={(value) => onMineChange(value === 'mine')}
        />
      ),
    },
    {
      key: 'q',
      wide: true,
      element: (
        <Input.Search
          placeholder={t('customers.keyword')}
          aria-label={t('customers.keyword')}
          allowClear
          style={width(300)}
          enterButton={<Button icon={<SearchOutlined />} aria-label={t('common.search')} />}
          onSearch={(q) => onChange({ q: text(q) })}
        />
      ),
    },
    {
      key: 'tier',
      element:
        !basicOnly &&
        choice(
          'customers.tier',
          ['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v })),
          110,
          (tier) => onChange({ tier }),
        ),
    },
    {
      key: 'kind',
      element:
        !basicOnly &&
        choice('customers.kind', options(CUSTOMER_KIND_LABELS), 110, (kind) => onChange({ kind })),
    },
    {
      key: 'province',
      element: (
        <Select
          placeholder={t('customers.province')}
          aria-label={t('customers.province')}
          allowClear
          showSearch
          style={width(140)}
          options={PROVINCES.map((p) => ({ value: p, label: p }))}
          onChange={(province) => onChange({ province })}
        />
      ),
    },
    {
      key: 'industry',
      element: (
        <Input
          placeholder={t('customers.industry')}
          aria-label={t('customers.industry')}
          allowClear
          style={width(120)}
          onBlur={(e) => onChange({ industry: text(e.target.value) })}
          onPressEnter={(e) => onChange({ industry: text(e.currentTarget.value) })}
        />
      ),
    },
    {
      key: 'owner',
      element: !basicOnly && (
        <Select
          placeholder={t('customers.owner')}
          aria-label={t('customers.owner')}
          allowClear
          showSearch
          optionFilterProp="label"
          style={width(160)}
          loading={people.isLoading}
          onMouseEnter={wantPeople}
          onFocus={wantPeople}
          onOpenChange={(open) => open && wantPeople()}
          options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
          onChange={(ownerId) => onChange({ ownerId })}
        />
      ),
    },
    {
      key: 'status',
      element:
        !basicOnly &&
        choice('customers.status', options(CUSTOMER_STATUS_LABELS), 110, (status) => onChange({ status })),
    },
    {
      key: 'followup',
      element:
        !basicOnly &&
        choice(
          'customers.followupFilter',
          FOLLOWUP_FILTERS.map((value) => ({
            value,
            label: t(`customers.followupFilter.${value}`),
          })),
          130,
          (followup) => onChange({ followup }),
        ),
    },
    {
      key: 'tag',
      element: !basicOnly && (
        <Input
          placeholder={t('customers.tag')}
          aria-label={t('customers.tag')}
          allowClear
          style={width(120)}
          onBlur={(e) => onChange({ tag: text(e.target.value) })}
          onPressEnter={(e) => onChange({ tag: text(e.currentTarget.value) })}
        />
      ),
    },
    {
      key: 'dnc',
      flag: true,
      element: (
        <Checkbox onChange={(e) => onChange({ doNotContact: e.target.checked || undefined })}>
          {t('customers.dnc')}
        </Checkbox>
      ),
    },
    {
      key: 'stale',
      flag: true,
      element: !basicOnly && (
        <Checkbox onChange={(e) => onChange({ staleDays: e.target.checked ? 30 : undefined })}>
          {t('customers.stale')}
        </Checkbox>
      ),
    },
  ];
  const shown = controls.filter((c) => c.element);
  if (phone) {
    return (
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          gap: 8,
          marginBottom: 12,
        }}
      >
        {shown
          .filter((c) => !c.flag)
          .map((c) => (
            <div key={c.key} style={{ gridColumn: c.wide ? '1 / -1' : undefined, minWidth: 0 }}>
              {c.element}
            </div>
          ))}
        {/* The check boxes share a row of their own (two labelled boxes do not fit half a phone's width). */}
        <div style={{ gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', rowGap: 4 }}>
          {shown
            .filter((c) => c.flag)
            .map((c) => (
              <Fragment key={c.key}>{c.element}</Fragment>
            ))}
        </div>
      </div>
    );
  }
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {shown.map((c) => (
        <Fragment key={c.key}>{c.element}</Fragment>
      ))}
    </Space>
  );
}
