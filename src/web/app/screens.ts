import { useSyncExternalStore } from 'react';

/** Which of Ant Design's breakpoints the window is at or above (its default theme's widths, which we keep). */
export interface Screens {
  xs: boolean;
  sm: boolean;
  md: boolean;
  lg: boolean;
  xl: boolean;
  xxl: boolean;
}

const QUERIES: Record<keyof Screens, string> = {
  xs: '(max-width: 575px)',
  sm: '(min-width: 576px)',
  md: '(min-width: 768px)',
  lg: '(min-width: 992px)',
  xl: '(min-width: 1200px)',
  xxl: '(min-width: 1600px)',
};

let current: Screens | undefined;
const listeners = new Set<() => void>();

function read(): Screens {
  const screens = {} as Screens;
  for (const [screen, query] of Object.entries(QUERIES) as [keyof Screens, string][]) {
    const list = window.matchMedia(query);
    screens[screen] = list.matches;
    // Watched from the first read on, for as long as the page lives (one listener per width, not per component).
    if (current === undefined)
      list.addEventListener('change', () => {
        current = { ...(current as Screens), [screen]: window.matchMedia(query).matches };
        for (const listener of listeners) listener();
      });
  }
  return screens;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => {
  current ??= read();
  return current;
};

/**
 * The window's breakpoints, right from the first render. Ant Design's `Grid.useBreakpoint()` knows them only
 * after its layout effect, and then renders its component again: on a cold load of the customer list that was
 * the shell, the filters and the whole table a second time (issue 13).
 */
export function useScreens(): Screens {
  return useSyncExternalStore(subscribe, snapshot);
}
