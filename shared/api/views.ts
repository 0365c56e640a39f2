/** 台账视图: a user's register layout (columns, filters, grouping, sort), the last one used and named ones. */

import { z } from 'zod';
import { command, none, query } from './method';

/** A grid layout as the register saves it; opaque JSON to the main side, capped in size. */
export const viewStateSchema = z
  .record(z.string(), z.json())
  .refine((state) => JSON.stringify(state).length <= 50_000, { message: '视图设置过大' });

export type ViewState = z.infer<typeof viewStateSchema>;

export interface SavedView {
  name: string;
  state: ViewState;
}

export interface UserViews {
  /** The layout last used, restored when the register opens. */
  current: ViewState | null;
  saved: SavedView[];
}

const viewName = z.string().trim().min(1, { message: '视图名称不能为空' }).max(30, { message: '视图名称不能超过30个字' });

export const viewMethods = {
  'views.get': query<UserViews>()(none),
  'views.setCurrent': command<UserViews>()(z.object({ state: viewStateSchema }).strict()),
  'views.save': command<UserViews>()(z.object({ name: viewName, state: viewStateSchema }).strict()),
  'views.remove': command<UserViews>()(z.object({ name: viewName }).strict()),
};
