/** Who last changed a project, from its history: a refused stale save names them. */

import { sql, type Db } from '../db';

export interface LastEditor {
  actor: string;
  at: string;
}

/** The newest history row of the project (its fields, nodes, monthly figures or 卡点), or null if it has none. */
export async function lastEditorOf(db: Db, projectId: number): Promise<LastEditor | null> {
  return (await db.get(sql<LastEditor>`SELECT actor, at FROM changes WHERE project_id = ${projectId} ORDER BY id DESC LIMIT 1`)) ?? null;
}
