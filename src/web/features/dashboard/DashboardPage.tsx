import { AppstoreOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { get } from '../../api/client.ts';
import type { RoleList } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { menuItems } from '../../app/menu.tsx';
import { SetupChecklist } from '../setup/SetupChecklist.tsx';

export function DashboardPage() {
  const { data: me } = useMe();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const roles = useQuery({ queryKey: ['roles'], queryFn: () => get<RoleList>('/api/v1/roles') });
  if (!me) return null;
  const names = new Map((roles.data?.items ?? []).map((r) => [r.key, locale === 'en' ? r.nameEn : r.nameZh]));
  const shortcuts = (menuItems(me, t) ?? [])
    .flatMap((item) => (item && 'children' in item && item.children ? item.children : [item]))
    .filter(
      (item): item is { key: string; label: string; icon?: React.ReactNode } =>
        !!item && 'label' in item && item.key !== '/',
    );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="greeting">
          {t('dashboard.hello', { name: me.displayName })}
        </Typography.Title>
        <Space wrap>
          <Typography.Text type="secondary">{t('dashboard.roles')}:</Typography.Text>
          {me.roles.map((r) => (
            <Tag color="blue" key={r}>
              {names.get(r) ?? r}
            </Tag>
          ))}
        </Space>
      </Card>
      {/* The administrator's first steps after installation, until they are done. */}
      {can(me, 'settings.manage') && <SetupChecklist />}
      <Card title={t('dashboard.shortcuts')}>
        <Row gutter={[16, 16]}>
          {shortcuts.map((item) => (
            <Col key={item.key} xs={24} sm={12} md={8} lg={6}>
              <Card hoverable onClick={() => navigate(item.key)} size="small">
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Space>
                    <Typography.Text type="secondary">{item.icon ?? <AppstoreOutlined />}</Typography.Text>
                    {item.label}
                  </Space>
                  <RightOutlined style={{ color: '#bfbfbf', fontSize: 12 }} />
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
    </Space>
  );
}
