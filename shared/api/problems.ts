/** 卡点督办: problems holding projects up, the department asked to solve each, and the 督办单 sent to it. */

import { z } from 'zod';
import type { ProblemRow } from '../domain/problems';
import { id, isoDate } from '../schemas';
import { command, none, query } from './method';
import { PROBLEM_STATUSES, type ProblemStatusFilter } from './plainValues';
import type { ReportFile } from './reports';

export { PROBLEM_STATUSES, type ProblemStatusFilter };

export interface ProblemDepartment {
  name: string;
  /** Problems of the chosen status. */
  count: number;
  open: number;
  overdue: number;
}

export interface ProblemList {
  /** Overdue first (longest overdue on top), then by promised date, the solved last. */
  rows: ProblemRow[];
  /** Departments of the problems of the chosen status, before the department filter: the filter's choices. */
  departments: ProblemDepartment[];
  open: number;
  overdue: number;
  today: string;
}

/**
 * The project version the page loaded (as the schedule's writes carry it): given, a write is
 * refused when the project changed elsewhere since; a 卡点 is part of the project's state (its light).
 */
const loadedVersion = z.number().int().min(0).optional();

const problemText = z.string().trim().min(1, { message: '请写明卡点问题' }).max(500, { message: '卡点问题不能超过500个字' });
const department = z.string().trim().min(1, { message: '请填写责任单位（负责解决的部门）' }).max(100, { message: '责任单位不能超过100个字' });

export const problemFieldsSchema = z.object({
  nodeId: id.nullable(),
  text: problemText,
  department,
  promisedOn: isoDate.nullable(),
});

export const problemMethods = {
  'problems.list': query<ProblemList>()(
    z.object({
      projectId: id.optional(),
      department: z.string().trim().max(100).optional(),
      status: z.enum(PROBLEM_STATUSES, { message: '状态应为 open、overdue、resolved、all 之一' }).optional(),
    }).strict(),
  ),
  /** Departments to offer when a problem is recorded: those asked before and the projects' 责任单位. */
  'problems.departments': query<string[]>()(none),
  'problems.create': command<ProblemRow>()(problemFieldsSchema.extend({ projectId: id, version: loadedVersion }).strict()),
  'problems.update': command<ProblemRow>()(
    z.object({ id, changes: problemFieldsSchema.partial().strict(), version: loadedVersion }).strict(),
  ),
  /** Marks a problem solved, with how it was solved; the date is today unless given. */
  'problems.resolve': command<ProblemRow>()(
    z.object({
      id,
      resolution: z.string().trim().min(1, { message: '请写明解决情况' }).max(1000, { message: '解决情况不能超过1000个字' }),
      resolvedOn: isoDate.optional(),
      version: loadedVersion,
    }).strict(),
  ),
  /** Opens a solved problem again (the solution did not hold). */
  'problems.reopen': command<ProblemRow>()(z.object({ id, version: loadedVersion }).strict()),
  /** Removes a problem recorded by mistake (the history keeps what it said). */
  'problems.remove': command<{ id: number }>()(z.object({ id, version: loadedVersion }).strict()),
  /** 督办单: the open problems of one department as an .xlsx, or of every department, a sheet each. */
  'problems.export': query<ReportFile>()(
    z.object({ department: z.string().trim().min(1).max(100).optional() }).strict(),
  ),
};
