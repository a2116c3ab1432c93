import type { ReactNode } from 'react';

const LIST = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 } as const;
const CARD = {
  border: '1px solid #f0f0f0',
  borderRadius: 8,
  padding: '10px 12px',
  overflowWrap: 'anywhere',
} as const;

/**
 * What is a table on wider screens, on a phone: one bordered card per row, stacked, as a list (ul/li) so a screen
 * reader announces how many there are. A wide table would make the page scroll sideways.
 */
export function CardList<T>({
  items,
  itemKey,
  testId,
  children,
}: {
  items: T[];
  itemKey(item: T): string | number;
  /** data-testid of each card. */
  testId: string;
  children(item: T): ReactNode;
}) {
  return (
    <ul style={LIST}>
      {items.map((item) => (
        <li key={itemKey(item)} data-testid={testId} style={CARD}>
          {children(item)}
        </li>
      ))}
    </ul>
  );
}
