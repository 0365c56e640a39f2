/** SQL of the audit trail: every write records entity, field, before and after. */

import { cachedStatement, type Db } from '../connection';
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

export function recordChanges(db: Db, changes: ChangeInput[]): void {
  const stmt = cachedStatement(
    db,
    'INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const c of changes) {
    stmt.run(c.at, c.actor, c.entity, c.entityId, c.projectId, c.field, asText(c.before), asText(c.after), c.batchId ?? null);
  }
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

export function listChanges(db: Db, projectId: number | undefined, limit: number): ChangeRecord[] {
  const rows = (
    projectId === undefined
      ? db.prepare('SELECT * FROM changes ORDER BY id DESC LIMIT ?').all(limit)
      : db.prepare('SELECT * FROM changes WHERE project_id = ? ORDER BY id DESC LIMIT ?').all(projectId, limit)
  ) as ChangeRow[];
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

export function countChanges(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
}
