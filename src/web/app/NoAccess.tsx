import { Button, Result } from 'antd';
import { Link, useNavigate } from 'react-router';
import { can, useMe } from './auth.tsx';
import { useI18n } from './i18n.tsx';
import { label, PERMISSION_LABELS } from './labels.ts';

/**
 * Shown in place of a page the user may not open: which permission it takes, in words, and whom to ask. Roles are
 * granted by whoever manages them, so that user is sent to 角色权限 rather than told to ask the administrator.
 */
export function NoAccess({ missing }: { missing: readonly string[] }) {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const permissions = missing
    .map((p) => t('noAccess.permission', { name: label(PERMISSION_LABELS, p, locale) }))
    .join(t('noAccess.or'));
  return (
    <div data-testid="no-access">
      <Result
        status="403"
        title={t('noAccess.title')}
        subTitle={
          <>
            <div>{t('noAccess.needs', { permissions })}</div>
            {can(me, 'roles.manage') ? (
              <div>
                {t('noAccess.grantYourself')} <Link to="/settings/roles">{t('menu.roles')}</Link>
              </div>
            ) : (
              <div>{t('noAccess.ask')}</div>
            )}
          </>
        }
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('noAccess.home')}
          </Button>
        }
      />
    </div>
  );
}
