/** SQL of the node templates. */

import { sql, insertedId, type Db } from '../db';
import type { NodeTemplate, NodeTemplateStep } from '../../../shared/domain/types';

export async function listTemplates(db: Db): Promise<NodeTemplate[]> {
  const rows = await db.all(sql<{ id: number; name: string; steps: string }>`SELECT id, name, steps FROM node_templates ORDER BY id`);
  return rows.map((r) => ({ id: r.id, name: r.name, steps: JSON.parse(r.steps) as NodeTemplateStep[] }));
}

export async function getTemplate(db: Db, id: number): Promise<NodeTemplate | undefined> {
  return (await listTemplates(db)).find((t) => t.id === id);
}

export async function insertTemplateIfMissing(db: Db, name: string, steps: NodeTemplateStep[]): Promise<void> {
  await db.run(sql`INSERT INTO node_templates (name, steps) VALUES (${name}, ${JSON.stringify(steps)}) ON CONFLICT DO NOTHING`);
}

export async function insertTemplate(db: Db, name: string, steps: NodeTemplateStep[]): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO node_templates (name, steps) VALUES (${name}, ${JSON.stringify(steps)}) RETURNING id`));
}

export async function updateTemplate(db: Db, id: number, name: string, steps: NodeTemplateStep[]): Promise<void> {
  await db.run(sql`UPDATE node_templates SET name = ${name}, steps = ${JSON.stringify(steps)} WHERE id = ${id}`);
}

export async function deleteTemplate(db: Db, id: number): Promise<void> {
  await db.run(sql`DELETE FROM node_templates WHERE id = ${id}`);
}

/** The template holding a name, if any (names are unique). */
export async function templateIdByName(db: Db, name: string): Promise<number | undefined> {
  return (await db.get(sql<{ id: number }>`SELECT id FROM node_templates WHERE name = ${name}`))?.id;
}
