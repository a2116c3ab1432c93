import { useI18n } from '../../app/i18n.tsx';
import { useNearTime } from '../worklist/TaskRow.tsx';
import { agoWords } from './words.ts';

/** 刚刚, 5 分钟前, 3 小时前, then 昨天 17:00 or 06-12 14:30 in the company's zone. */
export function useAgo() {
  const { t } = useI18n();
  const near = useNearTime();
  return (instant: string) => agoWords(instant, t, near);
}
