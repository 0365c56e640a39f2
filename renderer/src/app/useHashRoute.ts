/** Hash routing without a router library: `#/gantt` selects a view; anything else is the register. */
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_VIEW, isViewId, type ViewId } from './views';

function viewFromHash(hash: string): ViewId {
  const id = /^#\/([a-z]+)/.exec(hash)?.[1] ?? '';
  return isViewId(id) ? id : DEFAULT_VIEW;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function viewHref(view: ViewId): string {
  return `#/${view}`;
}

export function useHashRoute(): [ViewId, (view: ViewId) => void] {
  const view = useSyncExternalStore(subscribe, () => viewFromHash(window.location.hash));
  const go = useCallback((next: ViewId) => {
    window.location.hash = viewHref(next);
  }, []);
  return [view, go];
}
