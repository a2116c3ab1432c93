import { useSyncExternalStore } from 'react';

// WCAG 2.3.3: someone who asked their system for less motion (vestibular disorders, or just a slow machine) gets
// dialogs, menus and drawers that appear at once instead of zooming and sliding. Ant Design's own CSS honours the
// setting for a few controls only; its `motion` token switches every component's enter and leave motion.
const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(listener: () => void) {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
