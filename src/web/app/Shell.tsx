import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { post } from '../api/client.ts';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal.tsx';
import { CalendarBanner } from '../features/calendar/CalendarBanner.tsx';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { useMe } from './auth.tsx';
import { useI18n } from './i18n.tsx';
import { menuItems, selectedMenuKey } from './menu.tsx';
import { NoAccess } from './NoAccess.tsx';
import { missingPermissions } from './page-access.ts';

export function Shell() {
  const { data: me, isLoading } = useMe();
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const [changingPassword, setChangingPassword] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const screens = Grid.useBreakpoint();

  if (isLoading) return null;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  const signOut = async () => {
    await post('/api/v1/auth/logout').catch(() => undefined);
    client.clear();
    navigate('/login');
  };
  const items = menuItems(me, t);
  const missing = missingPermissions(me, location.pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={208}
        theme="dark"
        breakpoint="lg"
        collapsedWidth={64}
        collapsed={collapsed}
        onBreakpoint={setCollapsed}
      >
        <div
          style={{
            color: '#fff',
            fontSize: 18,
            fontWeight: 600,
            padding: collapsed ? '18px 0' : '18px 24px',
            textAlign: collapsed ? 'center' : 'left',
            whiteSpace: 'nowrap',
          }}
        >
          {collapsed ? '回访' : t('app.name')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selectedMenuKey(items, location.pathname)]}
          defaultOpenKeys={['customers', 'followups', 'settings']}
          items={items}
          onClick={({ key }) => navigate(key)}
          data-testid="side-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 16,
          }}
        >
          {me.mustChangePassword ? null : <NotificationBell />}
          {/* Opened by a click: a tablet has no hover, and a hover menu closes as the pointer crosses to it. */}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'password', label: t('user.changePassword') },
                { key: 'tokens', label: t('user.tokens') },
                { key: 'language', label: t('user.language') },
                { type: 'divider' },
                { key: 'logout', label: t('user.logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'password') setChangingPassword(true);
                if (key === 'tokens') navigate('/account/tokens');
                if (key === 'language') setLocale(locale === 'en' ? 'zh-CN' : 'en');
                if (key === 'logout') void signOut();
              },
            }}
          >
            <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
              <UserOutlined />
              <Typography.Text>{me.displayName}</Typography.Text>
              <DownOutlined />
            </Space>
          </Dropdown>
        </Layout.Header>
        <CalendarBanner me={me} />
        {/* A phone keeps its narrow width for the page, not for the margins. */}
        <Layout.Content style={{ margin: screens.sm === false ? 12 : 24 }}>
          {/* Until a temporary password is changed the API answers nothing else: pages wait for the modal. */}
          {/* A page opened by URL without its permission says so, instead of an empty table or a failing form. */}
          {me.mustChangePassword ? null : missing.length > 0 ? <NoAccess missing={missing} /> : <Outlet />}
        </Layout.Content>
      </Layout>
      <ChangePasswordModal
        open={me.mustChangePassword || changingPassword}
        forced={me.mustChangePassword}
        onDone={() => setChangingPassword(false)}
      />
    </Layout>
  );
}
