import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Calendar, Flex, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { get, query } from '../../api/client.ts';
import type { TaskCalendar, TeamView } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { useScreens } from '../../app/screens.ts';
import { zoneToday } from '../../app/zone.ts';
import { CalendarDay, type Whose, whoseParams } from './CalendarDay.tsx';

type Counts = Omit<TaskCalendar['days'][number], 'date'>;

const LINES = [
  { key: 'open', word: 'cal.open', long: 'team.open', color: '#1677ff' },
  { key: 'overdue', word: 'cal.overdue', long: 'team.overdue', color: '#ff4d4f' },
  { key: 'done', word: 'cal.done', long: 'team.done', color: '#52c41a' },
  { key: 'unreachable', word: 'cal.unreachable', long: 'team.unreachable', color: '#faad14' },
] as const;

/** 待办 n, 逾期 n (red), 完成 n, 未接通 n, a line each (short words; the tooltip says it in full): what is nought is left out. */
function DayCounts({ counts }: { counts: Counts }) {
  const { t } = useI18n();
  return (
    <div className="hf-cal-counts" data-testid="cal-counts">
      {LINES.filter((line) => counts[line.key] > 0).map((line) => {
        const text = t(line.word, { n: counts[line.key] });
        return (
          <div
            key={line.key}
            className={`hf-cal-line${line.key === 'overdue' ? ' hf-cal-line-alert' : ''}`}
            title={t(line.long, { n: counts[line.key] })}
            data-testid={`cal-${line.key}`}
          >
            <span className="hf-cal-mark" style={{ background: line.color }} />
            {text}
          </div>
        );
      })}
    </div>
  );
}

/** The mark a day carries on a phone: red when something is overdue, blue when open, green when all is done. */
function dotColor(c: Counts): string {
  if (c.overdue > 0) return '#ff4d4f';
  if (c.open > 0) return '#1677ff';
  return c.done > 0 ? '#52c41a' : '#faad14';
}

/**
 * 回访日历: a month of follow-up tasks, counted on the day each starts (the company's zone) — one's own, and for
 * who assigns work a team member's or the whole team's. A day opens its tasks.
 */
export function CalendarView() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const zone = useCompanyZone();
  const screens = useScreens();
  const today = zoneToday(zone);
  const assigns = can(me, 'followups.assign');
  // The day the calendar points at (its month is the month shown), and the day whose tasks are open.
  const [cursor, setCursor] = useState(today);
  const [openDay, setOpenDay] = useState<string>();
  const [whose, setWhose] = useState<Whose>('me');
  const month = cursor.slice(0, 7);
  const team = useQuery({
    queryKey: ['worklist-team', 'people'],
    queryFn: () => get<TeamView>('/api/v1/worklist/team'),
    enabled: assigns,
    staleTime: 5 * 60_000,
  });
  const calendar = useQuery({
    queryKey: ['worklist-calendar', month, whose],
    queryFn: () =>
      get<TaskCalendar>(`/api/v1/worklist/calendar${query({ month, ...whoseParams(whose, undefined) })}`),
    placeholderData: keepPreviousData,
  });
  const byDate = new Map((calendar.data?.days ?? []).map((d) => [d.date, d]));
  const total: Counts = { open: 0, overdue: 0, done: 0, unreachable: 0 };
  for (const d of calendar.data?.days ?? []) {
    for (const k of ['open', 'overdue', 'done', 'unreachable'] as const) total[k] += d[k];
  }
  const full = screens.md !== false;
  const goTo = (m: string) => setCursor(m === today.slice(0, 7) ? today : `${m}-01`);
  const shift = (n: number) => goTo(dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM'));
  const pick = (date: Dayjs) => {
    const iso = date.format('YYYY-MM-DD');
    setCursor(iso);
    setOpenDay(iso);
  };

  const cell = (date: Dayjs) => {
    const iso = date.format('YYYY-MM-DD');
    const counts = iso.startsWith(month) ? byDate.get(iso) : undefined;
    const isToday = iso === today;
    if (!full) {
      return (
        <div className={`ant-picker-cell-inner hf-cal-mini${isToday ? ' hf-cal-mini-today' : ''}`}>
          {date.date()}
          {counts ? <span className="hf-cal-dot" style={{ background: dotColor(counts) }} /> : null}
        </div>
      );
    }
    return (
      <div
        className={`ant-picker-cell-inner ant-picker-calendar-date hf-cal-day${isToday ? ' ant-picker-calendar-date-today hf-cal-today' : ''}`}
        data-testid={`cal-day-${iso}`}
      >
        <div className="ant-picker-calendar-date-value">
          {isToday ? <span className="hf-cal-today-mark">{t('wb.today')}</span> : null}
          {String(date.date()).padStart(2, '0')}
        </div>
        <div className="ant-picker-calendar-date-content">
          {counts ? <DayCounts counts={counts} /> : null}
        </div>
      </div>
    );
  };

  const people = (team.data?.people ?? []).filter((p) => p.id !== me?.id);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={() => shift(-1)} data-testid="prev-month">
            {t('cal.prevMonth')}
          </Button>
          <Button onClick={() => goTo(today.slice(0, 7))} disabled={month === today.slice(0, 7)}>
            {t('cal.thisMonth')}
          </Button>
          <Button onClick={() => shift(1)} data-testid="next-month">
            {t('cal.nextMonth')} <RightOutlined />
          </Button>
          <Typography.Text strong style={{ fontSize: 16, marginLeft: 8 }} data-testid="cal-month">
            {dayjs(`${month}-01`)
              .locale(locale === 'en' ? 'en' : 'zh-cn')
              .format(locale === 'en' ? 'MMMM YYYY' : 'YYYY年M月')}
          </Typography.Text>
        </Space>
        {assigns ? (
          <Space>
            <Typography.Text type="secondary">{t('cal.whose')}</Typography.Text>
            <Select<Whose>
              style={{ minWidth: 180 }}
              value={whose}
              onChange={setWhose}
              showSearch={{ optionFilterProp: 'label' }}
              loading={team.isLoading}
              options={[
                { value: 'me', label: t('cal.me') },
                // Before the names: a big team's list scrolls, and the whole team is the usual other choice.
                { value: 'team', label: t('cal.team') },
                ...people.map((p) => ({ value: p.id, label: p.name })),
              ]}
              data-testid="cal-whose"
              aria-label={t('cal.whose')}
            />
          </Space>
        ) : null}
      </Flex>
      <Flex justify="space-between" align="flex-start" wrap gap={8} style={{ marginBottom: 4 }}>
        <Typography.Text type="secondary">{t('cal.hint')}</Typography.Text>
        <Space size={12} wrap data-testid="cal-total">
          <Typography.Text strong>{t('cal.monthTotal')}</Typography.Text>
          <Typography.Text>{t('team.open', { n: total.open })}</Typography.Text>
          <Typography.Text type={total.overdue > 0 ? 'danger' : undefined}>
            {t('team.overdue', { n: total.overdue })}
          </Typography.Text>
          <Typography.Text>{t('team.done', { n: total.done })}</Typography.Text>
          {total.unreachable > 0 ? (
            <Typography.Text>{t('team.unreachable', { n: total.unreachable })}</Typography.Text>
          ) : null}
        </Space>
      </Flex>
      <Spin spinning={calendar.isFetching && calendar.isPlaceholderData}>
        <div data-testid="task-calendar">
          <Calendar
            value={dayjs(cursor)}
            fullscreen={full}
            headerRender={() => null}
            fullCellRender={(date, info) => (info.type === 'date' ? cell(date) : info.originNode)}
            onSelect={(date, { source }) => {
              if (source === 'date') pick(date);
            }}
          />
        </div>
      </Spin>
      <CalendarDay date={openDay} whose={whose} onClose={() => setOpenDay(undefined)} />
    </>
  );
}
