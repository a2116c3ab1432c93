import { describe, expect, it } from 'vitest';
import { overdueMs } from './board-queries.ts';

const NOW = new Date('2026-12-03T08:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const HOUR = 3_600_000;

describe('overdueMs', () => {
  it('counts the longest-breached deadline up to now', () => {
    const breaches = [
      { deadline: 'first_response' as const, dueAt: at(-180), stoppedAt: null },
      { deadline: 'solution' as const, dueAt: at(-60), stoppedAt: null },
    ];
    expect(overdueMs({ breaches }, NOW)).toBe(3 * HOUR);
  });

  it('stops a paused deadline at the pause, while a promise to the customer runs on', () => {
    const paused = { deadline: 'solution' as const, dueAt: at(-180), stoppedAt: at(-120) };
    expect(overdueMs({ breaches: [paused] }, NOW)).toBe(HOUR);
    expect(overdueMs({ breaches: [paused] }, new Date(NOW.getTime() + 5 * HOUR))).toBe(HOUR);
    const promise = { deadline: 'promised_reply' as const, dueAt: at(-90), stoppedAt: null };
    expect(overdueMs({ breaches: [paused, promise] }, NOW)).toBe(1.5 * HOUR);
  });
});
