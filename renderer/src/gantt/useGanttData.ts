/**
 * What the Gantt shows: the projects the filters leave (asked of the service, so search means what
 * it means in the register), every node with its light, how amounts show, code lists and the
 * service's today. A new filter or a write anywhere refreshes quietly, keeping the chart in place.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, DATA_CHANGED } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import { toDayNumber } from '../../../shared/domain/dates';
import type { AmountDisplay } from '../../../shared/domain/money';
import { displayOf } from '../common/money';
import type { CodeLists, ProjectRow, ScheduleNodeWithLight, Stage } from '../../../shared/domain/types';
import { nodesByProject } from './ganttRows';

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
    nodes: Map<number, ScheduleNodeWithLight[]>;
    total: number;
    display: AmountDisplay;
    lists: CodeLists;
    today: number;
  };

export function useGanttData(filter: ServiceFilter) {
  const [data, setData] = useState<GanttData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(filter);
  const latest = useRef(0);

  // Nodes, settings and lists do not depend on the filter: fetched again only after a write.
  const base = useRef<Promise<Omit<Extract<GanttData, { status: 'ok' }>, 'status' | 'projects'>> | null>(null);

  const load = useCallback(async (fresh: boolean) => {
    const ticket = ++latest.current;
    if (fresh || !base.current) {
      base.current = Promise.all([api('nodes.all', {}), api('settings.get', {}), api('codeLists.get', {}), api('data.info', {})]).then(
        ([nodes, settings, lists, info]) => ({ nodes: nodesByProject(nodes), total: info.projectCount, display: displayOf(settings), lists, today: toDayNumber(info.today) }),
      );
      base.current.catch(() => { base.current = null; });
    }
    try {
      const [projects, rest] = await Promise.all([api('projects.list', JSON.parse(key) as ServiceFilter), base.current]);
      if (ticket !== latest.current) return;
      setData({ status: 'ok', projects, ...rest });
    } catch (err) {
      if (ticket !== latest.current) return;
      const body = err instanceof ApiCallError ? err.body : { message: String(err), messageEn: String(err) };
      setData((old) => (old.status === 'ok' ? old : { status: 'error', message: body.message, messageEn: body.messageEn }));
    }
  }, [key]);

  useEffect(() => { void load(attempt > 0); }, [load, attempt]);

  useEffect(() => {
    const refresh = () => { void load(true); };
    window.addEventListener(DATA_CHANGED, refresh);
    return () => window.removeEventListener(DATA_CHANGED, refresh);
  }, [load]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, reload };
}
