import { DownOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Dropdown, Layout, Menu } from 'antd';
import { useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { post } from '../api/client.ts';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal.tsx';
import { CalendarBanner } from '../features/calendar/CalendarBanner.tsx';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { useAccountLocale } from './account-locale.ts';
import { useMe } from './auth.tsx';
import { useI18n } from './i18n.tsx';
import { menuItems, menuLabel, selectedMenuKey } from './menu.tsx';
import { NoAccess } from './NoAccess.tsx';
import { missingPermissions } from './page-access.ts';
import { useScreens } from './screens.ts';

export function Shell() {
  const { data: me, isLoading } = useMe();
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const [changingPassword, setChangingPassword] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const screens = useScreens();
  const phone = screens.md === false;
  useAccountLocale(me);

  if (isLoading) return null;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  const signOut = async () => {
    await post('/api/v1/auth/logout').catch(() => undefined);
    client.clear();
    navigate('/login');
  };
  const items = menuItems(me, t);
  const missing = missingPermissions(me, location.pathname);

  const selected = selectedMenuKey(items, location.pathname);
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      defaultOpenKeys={['customers', 'followups', 'settings']}
      items={items}
      // Ant Design wraps each entry in a tooltip for a collapsed side bar only (the label is hidden there): drawn
      // for all 25 entries on every first load, they cost it ~0.05 s (issue 13).
      tooltip={collapsed && !phone ? undefined : false}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      data-testid="side-menu"
    />
  );
  const brand = (short: boolean) => (
    <div
      style={{
        color: '#fff',
        fontSize: 18,
        fontWeight: 600,
        padding: short ? '18px 0' : '18px 24px',
        textAlign: short ? 'center' : 'left',
        whiteSpace: 'nowrap',
      }}
    >
      {short ? '回访' : t('app.name')}
    </div>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* A phone gets the menu in a drawer: a side bar would take a third of its width. */}
      {phone ? (
        <Drawer
          placement="left"
          size={256}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          title={null}
        >
          {brand(false)}
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider
          width={208}
          theme="dark"
          breakpoint="lg"
          collapsedWidth={64}
          collapsed={collapsed}
          onBreakpoint={setCollapsed}
        >
          {brand(collapsed)}
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            padding: phone ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: phone ? 8 : 16,
          }}
        >
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('shell.openMenu')}
              onClick={() => setDrawerOpen(true)}
              data-testid="menu-button"
            />
          )}
          {/* The page's name as its one h1, for screen readers and the document outline; the card title shows it. */}
          <h1 className="hf-visually-hidden">{menuLabel(items, selected) || t('app.name')}</h1>
          <div style={{ flex: 1 }} />
          {me.mustChangePassword ? null : <NotificationBell />}
          {/* Opened by a click or the keyboard: a tablet has no hover, and a hover menu closes as the pointer crosses to it. */}
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
            <Button
              type="text"
              data-testid="user-menu"
              aria-label={t('shell.userMenu', { name: me.displayName })}
            >
              <UserOutlined />
              {phone ? null : me.displayName}
              <DownOutlined />
            </Button>
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
