import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState } from 'react';
import { useI18n } from './i18n.tsx';

/** A table column with a stable key, so the choice survives reloads and language switches. */
export type ChoosableColumn<T> = ColumnType<T> & { key: string };

function storedHidden(storageKey: string, defaultHidden: string[]): string[] {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored === null) return defaultHidden;
    const value = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : defaultHidden;
  } catch {
    return defaultHidden;
  }
}

/**
 * 列设置: which columns a table shows, remembered per browser (until then `defaultHidden` are off). `fixed` columns (e.g. the name) cannot be
 * hidden, so a row can always be recognised and opened.
 */
export function useColumnChooser<T>(
  tableKey: string,
  columns: ChoosableColumn<T>[],
  options: {
    fixed?: string[];
    defaultHidden?: string[];
    /** Shown now whatever the choice, e.g. the column a filter is about; its box is ticked and cannot be cleared. */
    required?: string[];
  } = {},
) {
  const { fixed = [], defaultHidden = [], required = [] } = options;
  const always = [...fixed, ...required];
  const { t } = useI18n();
  const storageKey = `huifang.columns.${tableKey}`;
  const [hidden, setHidden] = useState<string[]>(() => storedHidden(storageKey, defaultHidden));
  const toggle = (key: string, shown: boolean) => {
    const next = shown ? hidden.filter((k) => k !== key) : [...hidden, key];
    setHidden(next);
    localStorage.setItem(storageKey, JSON.stringify(next));
  };
  const chooser = (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('table.columns')}
      content={
        <Space direction="vertical" size={4}>
          {columns.map((c) => (
            <Checkbox
              key={c.key}
              checked={always.includes(c.key) || !hidden.includes(c.key)}
              disabled={always.includes(c.key)}
              onChange={(e) => toggle(c.key, e.target.checked)}
            >
              {c.title as string}
            </Checkbox>
          ))}
        </Space>
      }
    >
      <Button icon={<SettingOutlined />} aria-label={t('table.columns')}>
        {t('table.columns')}
      </Button>
    </Popover>
  );
  return { columns: columns.filter((c) => always.includes(c.key) || !hidden.includes(c.key)), chooser };
}
