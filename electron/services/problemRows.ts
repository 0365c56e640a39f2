/** 卡点 as the lists show them: each with its project's and node's names and where it stands today. */

import { listProblemRecords, type ProblemRecord } from '../db/queries/problems';
import { compareForFollowUp, problemDue, type ProblemRow } from '../../shared/domain/problems';
import type { ServiceContext } from './context';
import { readSettings } from './settingsStore';

export function toProblemRow(r: ProblemRecord, today: string, warningDays: number): ProblemRow {
  return {
    id: r.id,
    projectId: r.project_id,
    projectCode: r.project_code,
    projectName: r.project_name,
    leader: r.leader,
    ownerUnit: r.owner_unit,
    projectVersion: r.project_version,
    nodeId: r.node_id,
    nodeName: r.node_name,
    text: r.text,
    department: r.department,
    promisedOn: r.promised_on,
    resolvedOn: r.resolved_on,
    resolution: r.resolution,
    createdAt: r.created_at,
    due: problemDue({ promisedOn: r.promised_on, resolvedOn: r.resolved_on }, today, warningDays),
  };
}

/** Every problem (of projects not archived, or of one project), with where it stands today, in the 督办 order. */
export async function problemRows(ctx: ServiceContext, query: { projectId?: number; openOnly?: boolean } = {}): Promise<ProblemRow[]> {
  const { warningDays } = await readSettings(ctx.db);
  const today = ctx.clock.today();
  return (await listProblemRecords(ctx.db, query)).map((r) => toProblemRow(r, today, warningDays)).sort(compareForFollowUp);
}
