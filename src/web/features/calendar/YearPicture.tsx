import { Col, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n.tsx';
import { dayLabel, ISO } from './calendar-client.ts';

const HOLIDAY = { background: '#fff1f0', color: '#cf1322', fontWeight: 600 };
const WORKDAY = { background: '#e6f4ff', color: '#0958d9', fontWeight: 600 };
const WEEKEND = { color: '#8c8c8c' };
const MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

function Swatch({ style, label }: { style: React.CSSProperties; label: string }) {
  return (
    <Space size={4}>
      <span
        style={{
          border: `1px solid ${style.color}`,
          ...style,
          display: 'inline-block',
          width: 14,
          height: 14,
          borderRadius: 3,
        }}
      />
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Space>
  );
}

/** One month as a Monday-first grid, days off and make-up working days coloured. */
function Month({
  year,
  month,
  holidays,
  workdays,
}: {
  year: number;
  month: number;
  holidays: Set<string>;
  workdays: Set<string>;
}) {
  const { t } = useI18n();
  const first = dayjs(new Date(year, month, 1));
  const lead = (first.day() + 6) % 7;
  const days = Array.from({ length: first.daysInMonth() }, (_, i) => first.add(i, 'day').format(ISO));
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <div data-testid={`month-${month + 1}`}>
      <Typography.Text strong>{t('calendar.months').split(',')[month]}</Typography.Text>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(7, 1fr)',
          gap: 2,
          marginTop: 4,
          fontSize: 12,
          textAlign: 'center',
        }}
      >
        {weekdays.map((w) => (
          <span key={w} style={{ color: '#8c8c8c' }}>
            {w}
          </span>
        ))}
        {lead > 0 && <span style={{ gridColumn: `span ${lead}` }} />}
        {days.map((date) => {
          const weekend = dayjs(date).day() % 6 === 0;
          const style = holidays.has(date)
            ? HOLIDAY
            : workdays.has(date)
              ? WORKDAY
              : weekend
                ? WEEKEND
                : undefined;
          const kind = holidays.has(date) ? 'holiday' : workdays.has(date) ? 'workday' : undefined;
          return (
            <span
              key={date}
              title={date}
              data-day={date}
              data-kind={kind}
              style={{ ...style, lineHeight: '20px', borderRadius: 3 }}
            >
              {Number(date.slice(8))}
            </span>
          );
        })}
      </div>
    </div>
  );
}

/** A whole year at a glance: twelve small months with the legend. */
export function YearPicture({
  year,
  holidays,
  workdays,
}: {
  year: number;
  holidays: string[];
  workdays: string[];
}) {
  const { t } = useI18n();
  const off = new Set(holidays);
  const on = new Set(workdays);
  return (
    <div data-testid="year-picture">
      <Space size="large" style={{ marginBottom: 12 }}>
        <Swatch style={HOLIDAY} label={t('calendar.legend.holiday')} />
        <Swatch style={WORKDAY} label={t('calendar.legend.workday')} />
        <Swatch style={{ ...WEEKEND, border: '1px solid #d9d9d9' }} label={t('calendar.legend.weekend')} />
      </Space>
      <Row gutter={[24, 16]}>
        {MONTHS.map((month) => (
          <Col key={month} xs={12} md={8} xl={6}>
            <Month year={year} month={month} holidays={off} workdays={on} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

/** A list of dates as tags with their weekdays, or 无. */
export function DateTags({ dates, color }: { dates: string[]; color: string }) {
  const { t } = useI18n();
  if (dates.length === 0) return <Typography.Text type="secondary">{t('calendar.none')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {dates.map((d) => (
        <Tag key={d} color={color} style={{ marginInlineEnd: 0 }}>
          {dayLabel(d)}
        </Tag>
      ))}
    </Space>
  );
}
