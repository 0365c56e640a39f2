/** SQL of 月结: the closings, each project's frozen figures, and what a past month is judged from. */

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { cachedStatement, type Db } from '../connection';
import type { MonthClosing, ProjectSnapshot } from '../../../shared/domain/monthEnd';
import type { ProblemRecord } from '../../../shared/domain/monthChanges';

interface ClosingRecord {
  month: string;
  as_of: string;
  closed_at: string;
  actor: string;
  light_rules: string;
  projects: number;
}

function toClosing(r: ClosingRecord): MonthClosing {
  return { month: r.month, asOf: r.as_of, closedAt: r.closed_at, actor: r.actor, lightRules: r.light_rules, projects: r.projects };
}

/** Every closed month, newest first. */
export function listClosings(db: Db): MonthClosing[] {
  return (db.prepare('SELECT * FROM month_closings ORDER BY month DESC').all() as ClosingRecord[]).map(toClosing);
}

export function getClosing(db: Db, month: string): MonthClosing | undefined {
  const r = db.prepare('SELECT * FROM month_closings WHERE month = ?').get(month) as ClosingRecord | undefined;
  return r ? toClosing(r) : undefined;
}

/** The latest month closed before `month`, if any. */
export function previousClosing(db: Db, month: string): MonthClosing | undefined {
  const r = db.prepare('SELECT * FROM month_closings WHERE month < ? ORDER BY month DESC LIMIT 1').get(month) as ClosingRecord | undefined;
  return r ? toClosing(r) : undefined;
}

/** Replaces a month's closing and its snapshots; the caller holds the transaction. */
export function saveClosing(db: Db, closing: MonthClosing, projects: ProjectSnapshot[]): void {
  db.prepare('DELETE FROM month_closings WHERE month = ?').run(closing.month);
  db.prepare('INSERT INTO month_closings (month, as_of, closed_at, actor, light_rules, projects) VALUES (?, ?, ?, ?, ?, ?)')
    .run(closing.month, closing.asOf, closing.closedAt, closing.actor, closing.lightRules, closing.projects);
  const insert = cachedStatement(db, 'INSERT INTO month_snapshots (month, project_id, data) VALUES (?, ?, ?)');
  for (const p of projects) insert.run(closing.month, p.row.id, deflateRawSync(Buffer.from(JSON.stringify(p), 'utf8')));
}

/** A closed month's projects, in project order. */
export function snapshotProjects(db: Db, month: string): ProjectSnapshot[] {
  const rows = db.prepare('SELECT data FROM month_snapshots WHERE month = ? ORDER BY project_id').all(month) as Array<{ data: Buffer }>;
  return rows.map((r) => JSON.parse(inflateRawSync(r.data).toString('utf8')) as ProjectSnapshot);
}

/** 卡点 open on `asOf`: not resolved, or resolved after that day. */
export function problemsOpenOn(db: Db, asOf: string): Array<{ id: number; project_id: number; node_id: number | null; text: string; department: string; promised_on: string | null }> {
  return db.prepare('SELECT id, project_id, node_id, text, department, promised_on FROM problems WHERE resolved_on IS NULL OR resolved_on > ? ORDER BY id').all(asOf) as Array<{
    id: number; project_id: number; node_id: number | null; text: string; department: string; promised_on: string | null;
  }>;
}

/** Every 卡点 with the dates 比上月 reads. */
export function allProblems(db: Db): ProblemRecord[] {
  const rows = db.prepare('SELECT id, project_id, text, department, promised_on, resolved_on, resolution, created_at FROM problems ORDER BY id').all() as Array<{
    id: number; project_id: number; text: string; department: string; promised_on: string | null; resolved_on: string | null; resolution: string; created_at: string;
  }>;
  return rows.map((r) => ({ id: r.id, projectId: r.project_id, text: r.text, department: r.department, promisedOn: r.promised_on, resolvedOn: r.resolved_on, resolution: r.resolution, createdAt: r.created_at }));
}

/** The latest month with recorded progress on or before `asOf`, per project (aging, as of a past day). */
export function lastProgressMonthsAsOf(db: Db, asOf: string): Map<number, string> {
  const rows = cachedStatement(
    db,
    `SELECT project_id, max(m) AS month FROM (
       SELECT project_id, month AS m FROM monthly WHERE (completed > 0 OR progress_note <> '') AND month <= substr(@asOf, 1, 7)
       UNION ALL SELECT project_id, substr(actual_end, 1, 7) FROM nodes WHERE actual_end IS NOT NULL AND actual_end <= @asOf
       UNION ALL SELECT project_id, substr(actual_start, 1, 7) FROM nodes WHERE actual_start IS NOT NULL AND actual_start <= @asOf
     ) GROUP BY project_id`,
  ).all({ asOf }) as Array<{ project_id: number; month: string }>;
  return new Map(rows.map((r) => [r.project_id, r.month]));
}
