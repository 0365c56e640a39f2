/**
 * What the user set on the Gantt (search, filters, grouping, 计划/实际, folded groups), kept for the
 * window: after opening a project from a row and coming back, the chart is as it was left. A slice
 * in the route (`#/gantt?chain=…&group=area`) wins over what was kept.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSessionState } from '../common/useSessionState';
import { STAGES, type LightColor, type Stage } from '../../../shared/domain/types';
import type { BarMode } from './barItems';
import { isGanttGroup, type GanttGroup } from './ganttRows';
import type { ServiceFilter } from './useGanttData';

export interface GanttPrefs {
  search: string;
  filter: ServiceFilter;
  light: LightColor | null;
  groupBy: GanttGroup | null;
  mode: BarMode;
  collapsed: string[];
}

const DEFAULTS: GanttPrefs = { search: '', filter: {}, light: null, groupBy: 'chain', mode: 'both', collapsed: [] };

function isPrefs(value: unknown): value is GanttPrefs {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.search === 'string' && typeof v.filter === 'object' && v.filter !== null && Array.isArray(v.collapsed)
    && (v.groupBy === null || isGanttGroup(v.groupBy)) && (v.mode === 'both' || v.mode === 'planned' || v.mode === 'actual');
}

function sliceOf(params: URLSearchParams): Partial<GanttPrefs> | null {
  const stage = params.get('stage');
  const filter: ServiceFilter = {
    ...(params.get('chain') ? { chain: params.get('chain')! } : {}),
    ...(params.get('area') ? { area: params.get('area')! } : {}),
    ...(params.get('level') ? { level: params.get('level')! } : {}),
    ...(stage && (STAGES as readonly string[]).includes(stage) ? { stage: stage as Stage } : {}),
  };
  const group = params.get('group');
  const slice: Partial<GanttPrefs> = {
    ...(Object.keys(filter).length ? { filter, search: '', light: null } : {}),
    ...(group !== null ? { groupBy: isGanttGroup(group) ? group : null } : {}),
  };
  return Object.keys(slice).length ? slice : null;
}

export function useGanttPrefs(params: URLSearchParams): [GanttPrefs, (change: Partial<GanttPrefs>) => void] {
  const key = params.toString();
  const [kept, keep] = useSessionState<GanttPrefs>('gantt.prefs', DEFAULTS, isPrefs);
  // A route's slice applies once on arriving (then it is kept like any choice); later changes are the user's.
  const applied = useRef<string | null>(null);
  const slice = useMemo(() => sliceOf(new URLSearchParams(key)), [key]);
  const pending = slice !== null && applied.current !== key;
  const prefs = useMemo(() => (pending ? { ...kept, ...slice } : kept), [pending, kept, slice]);
  useEffect(() => {
    if (!pending) return;
    applied.current = key;
    keep(prefs);
  }, [pending, key, keep, prefs]);
  const update = useCallback((change: Partial<GanttPrefs>) => keep({ ...prefs, ...change }), [keep, prefs]);
  return [prefs, update];
}
