/** 导入 handlers: inspect, preview, commit, undo, batches, saved mappings. */

import { listBatches } from '../../db/queries/imports';
import type { HandlerMap } from '../context';
import { commitImport, planAgainst } from './commit';
import { readImport } from './inspect';
import { saveMapping } from './mappingStore';
import { undoImport } from './undo';

/** Rows sent back with a preview: the problem rows first, then the rest, up to this many. */
const DEFAULT_ROW_LIMIT = 2000;

export const importHandlers: HandlerMap<'imports.inspect' | 'imports.preview' | 'imports.commit' | 'imports.undo' | 'imports.batches' | 'imports.saveMapping'> = {
  async 'imports.inspect'(input, ctx) {
    return (await readImport(ctx.db, input)).inspection;
  },

  async 'imports.preview'(input, ctx) {
    const read = await readImport(ctx.db, input);
    const plan = await planAgainst(ctx, read, input);
    const limit = input.rowLimit ?? DEFAULT_ROW_LIMIT;
    const rank = (r: { status: string; issues: unknown[] }) => (r.status === 'rejected' ? 0 : r.issues.length ? 1 : r.status === 'unchanged' ? 3 : 2);
    const ordered = [...plan.rows].sort((a, b) => rank(a) - rank(b) || a.line - b.line).slice(0, limit).sort((a, b) => a.line - b.line);
    return {
      inspection: { ...read.inspection, mapping: input.mapping },
      totals: plan.totals,
      rows: ordered.map(({ write: _write, ...row }) => row),
      rowsOmitted: plan.rows.length - ordered.length,
      unknownCodes: plan.unknownCodes,
      fileIssues: plan.fileIssues,
    };
  },

  async 'imports.commit'(input, ctx) {
    const read = await readImport(ctx.db, input);
    const summary = await commitImport(ctx, read, input);
    if (input.saveMapping) await saveMapping(ctx.db, read.layout.headers, input.mapping);
    return summary;
  },

  async 'imports.undo'({ batchId }, ctx) {
    return undoImport(ctx, batchId);
  },

  async 'imports.batches'(_input, ctx) {
    return listBatches(ctx.db, 50);
  },

  async 'imports.saveMapping'({ headers, mapping }, ctx) {
    return { saved: await saveMapping(ctx.db, headers, mapping) };
  },
};
