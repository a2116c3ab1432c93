import { type TableProps, Typography } from 'antd';

/**
 * A long text of every row (a request's reason) shown in full under it, across the table: read before
 * deciding, it would be squeezed in a column.
 */
export function textBelowRows<T extends { id: number }>(
  rows: T[],
  /** With its colon, in the user's language (原因： / Reasons: ). */
  label: string,
  text: (row: T) => string,
): TableProps<T>['expandable'] {
  return {
    expandedRowKeys: rows.map((r) => r.id),
    showExpandColumn: false,
    expandedRowRender: (row) => (
      <Typography.Paragraph style={{ margin: 0 }}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        {text(row)}
      </Typography.Paragraph>
    ),
  };
}
