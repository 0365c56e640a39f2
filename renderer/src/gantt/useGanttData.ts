/**
 * What the Gantt shows: the projects the filters leave (asked of the service, so search means what
 * it means in the register), the span of the register's schedules, how amounts show, code lists
 * and the service's today; the nodes come a screen at a time (`NodeWindow`). A new filter or a
 * write anywhere refreshes quietly, keeping the chart in place.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, DATA_CHANGED } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import { NODES_PER_CALL_PROJECTS } from '../../../shared/api/plainValues';
import { toDayNumber } from '../../../shared/domain/dates';
import type { AmountDisplay } from '../../../shared/domain/money';
import { displayOf } from '../common/money';
import type { CodeLists, ProjectRow, ScheduleNodeWithLight, Stage } from '../../../shared/domain/types';
import type { NodeLookup } from './ganttRows';
import { askFirstScreen, type FirstScreen, type FirstScreenPlan } from './firstScreen';
import { NodeWindow } from './nodeWindow';

export interface ServiceFilter {
  query?: string;
  chain?: string;
  area?: string;
  stage?: Stage;
  level?: string;
}

export type GanttData =
  | { status: 'loading' }
  | { status: 'error'; message: string; messageEn: string }
  | {
    status: 'ok';
    projects: ProjectRow[];
    total: number;
    display: AmountDisplay;
    lists: CodeLists;
    today: number;
    /** First and last day of any node of the register (null when no node has a date): the time axis. */
    span: { from: number; to: number } | null;
    /** While only the first screen's rows are in (`projects` holds just those): its group heading. */
    partial: FirstScreen | null;
  };

/** Longest the whole register waits for the first screen's nodes. */
const FIRST_NODES_WAIT_MS = 3000;

type Base = Omit<Extract<GanttData, { status: 'ok' }>, 'status' | 'projects' | 'partial'>;

export interface GanttNodes {
  /** A project's nodes with lights, empty until they arrive; a new function whenever some arrive. */
  nodesOf: NodeLookup;
  /** Asks for the nodes of these projects (the rows in view and a margin). */
  want: (projectIds: Iterable<number>) => void;
  /** Every node of these projects, for an export. */
  load: (projectIds: readonly number[]) => Promise<ReadonlyMap<number, readonly ScheduleNodeWithLight[]>>;
  /** Calls the listener whenever nodes arrive (or held ones go stale after a write); returns how to stop. */
  onArrive: (listener: () => void) => () => void;
}

/**
 * `firstScreen`: how the first screen may be asked (the grouping, when it is one the service's
 * rollup orders the same way; null when it cannot be, e.g. a light filter): on opening, that
 * screen's rows come first and the whole filtered register after, as the register does.
 */
export function useGanttData(filter: ServiceFilter, firstScreen: FirstScreenPlan | null = null) {
  const [data, setData] = useState<GanttData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(filter);
  const latest = useRef(0);
  const drawn = useRef(false);
  const plan = useRef(firstScreen);
  plan.current = firstScreen;
  // Arrivals repaint the board without a React render: at a fast scroll they come every few frames.
  const [listeners] = useState(() => new Set<() => void>());
  // Set while the first screen waits for its nodes: the whole register is asked only after them.
  const firstNodes = useRef<(() => void) | null>(null);
  const [window_] = useState(() => new NodeWindow(
    (projectIds) => api('nodes.ofProjects', { projectIds }),
    () => {
      // The whole register is asked two frames on, once the board painted these nodes: asked at
      // once, its 30 MB answer held up the first screen's paint (bench: gantt-open-30k).
      const asked = firstNodes.current;
      firstNodes.current = null;
      if (asked) requestAnimationFrame(() => requestAnimationFrame(asked));
      for (const listener of listeners) listener();
    },
    NODES_PER_CALL_PROJECTS,
  ));

  // Settings, lists and the span do not depend on the filter: fetched again only after a write.
  const base = useRef<Promise<Base> | null>(null);
  // The whole filtered register's answer in flight (tens of MB at 30,000 projects): stopped when a
  // newer ask replaces it or the chart closes, so the page does not read what nobody will show.
  const whole = useRef<AbortController | null>(null);
  useEffect(() => () => whole.current?.abort(), []);

  const load = useCallback(async (fresh: boolean) => {
    const ticket = ++latest.current;
    if (fresh || !base.current) {
      base.current = Promise.all([api('nodes.extent', {}), api('settings.get', {}), api('codeLists.get', {}), api('data.info', {})]).then(
        ([extent, settings, lists, info]) => ({
          span: extent.from && extent.to ? { from: toDayNumber(extent.from), to: toDayNumber(extent.to) } : null,
          total: info.projectCount,
          display: displayOf(settings),
          lists,
          today: toDayNumber(info.today),
        }),
      );
      base.current.catch(() => { base.current = null; });
    }
    const asked = JSON.parse(key) as ServiceFilter;
    const basePromise = base.current;
    // Only when nothing is drawn yet: a refresh keeps the chart in place until the whole answer comes.
    const first = !drawn.current && plan.current ? askFirstScreen(asked, plan.current).then(async (screen) => {
      const rest = await basePromise;
      if (!screen || ticket !== latest.current || drawn.current) return;
      // The whole register's answer (25 MB at 30,000 projects) would hold up the first screen's
      // nodes behind it, on the host and in the page: it is asked once they are in (or after 3 s).
      const nodesIn = new Promise<void>((resolve) => {
        firstNodes.current = resolve;
        setTimeout(resolve, FIRST_NODES_WAIT_MS);
      });
      setData({ status: 'ok', ...rest, projects: screen.projects, partial: screen });
      await nodesIn;
    }).catch(() => undefined) : Promise.resolve();
    whole.current?.abort();
    const asking = new AbortController();
    whole.current = asking;
    try {
      // Asked once the first screen is in, so the service answers that first.
      await first;
      const [projects, rest] = await Promise.all([api('projects.list', asked, { signal: asking.signal }), basePromise]);
      if (ticket !== latest.current) return;
      drawn.current = true;
      setData({ status: 'ok', projects, ...rest, partial: null });
    } catch (err) {
      if (ticket !== latest.current || asking.signal.aborted) return;
      const body = err instanceof ApiCallError ? err.body : { message: String(err), messageEn: String(err) };
      setData((old) => (old.status === 'ok' ? old : { status: 'error', message: body.message, messageEn: body.messageEn }));
    }
  }, [key]);

  useEffect(() => { void load(attempt > 0); }, [load, attempt]);

  useEffect(() => {
    const refresh = () => {
      // Held schedules stay drawn until the fresh ones arrive; a new lookup makes the board ask again.
      window_.invalidate();
      for (const listener of listeners) listener();
      void load(true);
    };
    window.addEventListener(DATA_CHANGED, refresh);
    return () => window.removeEventListener(DATA_CHANGED, refresh);
  }, [load, window_, listeners]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const nodes: GanttNodes = useMemo(() => ({
    nodesOf: (projectId) => window_.get(projectId),
    want: (ids) => window_.want(ids),
    load: (ids) => window_.load(ids),
    onArrive: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  }), [window_, listeners]);
  return { data, reload, nodes };
}
