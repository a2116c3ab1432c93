import { QuestionCircleOutlined } from '@ant-design/icons';
import { Space, Tooltip } from 'antd';

/** A label with its definition on hover (a question mark beside it): how a figure is arrived at. */
export function Explained({ label, help }: { label: string; help: string }) {
  return (
    <Space size={4}>
      {label}
      <Tooltip title={help}>
        <QuestionCircleOutlined aria-label={help} tabIndex={0} style={{ color: 'rgba(0,0,0,0.45)' }} />
      </Tooltip>
    </Space>
  );
}
