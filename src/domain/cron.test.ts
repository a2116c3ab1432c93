import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertCron, latestTick, nextTick } from './cron.ts';

const SHANGHAI = 'Asia/Shanghai';

describe('cron schedules in the company time zone', () => {
  it('reads the hours in the time zone given, not UTC', () => {
    // 02:30 every day in Shanghai is 18:30 UTC the day before.
    expect(nextTick('30 2 * * *', SHANGHAI, new Date('2025-03-01T10:00:00+08:00')).toISOString()).toBe(
      '2025-03-01T18:30:00.000Z',
    );
    expect(nextTick('30 2 * * *', 'UTC', new Date('2025-03-01T10:00:00+08:00')).toISOString()).toBe(
      '2025-03-01T02:30:00.000Z',
    );
  });

  it('counts a moment that is itself a tick as the latest tick, and the next one after it', () => {
    const at = new Date('2025-03-01T10:00:00+08:00');
    expect(latestTick('0 * * * *', SHANGHAI, at)).toEqual(at);
    expect(nextTick('0 * * * *', SHANGHAI, at)).toEqual(new Date('2025-03-01T11:00:00+08:00'));
    expect(latestTick('0 * * * *', SHANGHAI, new Date('2025-03-01T10:59:59.999+08:00'))).toEqual(at);
  });

  it('puts every moment between its latest and next tick, each on a whole minute', () => {
    const crons = fc.constantFrom('* * * * *', '0 * * * *', '*/15 8-18 * * 1-5', '30 2 * * *', '0 0 1 * *');
    const moments = fc.date({
      min: new Date('2020-01-01'),
      max: new Date('2030-01-01'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(crons, moments, (cron, at) => {
        const latest = latestTick(cron, SHANGHAI, at);
        const next = nextTick(cron, SHANGHAI, at);
        expect(latest.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(next.getTime()).toBeGreaterThan(at.getTime());
        expect(latest.getTime() % 60_000).toBe(0);
        // no tick between them: the one after the latest is the next
        expect(nextTick(cron, SHANGHAI, latest)).toEqual(next);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses schedules with seconds or that do not parse', () => {
    expect(() => assertCron('*/5 * * * * *', SHANGHAI)).toThrow(/five fields/);
    expect(() => assertCron('61 * * * *', SHANGHAI)).toThrow();
    expect(() => assertCron('0 * * * *', SHANGHAI)).not.toThrow();
  });
});
