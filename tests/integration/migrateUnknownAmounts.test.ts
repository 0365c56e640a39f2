/**
 * Migration 003 rebuilds the projects table (总投资 and 年度计划 nullable, 累计完成投资 added) under
 * a database written at schema 1: every row, id, index and reference survives, and only the 0s
 * nobody gave become 未填.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type SqliteHandle as Db } from '../../electron/db/connection';
import { loadMigrations, migrate, schemaVersion } from '../../electron/db/migrate';
import { tempDir } from './helpers';

const NOW = '2026-01-05T08:00:00.000Z';

/** A register as the app at schema 1 wrote it: projects made by hand and by an import, with nodes, months, problems and history. */
function fillVersion1(db: Db): void {
  const project = db.prepare(`INSERT INTO projects (id, code, name, total_investment, annual_plan, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '${NOW}', '${NOW}')`);
  const change = db.prepare(`INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after, batch_id) VALUES ('${NOW}', 'tester', 'project', ?, ?, ?, ?, ?, ?)`);
  db.prepare(`INSERT INTO import_batches (id, file_name, mode, created_at, actor) VALUES (7, '街道报送.xlsx', 'upsert', '${NOW}', 'tester')`).run();
  // 10: imported with a figure. 11: imported, 总投资 "待定" left out → 0, plan blank → 0.
  // 12: imported at 0 but 总投资 set to 0 by hand afterwards (someone said 0). 13: by hand, never given.
  // 14: by hand with a plan of 0 (a real figure: no plan this year).
  project.run(10, 'A-10', '有数项目', 50 * 1e8, 6 * 1e8);
  project.run(11, 'A-11', '待定项目', 0, 0);
  project.run(12, 'A-12', '改过的项目', 0, 0);
  project.run(13, 'A-13', '手工新增项目', 0, 0);
  project.run(14, 'A-14', '无年度计划项目', 8 * 1e8, 0);
  for (const id of [10, 11, 12]) change.run(id, id, '*', null, `新建：A-${id}`, 7);
  for (const id of [13, 14]) change.run(id, id, '*', null, `新建：A-${id}`, null);
  change.run(12, 12, 'totalInvestment', '5', '0', null);
  change.run(12, 12, 'annualPlan', '5', '0', null);
  const node = db.prepare(`INSERT INTO nodes (id, project_id, seq, name, planned_end) VALUES (?, ?, ?, ?, ?)`);
  node.run(100, 10, 1, '签约', '2025-03-01');
  node.run(101, 10, 2, '开工', '2025-09-01');
  node.run(102, 11, 1, '签约', null);
  db.prepare(`INSERT INTO monthly (project_id, month, planned, completed) VALUES (10, '2025-12', 100, 90), (11, '2025-12', 0, 5)`).run();
  db.prepare(`INSERT INTO problems (id, project_id, node_id, text, created_at) VALUES (1, 10, 101, '用地指标待落实', '${NOW}')`).run();
}

function counts(db: Db): Record<string, number> {
  return Object.fromEntries(['projects', 'nodes', 'monthly', 'problems', 'changes', 'import_batches'].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

describe('migration 003: unknown amounts', () => {
  it('keeps every row, id, index and reference of a schema-1 register, and turns only the 0s nobody gave into 未填', () => {
    const file = path.join(tempDir(), 'v1.sqlite');
    const db = openDatabase(file);
    const migrations = loadMigrations();
    migrate(db, file, migrations.slice(0, 1));
    fillVersion1(db);
    const before = counts(db);
    const nodesBefore = db.prepare('SELECT * FROM nodes ORDER BY id').all();

    const result = migrate(db, file, migrations);
    expect(result).toMatchObject({ from: 1, to: migrations.length });
    expect(result.backupPath).toMatch(/before-v2/);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(counts(db)).toEqual(before);
    expect(db.prepare('SELECT * FROM nodes ORDER BY id').all()).toEqual(nodesBefore);

    const amounts = db.prepare('SELECT id, total_investment AS total, annual_plan AS plan, cumulative_completed AS cumulative FROM projects ORDER BY id').all();
    expect(amounts).toEqual([
      { id: 10, total: 50 * 1e8, plan: 6 * 1e8, cumulative: null },
      { id: 11, total: null, plan: null, cumulative: null },
      { id: 12, total: 0, plan: 0, cumulative: null },
      { id: 13, total: null, plan: 0, cumulative: null },
      { id: 14, total: 8 * 1e8, plan: 0, cumulative: null },
    ]);

    // The rebuilt table keeps its indexes, and the tables that reference it still do.
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'projects' AND sql IS NOT NULL ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(indexes).toEqual(['projects_area', 'projects_chain', 'projects_stage']);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.prepare(`INSERT INTO nodes (project_id, seq, name) VALUES (999, 1, '无主节点')`).run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM projects WHERE id = 10').run();
    expect(db.prepare('SELECT count(*) AS n FROM nodes WHERE project_id = 10').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM problems').get()).toEqual({ n: 0 });
    // A negative amount is still refused; null is accepted.
    expect(() => db.prepare(`UPDATE projects SET total_investment = -1 WHERE id = 11`).run()).toThrow(/CHECK/);
    db.close();
  });
});
