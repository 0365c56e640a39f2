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

export function insertTemplate(db: Db, name: string, steps: NodeTemplateStep[]): number {
  return Number(db.prepare('INSERT INTO node_templates (name, steps) VALUES (?, ?)').run(name, JSON.stringify(steps)).lastInsertRowid);
}

export function updateTemplate(db: Db, id: number, name: string, steps: NodeTemplateStep[]): void {
  db.prepare('UPDATE node_templates SET name = ?, steps = ? WHERE id = ?').run(name, JSON.stringify(steps), id);
}

export function deleteTemplate(db: Db, id: number): void {
  db.prepare('DELETE FROM node_templates WHERE id = ?').run(id);
}

/** The template holding a name, if any (names are unique). */
export function templateIdByName(db: Db, name: string): number | undefined {
  return (db.prepare('SELECT id FROM node_templates WHERE name = ?').get(name) as { id: number } | undefined)?.id;
}
