import { Skeleton } from 'antd';
import {
  type ComponentProps,
  type ComponentType,
  isValidElement,
  lazy,
  type ReactNode,
  Suspense,
  useState,
} from 'react';
import { Outlet } from 'react-router';

const RELOADED = 'huifang.reloaded-for-new-build';
const loaders = new WeakMap<object, () => Promise<unknown>>();

/**
 * A page whose code is fetched on its first visit, so the sign-in page and the shell download none of it. After
 * a deploy the previous build's files are gone: a failed fetch reloads once to get the new build's index.html.
 */
// biome-ignore lint/suspicious/noExplicitAny: each page has its own props; lazy() itself takes ComponentType<any>
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  let loading: Promise<{ default: M[K] }> | undefined;
  let loaded: M[K] | undefined;
  const loader = () => {
    loading ??= load().then(
      (module) => {
        sessionStorage.removeItem(RELOADED);
        loaded = module[name];
        return { default: module[name] };
      },
      (error: unknown) => {
        if (sessionStorage.getItem(RELOADED)) throw error;
        sessionStorage.setItem(RELOADED, '1');
        window.location.reload();
        return new Promise<never>(() => {});
      },
    );
    return loading;
  };
  const Lazy = lazy(loader);
  // Code already here (preloaded while the shell waited) is rendered at once: lazy() would suspend on it all the
  // same and draw the page only in a second render, ~0.4 s later on a cold load. Chosen once per mount, since
  // switching between the two would mount the page afresh.
  // biome-ignore lint/correctness/noComponentHookFactories: made once per page at module level, as lazy() is
  function Page(props: ComponentProps<M[K]>) {
    const [Direct] = useState(() => loaded);
    return Direct ? <Direct {...props} /> : <Lazy {...props} />;
  }
  loaders.set(Page, loader);
  return Page;
}

/**
 * Starts fetching the pages of the routes the app opens on, while the shell still waits for the signed-in user:
 * otherwise a page's code is only asked for once the shell renders it. Settles once they are here (or failed).
 */
export async function preloadPages(matches: readonly { route: { element?: ReactNode } }[]): Promise<void> {
  const loading = matches.map(({ route }) =>
    isValidElement(route.element) ? loaders.get(route.element.type as object)?.() : undefined,
  );
  await Promise.allSettled(loading);
}

/** The shell's content while a page's code is on its way. */
export function PageSuspense() {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} style={{ padding: 24 }} />}>
      <Outlet />
    </Suspense>
  );
}
