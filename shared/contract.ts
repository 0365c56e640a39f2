/**
 * The API contract, declared once: every area's methods (shared/api/*.ts) joined here. Each method
 * has a zod input schema (validated on the main side whatever the transport) and a result type.
 * The IPC bridge, the HTTP routes, the CLI and the renderer client are all derived from
 * `contract`; adding a method means one entry in its area's file and one service handler.
 */

import type { z } from 'zod';
import type { MethodSpec } from './api/method';
import { projectMethods } from './api/projects';
import { settingsMethods } from './api/settings';
import { codeListMethods } from './api/codeLists';
import { templateMethods } from './api/templates';
import { rollupMethods } from './api/rollups';
import { dataMethods } from './api/data';
import { importMethods } from './api/imports';
import { viewMethods } from './api/views';
import { reportMethods } from './api/reports';
import { nodeTemplateMethods } from './api/nodeTemplates';
import { homeMethods } from './api/home';
import { problemMethods } from './api/problems';
import { roundMethods } from './api/rounds';
import { monthMethods } from './api/months';
import { accountMethods } from './api/accounts';
import { editMethods } from './api/edits';

export type { ProjectDetail } from './api/projects';
export type { CheckReport, DataInfo } from './api/data';
export type { TemplateBulkResult, TemplateBulkUndoResult } from './api/nodeTemplates';

export const contract = {
  ...projectMethods,
  ...settingsMethods,
  ...codeListMethods,
  ...templateMethods,
  ...rollupMethods,
  ...dataMethods,
  ...importMethods,
  ...viewMethods,
  ...reportMethods,
  ...nodeTemplateMethods,
  ...homeMethods,
  ...problemMethods,
  ...roundMethods,
  ...monthMethods,
  ...accountMethods,
  ...editMethods,
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
