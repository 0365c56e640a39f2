/**
 * Unsaved edits are never dropped without asking. A form with unsaved edits holds a guard
 * (useLeaveGuard); while one is held, leaving by a link, the sidebar, the back button or a tab
 * asks first (LeaveGuardDialog answers), and closing or reloading the window is held back by
 * `beforeunload` (the Electron shell turns that into a native question).
 */
import { useEffect, useSyncExternalStore } from 'react';

const guards = new Set<symbol>();
let asking: ((leave: boolean) => void) | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function subscribeLeaveQuestion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isAskingToLeave = (): boolean => asking !== null;

/** Resolves true when the user may leave: at once without unsaved edits, else when they say so. */
export function confirmLeave(): Promise<boolean> {
  if (guards.size === 0) return Promise.resolve(true);
  asking?.(false);
  return new Promise((resolve) => {
    asking = resolve;
    notify();
  });
}

export function answerLeave(leave: boolean): void {
  const resolve = asking;
  asking = null;
  notify();
  resolve?.(leave);
}

export function useLeaveGuard(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const token = Symbol('unsaved');
    guards.add(token);
    return () => {
      guards.delete(token);
    };
  }, [unsaved]);
}

/** Whether the next hash change is one the user already agreed to. */
let agreed = false;

function leaveTo(target: string): void {
  void confirmLeave().then((leave) => {
    if (!leave) return;
    agreed = true;
    window.location.hash = target;
  });
}

// A link inside the app (sidebar, 返回, a figure): stopped before the browser follows it, so a
// refusal leaves no trace in the history.
document.addEventListener('click', (event) => {
  if (guards.size === 0 || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  const target = link?.getAttribute('href');
  if (!target || target === window.location.hash) return;
  event.preventDefault();
  leaveTo(target);
}, true);

// The back and forward buttons (and code setting the hash): registered when the module loads,
// before any view subscribes, so a refused move is stopped before the route (useHashRoute) sees it.
window.addEventListener('hashchange', (event) => {
  if (agreed || guards.size === 0) {
    agreed = false;
    return;
  }
  event.stopImmediatePropagation();
  const target = window.location.hash;
  // Back to the page with the edits (pushState fires no hashchange), then ask.
  history.pushState(history.state, '', event.oldURL);
  leaveTo(target);
});

window.addEventListener('beforeunload', (event) => {
  if (guards.size === 0) return;
  event.preventDefault();
  // Older engines need returnValue set to show their question.
  event.returnValue = '';
});

export function useLeaveQuestion(): boolean {
  return useSyncExternalStore(subscribeLeaveQuestion, isAskingToLeave);
}
