/**
 * 导入: read a CSV/TSV/XLSX list, preview what it would do, commit it as one batch, undo a batch.
 * The file travels as base64 text inside the JSON input, so every transport carries it; each call
 * sends it again, which keeps the services stateless between the wizard's steps.
 */

import { z } from 'zod';
import { CODE_LIST_NAMES } from '../domain/types';
import { IMPORT_FIELDS } from '../import/fields';
import type { ImportBatch, ImportInspection, ImportPreview, ImportSummary } from '../import/types';
import { id } from '../schemas';
import { command, none, query } from './method';

/** 20 MB of file as base64 (4 characters per 3 bytes): inside the 28 MB HTTP body cap. */
const MAX_BASE64_CHARS = Math.ceil((20 * 1024 * 1024) / 3) * 4;

export const importFileSchema = z.object({
  name: z.string().trim().min(1).max(260),
  base64: z.string().max(MAX_BASE64_CHARS, { message: '文件超过 20 MB，请拆分后分批导入' }),
}).strict();

const readOptions = {
  file: importFileSchema,
  encoding: z.enum(['utf-8', 'gb18030']).optional(),
  delimiter: z.enum([',', '\t', ';', '|']).optional(),
  sheet: z.string().max(100).optional(),
};

const planOptions = {
  ...readOptions,
  /** Field per column, in column order; null leaves the column out. */
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(200),
  matchKey: z.enum(['code', 'nameCompany']),
  mode: z.enum(['add', 'update', 'upsert']),
  /** Unknown code-list values the user accepts as new entries. */
  addCodes: z.array(z.object({ list: z.enum(CODE_LIST_NAMES), value: z.string().trim().min(1).max(40) }).strict()).max(500).optional(),
};

export const importMethods = {
  'imports.inspect': query<ImportInspection>()(z.object(readOptions).strict()),
  'imports.preview': query<ImportPreview>()(
    z.object({ ...planOptions, rowLimit: z.number().int().min(0).max(100_000).optional() }).strict(),
  ),
  'imports.commit': command<ImportSummary>()(
    z.object({
      ...planOptions,
      skipRejected: z.boolean().optional(),
      saveMapping: z.boolean().optional(),
      /** Import even though the file's project rows do not add up to its own 合计 row (the preview's totals.mismatch). */
      acceptTotalMismatch: z.boolean().optional(),
    }).strict(),
  ),
  'imports.undo': command<ImportBatch>()(z.object({ batchId: id }).strict()),
  'imports.batches': query<ImportBatch[]>()(none),
  'imports.saveMapping': command<{ saved: number }>()(
    z.object({ headers: z.array(z.string().max(200)).min(1).max(200), mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(200) }).strict(),
  ),
};
