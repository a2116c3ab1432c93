import { useEffect, useState } from 'react';

/**
 * The time now, renewed every `everyMs` (30 s by default): countdowns to the minute stay right without a render
 * per second. One per page, handed down to its rows.
 */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
