/** SQL of the audit trail: every write records entity, field, before and after. */

import { sql, type Db } from '../db';
import type { ChangeRecord } from '../../../shared/domain/types';

export interface ChangeInput {
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  projectId: number | null;
  field: string;
  before: unknown;
  after: unknown;
  batchId?: number | null;
}

/** Values are kept as text: strings as they are, everything else as JSON. */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The audit rows in the order given (their ids follow it). */
export async function recordChanges(db: Db, changes: readonly ChangeInput[]): Promise<void> {
  const rows = changes.map((c) => [c.at, c.actor, c.entity, c.entityId, c.projectId, c.field, asText(c.before), asText(c.after), c.batchId ?? null]);
  await db.insertRows('changes', ['at', 'actor', 'entity', 'entity_id', 'project_id', 'field', 'before', 'after', 'batch_id'], rows);
}

interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  project_id: number | null;
  field: string;
  before: string | null;
  after: string | null;
  batch_id: number | null;
}

export async function listChanges(db: Db, projectId: number | undefined, limit: number): Promise<ChangeRecord[]> {
  const rows = projectId === undefined
    ? await db.all(sql<ChangeRow>`SELECT * FROM changes ORDER BY id DESC LIMIT ${limit}`)
    : await db.all(sql<ChangeRow>`SELECT * FROM changes WHERE project_id = ${projectId} ORDER BY id DESC LIMIT ${limit}`);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    projectId: r.project_id,
    field: r.field,
    before: r.before,
    after: r.after,
    batchId: r.batch_id,
  }));
}

export async function countChanges(db: Db): Promise<number> {
  return (await db.get(sql<{ n: number }>`SELECT count(*) AS n FROM changes`))?.n ?? 0;
}
