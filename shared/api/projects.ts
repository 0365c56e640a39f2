/** 项目, 节点, 模板, 月度投资, 变更记录: the register's own methods. */

import { z } from 'zod';
import type { IsoDate } from '../domain/dates';
import type { ChangeRecord, MonthlyEntry, NodeTemplate, Project, ProjectRow, ScheduleNodeWithLight } from '../domain/types';
import { id, isoDate, isoMonth, monthlyFieldsSchema, newProjectSchema, nodeFieldsSchema, projectFieldsSchema, projectFilterSchema } from '../schemas';
import { command, none, query } from './method';
import { NODES_PER_CALL_PROJECTS } from './plainValues';

export interface ProjectDetail {
  project: ProjectRow;
  nodes: ScheduleNodeWithLight[];
  monthly: MonthlyEntry[];
}

export { NODES_PER_CALL_PROJECTS };

/** The span of a set of schedules; nulls when no node has a date. */
export interface NodeExtent {
  from: IsoDate | null;
  to: IsoDate | null;
}

/**
 * The project version the editor loaded. Given, a write to the project's schedule or monthly
 * figures is refused ('conflict') when someone else changed the project since; left out
 * (CLI, imports), the write goes through as before.
 */
const loadedVersion = z.number().int().min(0).optional();

export const projectMethods = {
  /** The register's rows; `limit` gives the first rows only (the first screen, shown before the rest arrives). */
  'projects.list': query<ProjectRow[]>()(projectFilterSchema.extend({ limit: z.number().int().min(1).max(1000).optional() }).strict()),
  'projects.get': query<ProjectDetail>()(z.object({ id }).strict()),
  'projects.create': command<Project>()(newProjectSchema.strict()),
  'projects.update': command<Project>()(
    z.object({ id, version: z.number().int().min(0), changes: projectFieldsSchema.partial().strict() }).strict(),
  ),
  'projects.archive': command<Project>()(
    z.object({ id, archived: z.boolean() }).strict(),
  ),
  /** Archives or restores several projects in one transaction (the register's 归档 and its 撤销). */
  'projects.archiveMany': command<Project[]>()(
    z.object({ ids: z.array(id).min(1).max(5000), archived: z.boolean() }).strict(),
  ),
  /** Sets 区域/产业链/级别/责任单位 of several projects in one transaction. */
  'projects.bulkSet': command<Project[]>()(
    z.object({
      ids: z.array(id).min(1).max(5000),
      changes: projectFieldsSchema.pick({ area: true, chain: true, level: true, ownerUnit: true }).partial().strict()
        .refine((c) => Object.keys(c).length > 0, { message: '请至少选择一项要设置的内容' }),
    }).strict(),
  ),
  'nodes.list': query<ScheduleNodeWithLight[]>()(z.object({ projectId: id }).strict()),
  /** Every node of the register with its light, in project and schedule order: the Gantt's bars. */
  'nodes.all': query<ScheduleNodeWithLight[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),
  /**
   * The nodes of the given projects with their lights, in the order asked: the Gantt asks only for
   * the rows in view (and 导出图片 for the rows of its filter), never for the whole register's.
   */
  'nodes.ofProjects': query<ScheduleNodeWithLight[]>()(z.object({ projectIds: z.array(id).max(NODES_PER_CALL_PROJECTS) }).strict()),
  /**
   * The earliest and latest date of any node (planned or actual) of the given projects, or of the
   * whole register (archived left out) when none are named: the Gantt's time axis and 适应范围.
   */
  'nodes.extent': query<NodeExtent>()(z.object({ projectIds: z.array(id).max(200_000).optional() }).strict()),
  'nodes.add': command<ScheduleNodeWithLight[]>()(
    z.object({ projectId: id, after: id.nullable(), node: nodeFieldsSchema.strict(), version: loadedVersion }).strict(),
  ),
  'nodes.update': command<ScheduleNodeWithLight[]>()(z.object({ id, changes: nodeFieldsSchema.partial().strict(), shiftFollowing: z.boolean().optional(), version: loadedVersion }).strict()),
  'nodes.remove': command<ScheduleNodeWithLight[]>()(z.object({ id, version: loadedVersion }).strict()),
  /** Moves a node up or down the schedule by one place. */
  'nodes.move': command<ScheduleNodeWithLight[]>()(z.object({ id, direction: z.enum(['up', 'down']), version: loadedVersion }).strict()),
  'nodes.applyTemplate': command<ScheduleNodeWithLight[]>()(
    z.object({ projectId: id, templateId: id, start: isoDate, version: loadedVersion }).strict(),
  ),
  'templates.list': query<NodeTemplate[]>()(none),
  'monthly.list': query<MonthlyEntry[]>()(
    z.object({ projectId: id, year: z.number().int().min(2000).max(2100).optional() }).strict(),
  ),
  'monthly.set': command<MonthlyEntry>()(
    z.object({ projectId: id, month: isoMonth, values: monthlyFieldsSchema.partial().strict(), version: loadedVersion }).strict(),
  ),
  'history.list': query<ChangeRecord[]>()(
    z.object({ projectId: id.optional(), limit: z.number().int().min(1).max(5000).optional() }).strict(),
  ),
};
