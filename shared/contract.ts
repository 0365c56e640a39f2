/**
 * The API contract, declared once. Each method has a zod input schema (validated on the main side
 * whatever the transport) and a result type. The IPC bridge, the HTTP routes, the CLI and the
 * renderer client are all derived from `contract`; adding a method means one entry here and one
 * service handler.
 */

import { z } from 'zod';
import type { RollupTable } from './domain/rollup';
import type {
  ChangeRecord,
  CodeLists,
  MonthlyEntry,
  NodeTemplate,
  Project,
  ProjectRow,
  ScheduleNodeWithLight,
  Settings,
} from './domain/types';
import {
  codeListNameSchema,
  id,
  isoDate,
  isoMonth,
  monthlyFieldsSchema,
  newProjectSchema,
  nodeFieldsSchema,
  projectFieldsSchema,
  projectFilterSchema,
  rollupDimensionSchema,
  settingsSchema,
} from './schemas';

/** A method's declaration: its input schema, and its result type carried as a phantom. */
interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Never read at run time: it carries the result type. */
  result?: R;
  /** Whether the method writes (the UI refreshes after such calls). */
  writes: boolean;
}

/** `query<Result>()(schema)`: curried so the schema type is inferred while the result is named. */
function query<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input, writes: false });
}
function command<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input, writes: true });
}

const none = z.object({}).strict();

export interface ProjectDetail {
  project: ProjectRow;
  nodes: ScheduleNodeWithLight[];
  monthly: MonthlyEntry[];
}

export interface DataInfo {
  /** Absolute path of the database file. */
  databasePath: string;
  schemaVersion: number;
  projectCount: number;
  archivedCount: number;
  appVersion: string;
  today: string;
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeys: Array<{ table: string; rowid: number; parent: string }>;
  schemaVersion: number;
}

export const contract = {
  // 项目
  'projects.list': query<ProjectRow[]>()(projectFilterSchema.strict()),
  'projects.get': query<ProjectDetail>()(z.object({ id }).strict()),
  'projects.create': command<Project>()(newProjectSchema.strict()),
  'projects.update': command<Project>()(
    z.object({ id, version: z.number().int().min(0), changes: projectFieldsSchema.partial().strict() }).strict(),
  ),
  'projects.archive': command<Project>()(
    z.object({ id, archived: z.boolean() }).strict(),
  ),

  // 节点
  'nodes.list': query<ScheduleNodeWithLight[]>()(z.object({ projectId: id }).strict()),
  'nodes.add': command<ScheduleNodeWithLight[]>()(
    z.object({ projectId: id, after: id.nullable(), node: nodeFieldsSchema.strict() }).strict(),
  ),
  'nodes.update': command<ScheduleNodeWithLight[]>()(z.object({ id, changes: nodeFieldsSchema.partial().strict(), shiftFollowing: z.boolean().optional() }).strict()),
  'nodes.remove': command<ScheduleNodeWithLight[]>()(z.object({ id }).strict()),
  'nodes.applyTemplate': command<ScheduleNodeWithLight[]>()(
    z.object({ projectId: id, templateId: id, start: isoDate }).strict(),
  ),
  'templates.list': query<NodeTemplate[]>()(none),

  // 月度投资
  'monthly.list': query<MonthlyEntry[]>()(
    z.object({ projectId: id, year: z.number().int().min(2000).max(2100).optional() }).strict(),
  ),
  'monthly.set': command<MonthlyEntry>()(
    z.object({ projectId: id, month: isoMonth, values: monthlyFieldsSchema.partial().strict() }).strict(),
  ),

  // 代码表与设置
  'codeLists.get': query<CodeLists>()(none),
  'codeLists.set': command<CodeLists>()(
    z.object({ list: codeListNameSchema, values: z.array(z.string().trim().min(1).max(40)).min(1).max(500) }).strict(),
  ),
  'settings.get': query<Settings>()(none),
  'settings.update': command<Settings>()(settingsSchema.partial().strict()),

  // 汇总
  'rollups.by': query<RollupTable>()(z.object({ by: rollupDimensionSchema, month: isoMonth.optional(), filter: projectFilterSchema.strict().optional() }).strict()),

  // 变更记录
  'history.list': query<ChangeRecord[]>()(
    z.object({ projectId: id.optional(), limit: z.number().int().min(1).max(5000).optional() }).strict(),
  ),

  // 数据
  'data.info': query<DataInfo>()(none),
  'data.check': query<CheckReport>()(none),
  'data.backup': command<{ path: string }>()(
    z.object({ out: z.string().min(1).max(1000).optional() }).strict(),
  ),
  'data.seedSample': command<{ projects: number }>()(none),
  /** Fills the register with N generated projects (for trials and benchmarks); deterministic per seed. */
  'data.generate': command<{ projects: number }>()(
    z.object({ projects: z.number().int().min(1).max(100_000), seed: z.number().int().min(0).max(2 ** 31).optional() }).strict(),
  ),
  'data.clear': command<{ removed: number }>()(
    z.object({ confirm: z.literal('清空', { message: '请输入“清空”以确认' }) }).strict(),
  ),
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes. */
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation and defaults. */
export type MethodArgs<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodResult<K extends MethodName> = NonNullable<Contract[K]['result']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The one client signature every transport implements. */
export type SendFn = <K extends MethodName>(method: K, input: MethodInput<K>) => Promise<MethodResult<K>>;

/** Events the main side pushes to the UI. */
export interface EventMap {
  'data.changed': { method: MethodName };
}
