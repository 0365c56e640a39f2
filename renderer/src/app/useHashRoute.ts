/**
 * Hash routing without a router library: `#/gantt` selects a view, `#/project/12` a project's
 * detail (a page of the register), `#/register?chain=新能源&year=2023` a view with parameters.
 * Anything unknown is the register.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_VIEW, isViewId, type ViewId } from './views';

/** Pages that are not views of their own: they sit under a view in the sidebar and the title. */
const PARENT_VIEW: Record<string, ViewId> = { project: 'register' };

export interface HashRoute {
  view: ViewId;
  /** The path after `#/`, split on `/`: ['project', '12']. */
  segments: string[];
  /** The query after `?`, decoded. */
  params: URLSearchParams;
}

export function parseHash(hash: string): HashRoute {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?', 2) as [string?, string?];
  const segments = path.split('/').filter(Boolean).map((s) => safeDecode(s));
  const first = segments[0] ?? '';
  const view = isViewId(first) ? first : (PARENT_VIEW[first] ?? DEFAULT_VIEW);
  return { view, segments, params: new URLSearchParams(query) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function viewHref(view: ViewId, params?: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') query.set(k, v);
  const text = query.toString();
  return text ? `#/${view}?${text}` : `#/${view}`;
}

/** A project's 项目详情; `from` names the view its 返回 link goes back to (the register when left out). */
export function projectHref(id: number, from?: ViewId): string {
  return from && from !== 'register' ? `#/project/${id}?from=${from}` : `#/project/${id}`;
}

const currentHash = () => window.location.hash;

export function useHashRoute(): [ViewId, (view: ViewId) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const go = useCallback((next: ViewId) => {
    window.location.hash = viewHref(next);
  }, []);
  return [parseHash(hash).view, go];
}

/** The whole route, parameters included; re-renders on every hash change. */
export function useRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}
