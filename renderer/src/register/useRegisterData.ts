/**
 * What the register needs from the service: the projects, how amounts show, the month 1–N月完成
 * runs to (the service's today) and the code lists; rows replaced as they are saved.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import type { AmountDisplay } from '../../../shared/domain/money';
import { displayOf } from '../common/money';
import type { CodeLists, ProjectRow } from '../../../shared/domain/types';
import type { MonthClosing } from '../../../shared/domain/monthEnd';

export type RegisterData =
  | { status: 'loading' }
  | { status: 'error'; message: string; messageEn: string }
  | { status: 'ok'; projects: ProjectRow[]; display: AmountDisplay; ytdMonth: number; lists: CodeLists; closing: MonthClosing | null };

/** The live register, or with `month` the rows frozen when that month was closed. */
export function useRegisterData(month: string | null = null) {
  const [data, setData] = useState<RegisterData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const rows = month ? api('months.rows', { month }) : api('projects.list', {}).then((projects) => ({ rows: projects, closing: null }));
    Promise.all([rows, api('settings.get', {}), api('codeLists.get', {}), api('data.info', {})]).then(
      ([{ rows: projects, closing }, settings, lists, info]) => {
        // A closed month's rows carry 1–N月 of that month; the live register runs to today's month.
        const ytdMonth = Number((month ?? info.today).slice(5, 7));
        if (live) setData({ status: 'ok', projects, display: displayOf(settings), ytdMonth, lists, closing });
      },
      (err: unknown) => {
        if (!live) return;
        const body = err instanceof ApiCallError ? err.body : { message: String(err), messageEn: String(err) };
        setData({ status: 'error', message: body.message, messageEn: body.messageEn });
      },
    );
    return () => { live = false; };
  }, [attempt, month]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  /** Puts a saved project in place (or drops it when archived), keeping every other row as it was. */
  const replace = useCallback((rows: ProjectRow[]) => {
    setData((old) => {
      if (old.status !== 'ok') return old;
      const byId = new Map(rows.map((r) => [r.id, r]));
      const kept = old.projects.flatMap((p) => {
        const next = byId.get(p.id);
        byId.delete(p.id);
        if (!next) return [p];
        return next.archived ? [] : [next];
      });
      const added = [...byId.values()].filter((r) => !r.archived);
      return { ...old, projects: [...kept, ...added] };
    });
  }, []);

  return { data, reload, replace };
}
