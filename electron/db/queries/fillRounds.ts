/** SQL of 月度调度's rounds: the templates sent per unit and month, and the returns merged from them. */

import { sql, insertedId, type Db } from '../db';
import type { RoundScope } from '../../../shared/rounds/types';

export interface FillRound {
  id: number;
  templateId: string;
  month: string;
  scope: RoundScope;
  unit: string;
  projects: number;
  sentAt: string;
  actor: string;
}

interface RoundRecord {
  id: number;
  template_id: string;
  month: string;
  scope: RoundScope;
  unit: string;
  projects: number;
  sent_at: string;
  actor: string;
}

function toRound(r: RoundRecord): FillRound {
  return { id: r.id, templateId: r.template_id, month: r.month, scope: r.scope, unit: r.unit, projects: r.projects, sentAt: r.sent_at, actor: r.actor };
}

export async function insertRound(db: Db, r: Omit<FillRound, 'id'>): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO fill_rounds (template_id, month, scope, unit, projects, sent_at, actor)
    VALUES (${r.templateId}, ${r.month}, ${r.scope}, ${r.unit}, ${r.projects}, ${r.sentAt}, ${r.actor}) RETURNING id`));
}

export async function findRoundByTemplateId(db: Db, templateId: string): Promise<FillRound | undefined> {
  const r = await db.get(sql<RoundRecord>`SELECT * FROM fill_rounds WHERE template_id = ${templateId}`);
  return r ? toRound(r) : undefined;
}

/** The latest month a template was sent to this unit (in this scope), if any. */
export async function latestRoundMonth(db: Db, scope: RoundScope, unit: string): Promise<string | undefined> {
  const r = await db.get(sql<{ month: string | null }>`SELECT max(month) AS month FROM fill_rounds WHERE scope = ${scope} AND unit = ${unit}`);
  return r?.month ?? undefined;
}

export interface RoundSummaryRecord {
  unit: string;
  sentAt: string;
  sentCount: number;
}

/** Per unit: the latest template made for the month and how many were made. */
export async function roundsOfMonth(db: Db, month: string, scope: RoundScope): Promise<RoundSummaryRecord[]> {
  return db.all(sql<RoundSummaryRecord>`SELECT unit, max(sent_at) AS "sentAt", count(*) AS "sentCount" FROM fill_rounds
    WHERE month = ${month} AND scope = ${scope} GROUP BY unit`);
}

export interface ReturnRecord {
  unit: string;
  at: string;
  batchId: number;
  fileName: string;
  reporter: string;
}

/** Per unit: the latest return for the month whose merge has not been undone. */
export async function returnsOfMonth(db: Db, month: string, scope: RoundScope): Promise<ReturnRecord[]> {
  return db.all(sql<ReturnRecord>`SELECT r.unit AS unit, x.returned_at AS at, x.batch_id AS "batchId", x.file_name AS "fileName", x.reporter AS reporter
    FROM fill_returns x JOIN fill_rounds r ON r.id = x.round_id JOIN import_batches b ON b.id = x.batch_id
    WHERE r.month = ${month} AND r.scope = ${scope} AND b.undone_at IS NULL
      AND x.id = (SELECT max(x2.id) FROM fill_returns x2 JOIN fill_rounds r2 ON r2.id = x2.round_id JOIN import_batches b2 ON b2.id = x2.batch_id
                  WHERE r2.month = r.month AND r2.scope = r.scope AND r2.unit = r.unit AND b2.undone_at IS NULL)`);
}

export async function insertReturn(db: Db, r: { roundId: number; batchId: number; fileName: string; reporter: string; returnedAt: string; actor: string }): Promise<void> {
  await db.run(sql`INSERT INTO fill_returns (round_id, batch_id, file_name, reporter, returned_at, actor)
    VALUES (${r.roundId}, ${r.batchId}, ${r.fileName}, ${r.reporter}, ${r.returnedAt}, ${r.actor})`);
}

/** The units that hold active projects in this scope, with their project counts. */
export async function unitsWithProjects(db: Db, scope: RoundScope): Promise<Array<{ unit: string; projects: number }>> {
  const column = sql.ref(scope === 'area' ? 'area' : 'owner_unit');
  return db.all(sql<{ unit: string; projects: number }>`SELECT ${column} AS unit, count(*) AS projects FROM projects
    WHERE archived = 0 AND ${column} <> '' GROUP BY ${column} ORDER BY ${column}`);
}
