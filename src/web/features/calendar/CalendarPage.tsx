import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n.tsx';
import { HoursForm } from './HoursForm.tsx';
import { WorkingDayTool } from './WorkingDayTool.tsx';
import { YearsPanel } from './YearsPanel.tsx';

/** 系统设置 → 节假日与工作时间: the yearly holiday arrangements, the company's hours, and a working-day calculator. */
export function CalendarPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  return (
    <Card title={t('menu.calendar')}>
      <Tabs
        items={[
          { key: 'years', label: t('calendar.tab.years'), children: <YearsPanel initialYear={year} /> },
          { key: 'hours', label: t('calendar.tab.hours'), children: <HoursForm /> },
          { key: 'tool', label: t('calendar.tab.tool'), children: <WorkingDayTool /> },
        ]}
      />
    </Card>
  );
}
