import { Input, Segmented, Select, Space } from 'antd';
import {
  ISSUE_CATEGORIES,
  ISSUE_STATUSES,
  type IssueStatus,
  URGENCIES,
  type Urgency,
} from '../../../domain/issues/vocabulary.ts';
import { useI18n } from '../../app/i18n.tsx';
import { optionsOf } from '../followups/words.ts';
import type { IssueListParams } from './queries.ts';

/** The quick views: whose issues, or only those past a deadline. */
export const ISSUE_VIEWS = ['mine', 'myDepartment', 'breaching', 'all'] as const;
export type IssueView = (typeof ISSUE_VIEWS)[number];

export interface IssueFilterValues {
  view: IssueView;
  status: IssueStatus[];
  urgency: Urgency[];
  category?: string;
  q?: string;
}

/** The filters as the server takes them: the view as its flag, lists comma-separated. */
export function listParams(f: IssueFilterValues): IssueListParams {
  return {
    ...(f.view === 'all' ? {} : { [f.view]: true }),
    status: f.status.length ? f.status.join(',') : undefined,
    urgency: f.urgency.length ? f.urgency.join(',') : undefined,
    category: f.category || undefined,
    q: f.q?.trim() || undefined,
  };
}

/** 我负责的 / 本部门 / 已超时 / 全部, then status, urgency, category and a search, each applied by the server. */
export function IssueFilters({
  value,
  onChange,
}: {
  value: IssueFilterValues;
  onChange(patch: Partial<IssueFilterValues>): void;
}) {
  const { t, locale } = useI18n();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', marginBottom: 12 }}>
      <Segmented<IssueView>
        value={value.view}
        onChange={(view) => onChange({ view })}
        options={ISSUE_VIEWS.map((v) => ({ value: v, label: t(`issues.view.${v}`) }))}
        data-testid="issue-view"
      />
      <Space wrap data-testid="issue-filters">
        <Select<IssueStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 220 }}
          placeholder={t('issues.status')}
          aria-label={t('issues.status')}
          value={value.status}
          onChange={(status) => onChange({ status })}
          options={optionsOf(ISSUE_STATUSES, locale)}
          data-testid="filter-status"
        />
        <Select<Urgency[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 180 }}
          placeholder={t('issues.urgency')}
          aria-label={t('issues.urgency')}
          value={value.urgency}
          onChange={(urgency) => onChange({ urgency })}
          options={optionsOf(URGENCIES, locale)}
          data-testid="filter-urgency"
        />
        <Select
          allowClear
          showSearch
          style={{ width: 150 }}
          placeholder={t('issues.category')}
          aria-label={t('issues.category')}
          value={value.category}
          onChange={(category) => onChange({ category })}
          options={ISSUE_CATEGORIES.map((c) => ({ value: c, label: c }))}
          data-testid="filter-category"
        />
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('issues.search')}
          defaultValue={value.q}
          onSearch={(q) => onChange({ q })}
          data-testid="filter-q"
        />
      </Space>
    </Space>
  );
}
