/** The views of the app, in sidebar order (DESIGN.md, Views). Each is reached at `#/<id>`. */

export const VIEW_IDS = ['home', 'register', 'gantt', 'rollups', 'import', 'reports', 'monthly', 'settings', 'help'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const DEFAULT_VIEW: ViewId = 'home';

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}
