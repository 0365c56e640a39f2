/** Excel habits in the register: a pasted block, Ctrl+Z and Ctrl+Y (see pasteCells.ts and editStack.ts). */

import type { HandlerMap } from './context';
import { redoLastUndo, undoLastEdit } from './editStack';
import { pasteCells } from './pasteCells';

export const editHandlers: HandlerMap<'projects.pasteCells' | 'edits.undo' | 'edits.redo'> = {
  async 'projects.pasteCells'({ cells }, ctx) {
    return pasteCells(ctx, cells);
  },
  async 'edits.undo'({ projectId }, ctx) {
    return undoLastEdit(ctx, projectId);
  },
  async 'edits.redo'({ projectId }, ctx) {
    return redoLastUndo(ctx, projectId);
  },
};
