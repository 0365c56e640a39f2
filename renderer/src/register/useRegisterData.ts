/**
 * What the register needs from the service: the projects, how amounts show, the month 1–N月完成
 * runs to (the service's today) and the code lists; rows replaced as they are saved. The live
 * register shows its first screen before the whole register arrives (at 30,000 projects the whole
 * takes seconds): the first rows are asked first, the rest after.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import type { AmountDisplay } from '../../../shared/domain/money';
import { displayOf } from '../common/money';
import type { CodeLists, ProjectRow } from '../../../shared/domain/types';
import type { MonthClosing } from '../../../shared/domain/monthEnd';
import { FIRST_ROWS, takeFirstRows } from '../app/firstRows';

export type RegisterData =
  | { status: 'loading' }
  | { status: 'error'; message: string; messageEn: string }
  | {
    status: 'ok';
    projects: ProjectRow[];
    display: AmountDisplay;
    /** The month 1–N月完成 runs to: a closed month's own, else the service's today's. */
    ytdMonth: number;
    lists: CodeLists;
    closing: MonthClosing | null;
    /** While only the first rows are in: how many projects the register holds. */
    partialOf: number | null;
  };


/** The live register, or with `month` the rows frozen when that month was closed. */
export function useRegisterData(month: string | null = null) {
  const [data, setData] = useState<RegisterData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Rows saved while only the first screen was in: put again over the whole register when it comes,
  // which may have been read before the save.
  const savedMeanwhile = useRef<Map<number, ProjectRow> | null>(null);

  useEffect(() => {
    let live = true;
    const fail = (err: unknown) => {
      if (!live) return;
      const body = err instanceof ApiCallError ? err.body : { message: String(err), messageEn: String(err) };
      setData({ status: 'error', message: body.message, messageEn: body.messageEn });
    };
    // Asked while the app started, when it opened on the register (the first load only).
    const early = month ? null : takeFirstRows();
    const shared = early ? early.then(([, , both]) => both) : Promise.all([api('settings.get', {}), api('codeLists.get', {})]);
    if (month) {
      Promise.all([api('months.rows', { month }), shared]).then(
        ([{ rows, closing }, [settings, lists]]) => {
          if (live) setData({ status: 'ok', projects: rows, display: displayOf(settings), ytdMonth: Number(month.slice(5, 7)), lists, closing, partialOf: null });
        },
        fail,
      );
      return () => { live = false; };
    }
    savedMeanwhile.current = new Map();
    const first = early ?? Promise.all([api('projects.list', { limit: FIRST_ROWS }), api('data.info', {}), shared]);
    first.then(
      ([rows, info, [settings, lists]]) => {
        if (!live) return;
        setData((old) => (old.status === 'ok' && old.partialOf === null ? old : {
          status: 'ok', projects: rows, display: displayOf(settings), ytdMonth: Number(info.today.slice(5, 7)), lists, closing: null,
          partialOf: rows.length < FIRST_ROWS ? null : info.projectCount,
        }));
      },
      () => undefined,
    );
    // Asked once the first rows are in, so the service answers those first.
    first.then(() => undefined, () => undefined).then(() => Promise.all([api('projects.list', {}), api('data.info', {}), shared])).then(
      ([projects, info, [settings, lists]]) => {
        if (!live) return;
        const saved = savedMeanwhile.current;
        savedMeanwhile.current = null;
        const rows = saved && saved.size > 0 ? mergeSaved(projects, [...saved.values()]) : projects;
        setData({ status: 'ok', projects: rows, display: displayOf(settings), ytdMonth: Number(info.today.slice(5, 7)), lists, closing: null, partialOf: null });
      },
      fail,
    );
    return () => { live = false; };
  }, [attempt, month]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  /** Puts a saved project in place (or drops it when archived), keeping every other row as it was. */
  const replace = useCallback((rows: ProjectRow[]) => {
    for (const r of rows) savedMeanwhile.current?.set(r.id, r);
    setData((old) => (old.status === 'ok' ? { ...old, projects: mergeSaved(old.projects, rows) } : old));
  }, []);

  return { data, reload, replace };
}

/** The rows with the saved ones in place (archived ones dropped) and new ones at the end. */
function mergeSaved(projects: readonly ProjectRow[], rows: readonly ProjectRow[]): ProjectRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const kept = projects.flatMap((p) => {
    const next = byId.get(p.id);
    byId.delete(p.id);
    if (!next) return [p];
    return next.archived ? [] : [next];
  });
  const added = [...byId.values()].filter((r) => !r.archived);
  return [...kept, ...added];
}
