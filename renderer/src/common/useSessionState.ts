/**
 * State kept for the browser tab (the window, in Electron): a user who clicks from a rollup cell or
 * a Gantt row into another page and comes back finds the same table, filters, zoom and place.
 */
import { useCallback, useState } from 'react';

export function useSessionState<T>(key: string, initial: T, isValid: (value: unknown) => value is T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
      return stored !== null && isValid(stored) ? stored : initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback((next: T) => {
    setValue(next);
    try {
      sessionStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or refused: the state still holds for this visit.
    }
  }, [key]);
  return [value, set];
}
