import { Skeleton } from 'antd';
import { type ComponentType, isValidElement, lazy, type ReactNode, Suspense } from 'react';
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
  const loader = () => {
    loading ??= load().then(
      (module) => {
        sessionStorage.removeItem(RELOADED);
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
  const page = lazy(loader);
  loaders.set(page, loader);
  return page;
}

/**
 * Starts fetching the pages of the routes the app opens on, while the shell still waits for the signed-in user:
 * otherwise a page's code is only asked for once the shell renders it.
 */
export function preloadPages(matches: readonly { route: { element?: ReactNode } }[]): void {
  for (const { route } of matches) {
    if (isValidElement(route.element)) void loaders.get(route.element.type as object)?.();
  }
}

/** The shell's content while a page's code is on its way. */
export function PageSuspense() {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} style={{ padding: 24 }} />}>
      <Outlet />
    </Suspense>
  );
}
