import { useState } from 'react';

/**
 * Whether a dialog has been open yet: until then it renders nothing, not even its closed Modal (a page's dialogs
 * cost the first render of the page their Ant Design styles and hooks, issue 13). Once opened it stays mounted,
 * so it still closes with its animation. Its fields are destroyed when hidden anyway (`destroyOnHidden`).
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
