import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { get, type Page, query } from '../../api/client.ts';
import type { CustomerListItem } from '../../api/types.ts';

/** The text typed, once typing pauses: one search per pause, not per key. */
function useSettled(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const labelOf = (c: Pick<CustomerListItem, 'name' | 'code'>) => `${c.name}（${c.code}）`;

/**
 * A customer picked by name or 客户编号, searched on the server among the customers one may read (the first 20
 * before anything is typed). A form field: its value is the customer's id.
 */
export function CustomerSelect({
  value,
  onChange,
  placeholder,
  id,
  testId,
  mine,
}: {
  value?: number;
  onChange?(value: number | undefined): void;
  placeholder?: string;
  id?: string;
  testId?: string;
  /** Only the customers one owns or serves (我的客户): where the server accepts no other. */
  mine?: boolean;
}) {
  const [typed, setTyped] = useState('');
  const term = useSettled(typed.trim());
  const found = useQuery({
    queryKey: ['customers', 'pick', term, mine === true],
    queryFn: () =>
      get<Page<CustomerListItem>>(
        `/api/v1/customers${query({ q: term, limit: 20, ...(mine ? { mine: true } : {}) })}`,
      ),
  });
  // The chosen one keeps its name when a later search no longer finds it.
  const known = useRef(new Map<number, string>());
  for (const c of found.data?.items ?? []) known.current.set(c.id, labelOf(c));
  const options = (found.data?.items ?? []).map((c) => ({ value: c.id, label: labelOf(c) }));
  if (value !== undefined && !options.some((o) => o.value === value))
    options.unshift({ value, label: known.current.get(value) ?? `#${value}` });
  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value}
      onChange={(v) => onChange?.(v)}
      onClear={() => setTyped('')}
      placeholder={placeholder}
      loading={found.isFetching}
      options={options}
      data-testid={testId}
    />
  );
}
