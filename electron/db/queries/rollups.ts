/** SQL the rollups and rankings read beyond the projects table: monthly figures and node dates. */

import type { Db } from '../connection';
import type { Stage } from '../../../shared/domain/types';

export interface ProjectMonthFigures {
  projectId: number;
  month: string;
  planned: number;
  completed: number;
}

/** Every project's planned and completed investment for the months of one year. */
export function monthlyFiguresOfYear(db: Db, year: number): ProjectMonthFigures[] {
  return db
    .prepare(`SELECT project_id AS projectId, month, planned, completed FROM monthly WHERE month >= ? AND month <= ? ORDER BY month`)
    .all(`${year}-01`, `${year}-12`) as ProjectMonthFigures[];
}

export interface NodeDates {
  projectId: number;
  name: string;
  plannedEnd: string | null;
  actualEnd: string | null;
}

/** The planned and actual end of every node with a planned end or a finish (punctuality, milestones). */
export function nodeDates(db: Db): NodeDates[] {
  return db
    .prepare(`SELECT project_id AS projectId, name, planned_end AS plannedEnd, actual_end AS actualEnd FROM nodes
              WHERE planned_end IS NOT NULL OR actual_end IS NOT NULL ORDER BY project_id, seq, id`)
    .all() as NodeDates[];
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
export function rollupRecords(db: Db, filter: { chain?: string | undefined; area?: string | undefined; stage?: string | undefined; level?: string | undefined }): RollupRecord[] {
  const where = ['archived = 0'];
  const params: Record<string, string> = {};
  for (const key of ['chain', 'area', 'stage', 'level'] as const) {
    const value = filter[key];
    if (value !== undefined) {
      where.push(`${key} = @${key}`);
      params[key] = value;
    }
  }
  return db
    .prepare(`SELECT id, chain, area, stage, level, signed_on AS signedOn, total_investment AS totalInvestment, annual_plan AS annualPlan
              FROM projects WHERE ${where.join(' AND ')} ORDER BY id`)
    .all(params) as RollupRecord[];
}
