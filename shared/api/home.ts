/** 首页 (领导驾驶舱): the month's summary, and each user's 关注项目 (watch list). */

import { z } from 'zod';
import type { HomeSummary } from '../domain/home';
import { id, isoMonth } from '../schemas';
import { command, query } from './method';

export const homeMethods = {
  /** The summary of a month (default: this month once reported, else the month before). */
  'home.summary': query<HomeSummary>()(z.object({ month: isoMonth.optional() }).strict()),
  /** Adds a project to, or takes it off, the calling user's 关注项目; returns the list of ids. */
  'home.watch': command<number[]>()(z.object({ projectId: id, watched: z.boolean() }).strict()),
  'home.watched': query<number[]>()(z.object({}).strict()),
};
