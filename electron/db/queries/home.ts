/** What 首页 reads beyond the register rows: the latest month with figures and the overdue 卡点. */

import { sql, type Db } from '../db';

/** The latest month anyone reported completed investment or progress for; null on an empty register. */
export async function latestMonthWithFigures(db: Db): Promise<string | null> {
  // Walks the month index from the newest end: stops at the first month with figures.
  const row = await db.get(sql<{ month: string }>`SELECT month FROM monthly WHERE completed > 0 OR progress_note <> '' ORDER BY month DESC LIMIT 1`);
  return row?.month ?? null;
}

export interface OverdueProblemRow {
  id: number;
  project_id: number;
  project_name: string;
  node_name: string | null;
  text: string;
  department: string;
  promised_on: string;
}

/** Open 卡点 whose promised date is before `today`, on projects still in the register. */
export async function overdueProblems(db: Db, today: string): Promise<OverdueProblemRow[]> {
  return db.all(sql<OverdueProblemRow>`SELECT pr.id, pr.project_id, p.name AS project_name, n.name AS node_name, pr.text, pr.department, pr.promised_on
         FROM problems pr
         JOIN projects p ON p.id = pr.project_id AND p.archived = 0
         LEFT JOIN nodes n ON n.id = pr.node_id
        WHERE pr.resolved_on IS NULL AND pr.promised_on IS NOT NULL AND pr.promised_on < ${today}
        ORDER BY pr.promised_on, pr.id`);
}
