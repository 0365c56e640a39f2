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

/** Longest the whole register waits for the first rows to be drawn (they may never be: no row passes the filters). */
const FIRST_DRAWN_WAIT_MS = 1500;

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
  // Called once the grid has drawn the first rows: the whole register is asked after that, so its
  // answer (seconds of the host's time at 30,000 projects) does not compete with drawing them.
  const drawnRef = useRef<(() => void) | null>(null);
  const firstRowsDrawn = useCallback(() => {
    drawnRef.current?.();
    drawnRef.current = null;
  }, []);

  useEffect(() => {
    let live = true;
    // Leaving the register (or asking again) stops the whole register's answer from being read: at
    // 30,000 projects it is 30 MB, seconds of the page's time that the next view would wait behind.
    const leaving = new AbortController();
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
    const drawn = new Promise<void>((resolve) => {
      drawnRef.current = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    });
    // Asked once the first rows are in and drawn (or, bounded, when the grid never says so), so the
    // service answers those first and the page draws them without the whole register's answer beside it.
    first.then(([rows]) => (rows.length < FIRST_ROWS ? undefined : Promise.race([drawn, new Promise((r) => setTimeout(r, FIRST_DRAWN_WAIT_MS))])), () => undefined).then(() => Promise.all([api('projects.list', {}, { signal: leaving.signal }), api('data.info', {}), shared])).then(
      ([projects, info, [settings, lists]]) => {
        if (!live) return;
        const saved = savedMeanwhile.current;
        savedMeanwhile.current = null;
        const rows = saved && saved.size > 0 ? mergeSaved(projects, [...saved.values()]) : projects;
        setData({ status: 'ok', projects: rows, display: displayOf(settings), ytdMonth: Number(info.today.slice(5, 7)), lists, closing: null, partialOf: null });
      },
      fail,
    );
    return () => {
      live = false;
      leaving.abort();
    };
  }, [attempt, month]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  /** Puts a saved project in place (or drops it when archived), keeping every other row as it was. */
  const replace = useCallback((rows: ProjectRow[]) => {
    for (const r of rows) savedMeanwhile.current?.set(r.id, r);
    setData((old) => (old.status === 'ok' ? { ...old, projects: mergeSaved(old.projects, rows) } : old));
  }, []);

  return { data, reload, replace, firstRowsDrawn };
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
