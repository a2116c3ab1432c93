import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from './i18n.tsx';
import { label, PERMISSION_LABELS } from './labels.ts';

/** Shown in place of a page the user may not open: which permission it takes, in words, and whom to ask. */
export function NoAccess({ missing }: { missing: readonly string[] }) {
  const { t, locale } = useI18n();
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
            {/* /auth/me names no supervisor or department manager yet, so the administrator is whom to ask. */}
            <div>{t('noAccess.ask')}</div>
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
