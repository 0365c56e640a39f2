/** A project's detail with what its page needs beside it: how amounts show, code lists, templates and today. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import type { ProjectDetail } from '../../../shared/contract';
import type { AmountDisplay } from '../../../shared/domain/money';
import { displayOf } from '../common/money';
import type { CodeLists, NodeTemplate } from '../../../shared/domain/types';

export interface ProjectPageData {
  detail: ProjectDetail;
  display: AmountDisplay;
  lists: CodeLists;
  templates: NodeTemplate[];
  today: string;
}

/** Runs one write to the project with the version the page holds (see useProjectData's write). */
export type ProjectWrite = <T>(call: (loadedVersion: number | undefined) => Promise<T>) => Promise<T>;

export type ProjectPageState =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string; messageEn: string }
  | ({ status: 'ok' } & ProjectPageData);

export function useProjectData(id: number) {
  const [state, setState] = useState<ProjectPageState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The project version this page holds, carried by every schedule and monthly write. A ref, and
  // writes run one after another, so a second edit made before the first one's re-read has landed
  // still carries the version that first write produced, not the one the page rendered with.
  const version = useRef<number | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    Promise.all([api('projects.get', { id }), api('settings.get', {}), api('codeLists.get', {}), api('templates.list', {}), api('data.info', {})]).then(
      ([detail, settings, lists, templates, info]) => {
        if (!live) return;
        version.current = detail.project.version;
        setState({ status: 'ok', detail, display: displayOf(settings), lists, templates, today: info.today });
      },
      (err: unknown) => {
        if (!live) return;
        const body = err instanceof ApiCallError ? err.body : { code: 'internal', message: String(err), messageEn: String(err) };
        setState({ status: 'error', code: body.code, message: body.message, messageEn: body.messageEn });
      },
    );
    return () => { live = false; };
  }, [id, attempt]);

  /** Re-reads the project quietly (the page stays up). */
  const refresh = useCallback(async () => {
    const detail = await api('projects.get', { id });
    version.current = detail.project.version;
    setState((old) => (old.status === 'ok' ? { ...old, detail } : old));
  }, [id]);

  /**
   * Runs a write with the version the page holds, then re-reads the project (its new version,
   * stage and lights). Writes wait for the ones before them; a failed write rejects its own caller
   * only, and leaves the page's version as it was.
   */
  const write: ProjectWrite = useCallback(<T,>(call: (loadedVersion: number | undefined) => Promise<T>): Promise<T> => {
    const run = queue.current.then(async () => {
      const result = await call(version.current ?? undefined);
      await refresh();
      return result;
    });
    queue.current = run.catch(() => undefined);
    return run;
  }, [refresh]);

  // loadKey changes on every full load (载入最新数据), so editors keyed by it start afresh.
  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []), refresh, write, loadKey: attempt };
}
