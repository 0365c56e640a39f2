/** SQL the rollups and rankings read beyond the projects table: monthly figures and node dates. */

import { sql, type Db, type RawBuilder } from '../db';
import type { Stage } from '../../../shared/domain/types';

export interface ProjectMonthFigures {
  projectId: number;
  month: string;
  planned: number;
  completed: number;
}

/** Every project's planned and completed investment for the months of one year. */
export async function monthlyFiguresOfYear(db: Db, year: number): Promise<ProjectMonthFigures[]> {
  return db.all(sql<ProjectMonthFigures>`SELECT project_id AS "projectId", month, planned, completed FROM monthly
    WHERE month >= ${`${year}-01`} AND month <= ${`${year}-12`} ORDER BY month`);
}

export interface NodeDates {
  projectId: number;
  name: string;
  plannedEnd: string | null;
  actualEnd: string | null;
}

/** The planned and actual end of every node with a planned end or a finish (punctuality, milestones). */
export async function nodeDates(db: Db): Promise<NodeDates[]> {
  return db.all(sql<NodeDates>`SELECT project_id AS "projectId", name, planned_end AS "plannedEnd", actual_end AS "actualEnd" FROM nodes
    WHERE planned_end IS NOT NULL OR actual_end IS NOT NULL ORDER BY project_id, seq, id`);
}

export interface RollupRecord {
  id: number;
  chain: string;
  area: string;
  stage: Stage;
  level: string;
  signedOn: string | null;
  totalInvestment: number | null;
  annualPlan: number | null;
}

/**
 * The live (not archived) projects with only the fields a rollup reads: the register's own rows,
 * narrowed, so a rollup of 30,000 projects does not build 30,000 full records.
 */
export async function rollupRecords(db: Db, filter: { chain?: string | undefined; area?: string | undefined; stage?: string | undefined; level?: string | undefined }): Promise<RollupRecord[]> {
  const where: Array<RawBuilder<unknown>> = [sql`archived = 0`];
  for (const key of ['chain', 'area', 'stage', 'level'] as const) {
    const value = filter[key];
    if (value !== undefined) where.push(sql`${sql.ref(key)} = ${value}`);
  }
  return db.all(sql<RollupRecord>`SELECT id, chain, area, stage, level, signed_on AS "signedOn", total_investment AS "totalInvestment", annual_plan AS "annualPlan"
    FROM projects WHERE ${sql.join(where, sql` AND `)} ORDER BY id`);
}
