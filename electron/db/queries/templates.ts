/** SQL of the node templates. */

import type { Db } from '../connection';
import type { NodeTemplate, NodeTemplateStep } from '../../../shared/domain/types';

export function listTemplates(db: Db): NodeTemplate[] {
  const rows = db.prepare('SELECT id, name, steps FROM node_templates ORDER BY id').all() as Array<{ id: number; name: string; steps: string }>;
  return rows.map((r) => ({ id: r.id, name: r.name, steps: JSON.parse(r.steps) as NodeTemplateStep[] }));
}

export function getTemplate(db: Db, id: number): NodeTemplate | undefined {
  return listTemplates(db).find((t) => t.id === id);
}

export function insertTemplateIfMissing(db: Db, name: string, steps: NodeTemplateStep[]): void {
  db.prepare('INSERT OR IGNORE INTO node_templates (name, steps) VALUES (?, ?)').run(name, JSON.stringify(steps));
}
