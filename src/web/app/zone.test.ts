import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromWallClock,
  mondayOf,
  nearTime,
  wallClock,
  zoneDate,
  zoneDateTime,
  zoneDateTimeSeconds,
  zoneToday,
} from './zone.ts';

const words = { today: '今天', tomorrow: '明天', yesterday: '昨天' };

describe('times in the company zone', () => {
  it('shows an instant at the zone’s wall clock, not the machine’s', () => {
    // 09:30 UTC is 17:30 in Shanghai and 05:30 in New York (summer time).
    expect(zoneDateTime('2025-06-03T09:30:00Z', 'Asia/Shanghai')).toBe('2025-06-03 17:30');
    expect(zoneDateTime('2025-06-03T09:30:00Z', 'America/New_York')).toBe('2025-06-03 05:30');
    expect(zoneDateTime(null, 'Asia/Shanghai')).toBe('');
  });

  it('counts the day in the zone: 20:00 UTC is already tomorrow in Shanghai', () => {
    expect(zoneDate('2025-06-03T20:00:00Z', 'Asia/Shanghai')).toBe('2025-06-04');
    expect(zoneToday('Asia/Shanghai', new Date('2025-06-03T20:00:00Z'))).toBe('2025-06-04');
  });

  it('says today, tomorrow and yesterday in the zone, and the date further away', () => {
    const now = new Date('2025-06-03T02:00:00Z'); // 10:00 in Shanghai
    expect(nearTime('2025-06-03T07:00:00Z', 'Asia/Shanghai', words, now)).toBe('今天 15:00');
    expect(nearTime('2025-06-03T17:00:00Z', 'Asia/Shanghai', words, now)).toBe('明天 01:00');
    expect(nearTime('2025-06-02T09:00:00Z', 'Asia/Shanghai', words, now)).toBe('昨天 17:00');
    expect(nearTime('2025-06-12T01:30:00Z', 'Asia/Shanghai', words, now)).toBe('06-12 09:30');
    expect(nearTime('2026-01-05T01:30:00Z', 'Asia/Shanghai', words, now)).toBe('2026-01-05 09:30');
  });

  it('round-trips a picked wall-clock time through the zone', () => {
    const picked = wallClock('2025-06-03T07:15:00Z', 'Asia/Shanghai');
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe('2025-06-03 15:15');
    expect(fromWallClock(picked, 'Asia/Shanghai')).toBe('2025-06-03T07:15:00.000Z');
    expect(fromWallClock(dayjs('2025-06-03T15:15:00'), 'America/New_York')).toBe('2025-06-03T19:15:00.000Z');
  });

  it('finds the Monday of a week and days after it', () => {
    expect(mondayOf('2025-06-03')).toBe('2025-06-02');
    expect(mondayOf('2025-06-08')).toBe('2025-06-02');
    expect(mondayOf('2025-06-02')).toBe('2025-06-02');
    expect(addDays('2025-06-02', 6)).toBe('2025-06-08');
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
  });
});

describe('zoneDateTimeSeconds', () => {
  it('reads the instant on the company clock, seconds included', () => {
    expect(zoneDateTimeSeconds('2026-12-04T03:07:09Z', 'Asia/Shanghai')).toBe('2026-12-04 11:07:09');
    expect(zoneDateTimeSeconds(null, 'Asia/Shanghai')).toBe('');
  });
});
