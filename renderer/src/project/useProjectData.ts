/** A project's detail with what its page needs beside it: unit, code lists, templates and today. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import type { ProjectDetail } from '../../../shared/contract';
import type { MoneyUnit } from '../../../shared/domain/money';
import type { CodeLists, NodeTemplate } from '../../../shared/domain/types';

export interface ProjectPageData {
  detail: ProjectDetail;
  unit: MoneyUnit;
  lists: CodeLists;
  templates: NodeTemplate[];
  today: string;
}

export type ProjectPageState =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string; messageEn: string }
  | ({ status: 'ok' } & ProjectPageData);

export function useProjectData(id: number) {
  const [state, setState] = useState<ProjectPageState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([api('projects.get', { id }), api('settings.get', {}), api('codeLists.get', {}), api('templates.list', {}), api('data.info', {})]).then(
      ([detail, settings, lists, templates, info]) => {
        if (live) setState({ status: 'ok', detail, unit: settings.displayUnit, lists, templates, today: info.today });
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
    setState((old) => (old.status === 'ok' ? { ...old, detail } : old));
  }, [id]);

  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []), refresh };
}
