/**
 * The register's views: the layout in use (columns, filters, grouping, sort, lights) is remembered
 * per user and restored on the next visit; named views are saved by the user, and the common ones
 * (全部项目, 本月预警, 省重大) are always one click away.
 */
import type { ColumnState, FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { SavedView, ViewState } from '../../../shared/api/views';
import type { LightColor } from '../../../shared/domain/types';
import { checklistModel } from './checklistModel';
import { isGroupDimension, type GroupDimension } from './grouping';
import type { GridRow } from './registerRow';

export interface RegisterLayout {
  columns?: ColumnState[];
  filter?: FilterModel;
  groupBy?: GroupDimension | null;
  lights?: LightColor[] | null;
}

export type PresetId = 'all' | 'warning' | 'provincial';

export const PRESETS: Record<PresetId, RegisterLayout> = {
  all: { filter: {}, groupBy: null, lights: null },
  warning: { filter: {}, groupBy: null, lights: ['red', 'yellow'], columns: [{ colId: 'light', sort: 'asc' }] },
  provincial: { filter: { level: checklistModel(['省重大']) }, groupBy: null, lights: null },
};

function toLayout(state: ViewState | null | undefined): RegisterLayout | null {
  if (!state) return null;
  const layout: RegisterLayout = {};
  if (Array.isArray(state.columns)) layout.columns = state.columns as unknown as ColumnState[];
  if (state.filter && typeof state.filter === 'object') layout.filter = state.filter as unknown as FilterModel;
  layout.groupBy = isGroupDimension(state.groupBy) ? state.groupBy : null;
  layout.lights = Array.isArray(state.lights) ? (state.lights as unknown as LightColor[]) : null;
  return layout;
}

interface Options {
  groupBy: GroupDimension | null;
  setGroupBy: (by: GroupDimension | null) => void;
  lights: LightColor[] | null;
  setLights: (lights: LightColor[] | null) => void;
}

export function useSavedViews({ groupBy, setGroupBy, lights, setLights }: Options) {
  const [grid, setGrid] = useState<GridApi<GridRow> | null>(null);
  const [saved, setSaved] = useState<SavedView[]>([]);
  const [current, setCurrent] = useState<RegisterLayout | null | undefined>(undefined);
  const restored = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ groupBy, lights });
  latest.current = { groupBy, lights };

  useEffect(() => {
    api('views.get', {}).then(
      (views) => { setSaved(views.saved); setCurrent(toLayout(views.current)); },
      () => setCurrent(null),
    );
  }, []);

  const capture = useCallback((): ViewState | null => {
    if (!grid || grid.isDestroyed()) return null;
    return JSON.parse(JSON.stringify({ columns: grid.getColumnState(), filter: grid.getFilterModel(), ...latest.current })) as ViewState;
  }, [grid]);

  const apply = useCallback((layout: RegisterLayout, reset = false) => {
    if (!grid) return;
    if (reset) grid.resetColumnState();
    // A full saved layout carries every column, in order; a preset names only what it changes.
    if (layout.columns) grid.applyColumnState({ state: layout.columns, applyOrder: layout.columns.length > 1, defaultState: reset ? { sort: null } : undefined });
    grid.setFilterModel(layout.filter ?? null);
    setGroupBy(layout.groupBy ?? null);
    setLights(layout.lights ?? null);
  }, [grid, setGroupBy, setLights]);

  // Restore the last layout once both the grid and the stored views are there.
  useEffect(() => {
    if (!grid || current === undefined || restored.current) return;
    restored.current = true;
    if (current) apply(current);
  }, [grid, current, apply]);

  // The layout as last seen, taken at once: a grid made again (language or unit switch) gets it back.
  const lastLayout = useRef<RegisterLayout | null>(null);

  const remember = useCallback(() => {
    if (!restored.current) return;
    const now = capture();
    if (now) lastLayout.current = toLayout(now);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const state = capture() ?? now;
      if (state) void api('views.setCurrent', { state }).catch(() => undefined);
    }, 500);
  }, [capture]);

  const seenGrid = useRef<GridApi<GridRow> | null>(null);
  useEffect(() => {
    if (!grid) return;
    const previous = seenGrid.current;
    seenGrid.current = grid;
    if (!previous || previous === grid || !restored.current) return;
    const layout = lastLayout.current ?? current;
    if (layout) apply(layout);
  }, [grid, current, apply]);

  useEffect(() => { remember(); }, [groupBy, lights, remember]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const saveAs = useCallback(async (name: string) => {
    const state = capture();
    if (!state) return;
    setSaved((await api('views.save', { name, state })).saved);
  }, [capture]);

  const remove = useCallback(async (name: string) => {
    setSaved((await api('views.remove', { name })).saved);
  }, []);

  return {
    onReady: setGrid,
    grid,
    saved,
    remember,
    applyPreset: (id: PresetId) => apply(PRESETS[id], true),
    applySaved: (view: SavedView) => apply(toLayout(view.state) ?? {}, true),
    saveAs,
    remove,
  };
}
