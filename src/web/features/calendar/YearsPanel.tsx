import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, message, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, get } from '../../api/client.ts';
import type { CalendarYear, CalendarYearDetail } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime, zoneToday } from '../../app/zone.ts';
import { useCalendarYears, YEARS_KEY } from './calendar-client.ts';
import { YearEditor } from './YearEditor.tsx';
import { DateTags, YearPicture } from './YearPicture.tsx';

type Source = CalendarYear['source'];
const SOURCE: Record<Source, [MessageKey, string]> = {
  statutory: ['calendar.source.statutory', 'blue'],
  admin: ['calendar.source.admin', 'green'],
  uncovered: ['calendar.source.uncovered', 'red'],
};

export function SourceTag({ source }: { source: Source }) {
  const { t } = useI18n();
  return (
    <Tag color={SOURCE[source][1]} data-testid="source-tag">
      {t(SOURCE[source][0])}
    </Tag>
  );
}

/** One year: its picture and lists, and for the admin 编辑 / 恢复内置数据 / 删除录入. */
function YearDetail({ year }: { year: number }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const detail = useQuery({
    queryKey: ['calendar-year', year],
    queryFn: () => get<CalendarYearDetail>(`/api/v1/calendar/years/${year}`),
  });
  const admin = Boolean(me && can(me, 'settings.manage'));
  const data = detail.data;
  const reset = async () => {
    try {
      const back = await api<CalendarYearDetail>('DELETE', `/api/v1/calendar/years/${year}`);
      client.setQueryData(['calendar-year', year], back);
      await client.invalidateQueries({ queryKey: YEARS_KEY });
      void message.success(t('calendar.removed', { year }));
    } catch (error) {
      showApiError(error);
    }
  };
  const resetLabel: MessageKey = data?.hasStatutory ? 'calendar.restore' : 'calendar.remove';
  return (
    <Card
      type="inner"
      loading={detail.isLoading}
      data-testid="year-detail"
      title={
        <Space>
          <span>{t('calendar.yearTitle', { year })}</span>
          {data && <SourceTag source={data.source} />}
        </Space>
      }
      extra={
        admin &&
        data && (
          <Space>
            {data.source === 'admin' && (
              <Popconfirm
                title={t(data.hasStatutory ? 'calendar.confirmRestore' : 'calendar.confirmRemove', { year })}
                okText={t(resetLabel)}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={reset}
              >
                <Button danger data-testid="reset-year">
                  {t(resetLabel)}
                </Button>
              </Popconfirm>
            )}
            <Button type="primary" onClick={() => setEditing(true)} data-testid="edit-year">
              {t(data.source === 'uncovered' ? 'calendar.enter' : 'calendar.edit')}
            </Button>
          </Space>
        )
      }
    >
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {data.source === 'uncovered' && (
            <Alert type="error" showIcon title={t('calendar.uncoveredHint', { year })} />
          )}
          {data.note && <Typography.Text type="secondary">{data.note}</Typography.Text>}
          <YearPicture year={year} holidays={data.holidays} workdays={data.workdays} />
          <Descriptions column={1} bordered size="small" styles={{ label: { width: 140 } }}>
            <Descriptions.Item label={`${t('calendar.holidays')}（${data.holidays.length}）`}>
              <DateTags dates={data.holidays} color="red" />
            </Descriptions.Item>
            <Descriptions.Item label={`${t('calendar.workdays')}（${data.workdays.length}）`}>
              <DateTags dates={data.workdays} color="blue" />
            </Descriptions.Item>
          </Descriptions>
          {admin && <YearEditor detail={data} open={editing} onClose={() => setEditing(false)} />}
        </Space>
      )}
    </Card>
  );
}

/** 年度节假日安排: the years newest first with their source, and the chosen year below. */
export function YearsPanel({ initialYear }: { initialYear?: number }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const years = useCalendarYears();
  const [chosen, setChosen] = useState<number | undefined>(initialYear);
  const thisYear = Number(zoneToday(zone).slice(0, 4));
  const year = chosen ?? years.data?.missingYears[0] ?? thisYear;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('calendar.yearsHint')}</Typography.Text>
      <Table<CalendarYear>
        rowKey="year"
        size="small"
        loading={years.isLoading}
        dataSource={years.data?.items}
        pagination={false}
        scroll={{ y: 264 }}
        data-testid="years-table"
        rowSelection={{
          type: 'radio',
          selectedRowKeys: [year],
          onChange: (keys) => setChosen(Number(keys[0])),
          columnWidth: 40,
        }}
        onRow={(row) => ({ onClick: () => setChosen(row.year), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('calendar.year'), dataIndex: 'year', width: 72 },
          {
            title: t('calendar.source'),
            dataIndex: 'source',
            width: 140,
            render: (source: Source) => <SourceTag source={source} />,
          },
          { title: t('calendar.holidayCount'), dataIndex: 'holidayCount', width: 96 },
          { title: t('calendar.workdayCount'), dataIndex: 'workdayCount', width: 100 },
          { title: t('calendar.note'), dataIndex: 'note', ellipsis: true, render: (v) => v ?? '' },
          {
            title: t('calendar.updatedBy'),
            dataIndex: 'updatedAt',
            width: 160,
            render: (at: string | null, row) =>
              at && (
                <Space direction="vertical" size={0}>
                  <span>{row.updatedByName}</span>
                  <Typography.Text type="secondary">{zoneDateTime(at, zone)}</Typography.Text>
                </Space>
              ),
          },
        ]}
      />
      <YearDetail key={year} year={year} />
    </Space>
  );
}
