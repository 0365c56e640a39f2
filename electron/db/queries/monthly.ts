/** SQL of monthly planned/completed investment and progress. */

import { sql, type Db } from '../db';
import type { MonthlyEntry } from '../../../shared/domain/types';

interface MonthlyRecord {
  project_id: number;
  month: string;
  planned: number;
  completed: number;
  progress_note: string;
  problems: string;
}

function toEntry(r: MonthlyRecord): MonthlyEntry {
  return { projectId: r.project_id, month: r.month, planned: r.planned, completed: r.completed, progressNote: r.progress_note, problems: r.problems };
}

export async function listMonthly(db: Db, projectId: number, year?: number): Promise<MonthlyEntry[]> {
  const rows = year
    ? await db.all(sql<MonthlyRecord>`SELECT * FROM monthly WHERE project_id = ${projectId} AND month >= ${`${year}-01`} AND month <= ${`${year}-12`} ORDER BY month`)
    : await db.all(sql<MonthlyRecord>`SELECT * FROM monthly WHERE project_id = ${projectId} ORDER BY month`);
  return rows.map(toEntry);
}

export async function getMonthly(db: Db, projectId: number, month: string): Promise<MonthlyEntry | undefined> {
  const r = await db.get(sql<MonthlyRecord>`SELECT * FROM monthly WHERE project_id = ${projectId} AND month = ${month}`);
  return r ? toEntry(r) : undefined;
}

export async function upsertMonthly(db: Db, e: MonthlyEntry): Promise<void> {
  await db.run(sql`INSERT INTO monthly (project_id, month, planned, completed, progress_note, problems)
    VALUES (${e.projectId}, ${e.month}, ${e.planned}, ${e.completed}, ${e.progressNote}, ${e.problems})
    ON CONFLICT (project_id, month) DO UPDATE SET planned = excluded.planned, completed = excluded.completed,
      progress_note = excluded.progress_note, problems = excluded.problems`);
}

/** 1–N月完成投资 per project: the sum of completed for months of `year` up to `month` inclusive. */
export async function completedYearToDate(db: Db, month: string, projectId?: number): Promise<Map<number, number>> {
  const one = projectId === undefined ? sql`` : sql`AND project_id = ${projectId}`;
  const rows = await db.all(sql<{ project_id: number; total: number }>`SELECT project_id, sum(completed) AS total FROM monthly
    WHERE month >= ${`${month.slice(0, 4)}-01`} AND month <= ${month} ${one} GROUP BY project_id`);
  return new Map(rows.map((r) => [r.project_id, r.total]));
}

/** The latest month with any recorded progress, per project (for aging lights). */
export async function lastProgressMonths(db: Db, projectId?: number): Promise<Map<number, string>> {
  const one = () => (projectId === undefined ? sql`` : sql`AND project_id = ${projectId}`);
  const rows = await db.all(sql<{ project_id: number; month: string }>`SELECT project_id, max(m) AS month FROM (
       SELECT project_id, month AS m FROM monthly WHERE (completed > 0 OR progress_note <> '') ${one()}
       UNION ALL SELECT project_id, substr(actual_end, 1, 7) FROM nodes WHERE actual_end IS NOT NULL ${one()}
       UNION ALL SELECT project_id, substr(actual_start, 1, 7) FROM nodes WHERE actual_start IS NOT NULL ${one()}
     ) AS progress GROUP BY project_id`);
  return new Map(rows.map((r) => [r.project_id, r.month]));
}
