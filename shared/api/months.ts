/** 月结 and 比上月: close a month (freeze its figures), read a closed month back, compare it with the last. */

import { z } from 'zod';
import type { MonthClosing } from '../domain/monthEnd';
import type { MonthChanges } from '../domain/monthChanges';
import type { ProjectRow } from '../domain/types';
import { isoMonth, projectFilterSchema } from '../schemas';
import { command, none, query } from './method';

export interface ClosingList {
  /** Closed months, newest first. */
  closings: MonthClosing[];
  /** The month of today: the latest that may be closed. */
  currentMonth: string;
}

export interface ClosedRows {
  closing: MonthClosing;
  rows: ProjectRow[];
}

export const monthMethods = {
  'months.list': query<ClosingList>()(none),
  /**
   * Freezes the month's figures per project. A month already closed is refused ('conflict') unless
   * `replace` is given (the UI asks first); the re-closing is recorded in the history.
   */
  'months.close': command<MonthClosing>()(z.object({ month: isoMonth, replace: z.boolean().optional() }).strict()),
  /** A closed month's register rows, as they were frozen. */
  'months.rows': query<ClosedRows>()(z.object({ month: isoMonth, filter: projectFilterSchema.omit({ includeArchived: true }).strict().optional() }).strict()),
  /** 比上月: the month (closed, or live as of its end) against the latest closed month before it. */
  'months.changes': query<MonthChanges>()(z.object({ month: isoMonth }).strict()),
};
