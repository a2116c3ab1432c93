import { Alert } from 'antd';
import { Link } from 'react-router';
import type { Me } from '../../api/types.ts';
import { can } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { listYears, useCalendarYears } from './calendar-client.ts';

/**
 * For those who can enter it: this year or the next has no holiday arrangement, so deadlines count weekends only.
 * Asked once a session (the page that enters the year refreshes it); others see nothing.
 */
export function CalendarBanner({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const admin = can(me, 'settings.manage') && !me.mustChangePassword;
  const years = useCalendarYears({ enabled: admin, staleTime: Number.POSITIVE_INFINITY });
  const missing = years.data?.missingYears ?? [];
  if (!admin || missing.length === 0) return null;
  return (
    <Alert
      banner
      type="warning"
      data-testid="calendar-banner"
      title={
        <span>
          {t('calendar.banner', { years: listYears(missing, locale) })}
          <Link to={`/settings/calendar?year=${missing[0]}`} style={{ marginInlineStart: 8 }}>
            {t('calendar.bannerLink')}
          </Link>
        </span>
      }
    />
  );
}
