import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { get } from '../../api/client.ts';
import type { CalendarYears } from '../../api/types.ts';
import type { Locale } from '../../app/i18n.tsx';

/** The years and the missing ones: one query, shared by the page and the shell's banner. */
export const YEARS_KEY = ['calendar-years'];
export const yearsUrl = '/api/v1/calendar/years';

export function useCalendarYears(options: { enabled?: boolean; staleTime?: number } = {}) {
  return useQuery({ queryKey: YEARS_KEY, queryFn: () => get<CalendarYears>(yearsUrl), ...options });
}

export const ISO = 'YYYY-MM-DD';

/** Years as a sentence names them: 2026、2027 / 2026 and 2027. */
export const listYears = (years: number[], locale: Locale) =>
  locale === 'en' ? years.join(', ').replace(/, (\d+)$/, ' and $1') : years.join('、');

/** A date as the API writes it, shown with its weekday: 2027-02-14 周日. */
export const dayLabel = (date: string) => dayjs(date).format('YYYY-MM-DD ddd');

/** 'HH:MM' as a time of today, for the TimePicker, and back. */
export const timeOf = (text: string): Dayjs => {
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  return dayjs().startOf('day').hour(hours).minute(minutes);
};
export const hhmm = (time: Dayjs) => time.format('HH:mm');
