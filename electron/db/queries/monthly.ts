/** SQL of monthly planned/completed investment and progress. */

import { cachedStatement, type Db } from '../connection';
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

export function listMonthly(db: Db, projectId: number, year?: number): MonthlyEntry[] {
  const rows = year
    ? db.prepare(`SELECT * FROM monthly WHERE project_id = ? AND month LIKE ? || '-%' ORDER BY month`).all(projectId, String(year))
    : db.prepare('SELECT * FROM monthly WHERE project_id = ? ORDER BY month').all(projectId);
  return (rows as MonthlyRecord[]).map(toEntry);
}

export function getMonthly(db: Db, projectId: number, month: string): MonthlyEntry | undefined {
  const r = db.prepare('SELECT * FROM monthly WHERE project_id = ? AND month = ?').get(projectId, month) as MonthlyRecord | undefined;
  return r ? toEntry(r) : undefined;
}

export function upsertMonthly(db: Db, e: MonthlyEntry): void {
  cachedStatement(
    db,
    `INSERT INTO monthly (project_id, month, planned, completed, progress_note, problems) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (project_id, month) DO UPDATE SET planned = excluded.planned, completed = excluded.completed,
       progress_note = excluded.progress_note, problems = excluded.problems`,
  ).run(e.projectId, e.month, e.planned, e.completed, e.progressNote, e.problems);
}

/** 1–N月完成投资 per project: the sum of completed for months of `year` up to `month` inclusive. */
export function completedYearToDate(db: Db, month: string, projectId?: number): Map<number, number> {
  const one = projectId === undefined ? '' : 'AND project_id = @projectId';
  const rows = cachedStatement(db, `SELECT project_id, sum(completed) AS total FROM monthly WHERE month >= @from AND month <= @to ${one} GROUP BY project_id`)
    .all({ from: `${month.slice(0, 4)}-01`, to: month, ...(projectId === undefined ? {} : { projectId }) }) as Array<{ project_id: number; total: number }>;
  return new Map(rows.map((r) => [r.project_id, r.total]));
}

/** The latest month with any recorded progress, per project (for aging lights). */
export function lastProgressMonths(db: Db, projectId?: number): Map<number, string> {
  const one = projectId === undefined ? '' : 'AND project_id = @projectId';
  const rows = cachedStatement(
    db,
    `SELECT project_id, max(m) AS month FROM (
       SELECT project_id, month AS m FROM monthly WHERE (completed > 0 OR progress_note <> '') ${one}
       UNION ALL SELECT project_id, substr(actual_end, 1, 7) FROM nodes WHERE actual_end IS NOT NULL ${one}
       UNION ALL SELECT project_id, substr(actual_start, 1, 7) FROM nodes WHERE actual_start IS NOT NULL ${one}
     ) GROUP BY project_id`,
  ).all(projectId === undefined ? {} : { projectId }) as Array<{ project_id: number; month: string }>;
  return new Map(rows.map((r) => [r.project_id, r.month]));
}
