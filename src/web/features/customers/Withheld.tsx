import { LockOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { AccessLevel } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';

/**
 * A value the viewer may not see: a lock and 无权查看, never the "—" of an empty field; with 申请查阅 (a 查阅申请 at
 * the level that opens it) where the viewer may ask.
 */
export function Withheld({
  level,
  onRequest,
}: {
  level: AccessLevel;
  onRequest?: (level: AccessLevel) => void;
}) {
  const { t } = useI18n();
  return (
    <Space size={4} data-testid="withheld">
      <Typography.Text type="secondary">
        <LockOutlined aria-hidden /> {t('customers.hidden')}
      </Typography.Text>
      {onRequest && (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto' }}
          onClick={() => onRequest(level)}
          data-testid="withheld-request"
          data-level={level}
        >
          {t('customers.requestAccess')}
        </Button>
      )}
    </Space>
  );
}
