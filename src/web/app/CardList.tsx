import { Empty, Spin, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useScreens } from './screens.ts';

const LIST = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 } as const;
const CARD = {
  border: '1px solid #f0f0f0',
  borderRadius: 8,
  padding: '10px 12px',
  overflowWrap: 'anywhere',
} as const;

/**
 * What is a table on wider screens, on a phone: one bordered card per row, stacked, as a list (ul/li) so a screen
 * reader announces how many there are. A wide table would make the page scroll sideways. With `loading` (a list
 * page's own query) it spins like the table would, and says there is nothing once loaded and empty.
 */
export function CardList<T>({
  items,
  itemKey,
  testId,
  loading,
  children,
}: {
  items: T[];
  itemKey(item: T): string | number;
  /** data-testid of each card. */
  testId: string;
  loading?: boolean;
  children(item: T): ReactNode;
}) {
  const list = (
    <ul style={LIST}>
      {items.map((item) => (
        <li key={itemKey(item)} data-testid={testId} style={CARD}>
          {children(item)}
        </li>
      ))}
    </ul>
  );
  if (loading === undefined) return list;
  return (
    <Spin spinning={loading}>
      {items.length === 0 && !loading ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : list}
    </Spin>
  );
}

/**
 * A list page's rows: the table on wider screens, below 576 px (a phone) `card` of each row in a CardList — the
 * table would scroll inside itself, out of a thumb's reach. Both carry `testId`; each card `cardTestId`. The table
 * shows every row loaded (paging is the page's 加载更多).
 */
export function TableOrCards<T extends object>({
  rows,
  rowKey,
  loading,
  testId,
  cardTestId,
  card,
  table,
}: {
  rows: T[];
  rowKey(row: T): string | number;
  loading: boolean;
  testId: string;
  cardTestId: string;
  card(row: T): ReactNode;
  /** The table's own: its columns, and size, scroll and onRow where they differ. */
  table: Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'loading' | 'pagination'>;
}) {
  const phone = useScreens().sm === false;
  if (!phone)
    return (
      <Table<T>
        size="middle"
        {...table}
        rowKey={rowKey}
        loading={loading}
        dataSource={rows}
        pagination={false}
        data-testid={testId}
      />
    );
  return (
    <div data-testid={testId}>
      <CardList items={rows} itemKey={rowKey} testId={cardTestId} loading={loading}>
        {card}
      </CardList>
    </div>
  );
}
