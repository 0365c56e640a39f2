/** 变更记录: who changed what, when, from what to what. */

import { listChanges } from '../db/queries/changes';
import type { HandlerMap } from './context';

export const historyHandlers: HandlerMap<'history.list'> = {
  async 'history.list'({ projectId, limit }, ctx) {
    return listChanges(ctx.db, projectId, limit ?? 500);
  },
};
