/** Excel habits: a block pasted into the register in one transaction, and Ctrl+Z / Ctrl+Y through the history. */

import { z } from 'zod';
import type { ProjectRow } from '../domain/types';
import { id, projectFieldsSchema } from '../schemas';
import { command } from './method';

const fieldName = z.enum(Object.keys(projectFieldsSchema.shape) as [keyof typeof projectFieldsSchema.shape, ...Array<keyof typeof projectFieldsSchema.shape>]);

/** One pasted cell, already read by the field's kind as an inline edit reads it; checked again here. */
export const pastedCellSchema = z.object({
  id,
  /** The project version the grid showed: a project saved elsewhere since refuses its cells. */
  version: z.number().int().min(0),
  field: fieldName,
  value: z.unknown(),
}).strict();

export type PastedCell = z.infer<typeof pastedCellSchema>;

export interface CellRefusal {
  id: number;
  field: string;
  message: string;
  messageEn: string;
}

export interface PasteResult {
  /** Cells whose value changed (a cell pasted with the value it had counts as unchanged). */
  saved: number;
  unchanged: number;
  refused: CellRefusal[];
  /** Fresh rows of the projects the paste changed, to put in place. */
  rows: ProjectRow[];
}

const undoScope = z.object({
  /** From 项目详情: only edits to this project; left out, the register's (every project). */
  projectId: id.optional(),
}).strict();

export interface UndoResult {
  /** Nothing was left to undo (or redo). */
  done: boolean;
  /** What was taken back or put again: an edit of one project (a cell, a form save), a bulk set, a paste. */
  what: 'edit' | 'bulk' | 'paste' | null;
  /** The fields put back, as "project · field" lines (first few). */
  fields: Array<{ projectId: number; field: string }>;
  cells: number;
  rows: ProjectRow[];
}

export const editMethods = {
  /**
   * A block from Excel/WPS pasted into the register: every cell checked as an inline edit is;
   * valid ones saved in one transaction as one edit (one Ctrl+Z takes it all back), the others
   * returned with the reason.
   */
  'projects.pasteCells': command<PasteResult>()(
    z.object({ cells: z.array(pastedCellSchema).min(1).max(50_000) }).strict(),
  ),
  /** Takes back the actor's last edit (cell, form, bulk set, paste), recorded in the history as an edit itself. */
  'edits.undo': command<UndoResult>()(undoScope),
  /** Puts back what the last undo took, unless a new edit came since. */
  'edits.redo': command<UndoResult>()(undoScope),
};
