/** Loads one API query into component state, with a reload; the input is compared by value. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import { ApiCallError } from '../../../shared/errors';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; message: string; messageEn: string };

export function useApiQuery<K extends MethodName>(method: K, input: MethodInput<K>): [QueryState<MethodResult<K>>, () => void] {
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

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}

function errorState(err: unknown): { status: 'error'; message: string; messageEn: string } {
  if (err instanceof ApiCallError) return { status: 'error', message: err.body.message, messageEn: err.body.messageEn };
  const text = err instanceof Error ? err.message : String(err);
  return { status: 'error', message: text, messageEn: text };
}
