/** SQL of 月结: the closings, each project's frozen figures, and what a past month is judged from. */

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { sql, type Db } from '../db';
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
export async function listClosings(db: Db): Promise<MonthClosing[]> {
  return (await db.all(sql<ClosingRecord>`SELECT * FROM month_closings ORDER BY month DESC`)).map(toClosing);
}

export async function getClosing(db: Db, month: string): Promise<MonthClosing | undefined> {
  const r = await db.get(sql<ClosingRecord>`SELECT * FROM month_closings WHERE month = ${month}`);
  return r ? toClosing(r) : undefined;
}

/** The latest month closed before `month`, if any. */
export async function previousClosing(db: Db, month: string): Promise<MonthClosing | undefined> {
  const r = await db.get(sql<ClosingRecord>`SELECT * FROM month_closings WHERE month < ${month} ORDER BY month DESC LIMIT 1`);
  return r ? toClosing(r) : undefined;
}

/** Replaces a month's closing and its snapshots; the caller holds the transaction. */
export async function saveClosing(db: Db, closing: MonthClosing, projects: ProjectSnapshot[]): Promise<void> {
  await db.run(sql`DELETE FROM month_closings WHERE month = ${closing.month}`);
  await db.run(sql`INSERT INTO month_closings (month, as_of, closed_at, actor, light_rules, projects)
    VALUES (${closing.month}, ${closing.asOf}, ${closing.closedAt}, ${closing.actor}, ${closing.lightRules}, ${closing.projects})`);
  for (const p of projects) {
    await db.run(sql`INSERT INTO month_snapshots (month, project_id, data) VALUES (${closing.month}, ${p.row.id}, ${deflateRawSync(Buffer.from(JSON.stringify(p), 'utf8'))})`);
  }
}

/** A closed month's projects, in project order. */
export async function snapshotProjects(db: Db, month: string): Promise<ProjectSnapshot[]> {
  const rows = await db.all(sql<{ data: Buffer }>`SELECT data FROM month_snapshots WHERE month = ${month} ORDER BY project_id`);
  return rows.map((r) => JSON.parse(inflateRawSync(r.data).toString('utf8')) as ProjectSnapshot);
}

type OpenProblem = { id: number; project_id: number; node_id: number | null; text: string; department: string; promised_on: string | null };

/** 卡点 open on `asOf`: not resolved, or resolved after that day. */
export async function problemsOpenOn(db: Db, asOf: string): Promise<OpenProblem[]> {
  return db.all(sql<OpenProblem>`SELECT id, project_id, node_id, text, department, promised_on FROM problems WHERE resolved_on IS NULL OR resolved_on > ${asOf} ORDER BY id`);
}

/** Every 卡点 with the dates 比上月 reads. */
export async function allProblems(db: Db): Promise<ProblemRecord[]> {
  const rows = await db.all(sql<{
    id: number; project_id: number; text: string; department: string; promised_on: string | null; resolved_on: string | null; resolution: string; created_at: string;
  }>`SELECT id, project_id, text, department, promised_on, resolved_on, resolution, created_at FROM problems ORDER BY id`);
  return rows.map((r) => ({ id: r.id, projectId: r.project_id, text: r.text, department: r.department, promisedOn: r.promised_on, resolvedOn: r.resolved_on, resolution: r.resolution, createdAt: r.created_at }));
}

/** The latest month with recorded progress on or before `asOf`, per project (aging, as of a past day). */
export async function lastProgressMonthsAsOf(db: Db, asOf: string): Promise<Map<number, string>> {
  const month = asOf.slice(0, 7);
  const rows = await db.all(sql<{ project_id: number; month: string }>`SELECT project_id, max(m) AS month FROM (
       SELECT project_id, month AS m FROM monthly WHERE (completed > 0 OR progress_note <> '') AND month <= ${month}
       UNION ALL SELECT project_id, substr(actual_end, 1, 7) FROM nodes WHERE actual_end IS NOT NULL AND actual_end <= ${asOf}
       UNION ALL SELECT project_id, substr(actual_start, 1, 7) FROM nodes WHERE actual_start IS NOT NULL AND actual_start <= ${asOf}
     ) AS progress GROUP BY project_id`);
  return new Map(rows.map((r) => [r.project_id, r.month]));
}
