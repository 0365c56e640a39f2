/** Loads one API query into component state, with a reload; the input is compared by value. */
import { useCallback, useEffect, useState } from 'react';
import { api, DATA_CHANGED } from '../api/client';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import { ApiCallError } from '../../../shared/errors';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; message: string; messageEn: string };

/**
 * With `live`, the query refreshes quietly (keeping what it shows until the answer comes) after
 * any write anywhere in the app: counts and totals in the frame stay true.
 */
export function useApiQuery<K extends MethodName>(method: K, input: MethodInput<K>, options: { live?: boolean } = {}): [QueryState<MethodResult<K>>, () => void] {
  const [state, setState] = useState<QueryState<MethodResult<K>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(input);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    api(method, JSON.parse(key) as MethodInput<K>).then(
      (data) => { if (live) setState({ status: 'ok', data }); },
      (err: unknown) => { if (live) setState(errorState(err)); },
    );
    return () => { live = false; };
  }, [method, key, attempt]);

  const live = options.live ?? false;
  useEffect(() => {
    if (!live) return;
    let current = true;
    const refresh = () => {
      api(method, JSON.parse(key) as MethodInput<K>).then(
        (data) => { if (current) setState({ status: 'ok', data }); },
        () => { /* keep showing the last answer; the next write tries again */ },
      );
    };
    window.addEventListener(DATA_CHANGED, refresh);
    return () => {
      current = false;
      window.removeEventListener(DATA_CHANGED, refresh);
    };
  }, [live, method, key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}

function errorState(err: unknown): { status: 'error'; message: string; messageEn: string } {
  if (err instanceof ApiCallError) return { status: 'error', message: err.body.message, messageEn: err.body.messageEn };
  const text = err instanceof Error ? err.message : String(err);
  return { status: 'error', message: text, messageEn: text };
}
