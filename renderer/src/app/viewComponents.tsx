/**
 * Which component draws each built view. A view missing here shows its placeholder. Each view
 * lives in its own folder (renderer/src/<view>/) and adds one line here.
 *
 * Every view is its own chunk, loaded when it is first shown (React.lazy): the app shell's script
 * stays small, and AG Grid and ECharts are fetched only by the views that draw them. The register's
 * chunk is asked for as soon as the shell starts (see preloadView), the view most users open.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from './views';

type Loader = () => Promise<ComponentType>;

const LOADERS: Partial<Record<ViewId, Loader>> = {
  gantt: () => import('../gantt/GanttView').then((m) => m.GanttView),
  help: () => import('../help/HelpView').then((m) => m.HelpView),
  home: () => import('../home/HomeView').then((m) => m.HomeView),
  import: () => import('../import/ImportView').then((m) => m.ImportView),
  monthly: () => import('../monthly/MonthlyView').then((m) => m.MonthlyView),
  register: () => import('../register/RegisterView').then((m) => m.RegisterView),
  rollups: () => import('../rollups/RollupsView').then((m) => m.RollupsView),
  reports: () => import('../reports/ReportsView').then((m) => m.ReportsView),
  settings: () => import('../settings/SettingsView').then((m) => m.SettingsView),
};

// One promise per view: a view preloaded and then shown is fetched once.
const loading = new Map<ViewId, Promise<ComponentType>>();

function load(view: ViewId, loader: Loader): Promise<ComponentType> {
  let p = loading.get(view);
  if (!p) {
    p = loader();
    loading.set(view, p);
  }
  return p;
}

/** Starts fetching a view's chunk without showing it (the register's, while the shell renders). */
export function preloadView(view: ViewId): void {
  const loader = LOADERS[view];
  if (loader) void load(view, loader).catch(() => undefined);
}

export const VIEW_COMPONENTS: Partial<Record<ViewId, LazyExoticComponent<ComponentType>>> = Object.fromEntries(
  Object.entries(LOADERS).map(([view, loader]) => [view, lazy(() => load(view as ViewId, loader).then((c) => ({ default: c })))]),
);
