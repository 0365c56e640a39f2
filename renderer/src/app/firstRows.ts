/**
 * The register's first screen asked while the app starts (issue 17): a page opened on 项目台账
 * asks for its first rows, settings and code lists beside the session check and the view's chunk,
 * instead of after them. Taken once, by the register's first load, and only while fresh.
 */
import { api } from '../api/client';
import type { MethodResult } from '../../../shared/contract';

/** Rows asked first: more than a 1366×768 screen shows, and a page down. */
export const FIRST_ROWS = 60;

const FRESH_MS = 10_000;

export type FirstRows = Promise<[MethodResult<'projects.list'>, MethodResult<'data.info'>, [MethodResult<'settings.get'>, MethodResult<'codeLists.get'>]]>;

let asked: { at: number; answer: FirstRows } | null = null;

export function askFirstRows(): void {
  const answer: FirstRows = Promise.all([api('projects.list', { limit: FIRST_ROWS }), api('data.info', {}), Promise.all([api('settings.get', {}), api('codeLists.get', {})])]);
  // Failures are the register's to show when it asks for itself.
  answer.catch(() => undefined);
  asked = { at: Date.now(), answer };
}

/** The answer asked at start, once; null when none was asked, it was taken, or it is stale. */
export function takeFirstRows(): FirstRows | null {
  const taken = asked;
  asked = null;
  return taken && Date.now() - taken.at < FRESH_MS ? taken.answer : null;
}
