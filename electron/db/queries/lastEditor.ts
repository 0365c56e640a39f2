/** Who last changed a project, from its history: a refused stale save names them. */

import { cachedStatement, type Db } from '../connection';

export interface LastEditor {
  actor: string;
  at: string;
}

/** The newest history row of the project (its fields, nodes, monthly figures or 卡点), or null if it has none. */
export function lastEditorOf(db: Db, projectId: number): LastEditor | null {
  const row = cachedStatement(db, 'SELECT actor, at FROM changes WHERE project_id = ? ORDER BY id DESC LIMIT 1').get(projectId) as LastEditor | undefined;
  return row ?? null;
}
