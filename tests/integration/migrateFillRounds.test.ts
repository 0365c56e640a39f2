/**
 * Migration 004 adds the fill rounds to a register written at schema 3 without touching what is
 * there; clearing the register afterwards takes rounds and returns with the batches they point to.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { loadMigrations, migrate, schemaVersion } from '../../electron/db/migrate';
import { clearRegister } from '../../electron/db/queries/maintenance';
import { insertReturn, insertRound, returnsOfMonth } from '../../electron/db/queries/fillRounds';
import { SqliteDb } from '../../electron/db/sqliteDb';
import { tempDir } from './helpers';

const NOW = '2026-11-05T08:00:00.000Z';

describe('migration 004: fill rounds', () => {
  it('adds fill_rounds and fill_returns to a schema-3 register, keeping its rows', async () => {
    const file = path.join(tempDir(), 'v3.sqlite');
    const db = openDatabase(file);
    const layer = new SqliteDb(db);
    const migrations = loadMigrations();
    migrate(db, file, migrations.slice(0, 3));
    db.prepare(`INSERT INTO projects (id, code, name, area, created_at, updated_at) VALUES (1, 'A-1', '项目', '龙溪街道', '${NOW}', '${NOW}')`).run();
    db.prepare(`INSERT INTO import_batches (id, file_name, mode, created_at, actor) VALUES (5, 'a.xlsx', 'upsert', '${NOW}', 'tester')`).run();

    const result = migrate(db, file, migrations);
    expect(result.from).toBe(3);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT code, area FROM projects').all()).toEqual([{ code: 'A-1', area: '龙溪街道' }]);

    const roundId = await insertRound(layer, { templateId: 't-1', month: '2026-11', scope: 'area', unit: '龙溪街道', projects: 1, sentAt: NOW, actor: 'tester' });
    await insertReturn(layer, { roundId, batchId: 5, fileName: '回传.xlsx', reporter: '王', returnedAt: NOW, actor: 'tester' });
    expect(await returnsOfMonth(layer, '2026-11', 'area')).toEqual([{ unit: '龙溪街道', at: NOW, batchId: 5, fileName: '回传.xlsx', reporter: '王' }]);
    expect(() => db.prepare(`INSERT INTO fill_rounds (template_id, month, scope, unit, projects, sent_at, actor) VALUES ('t-2', '2026-11', 'street', 'x', 0, '${NOW}', 'a')`).run()).toThrow(/CHECK/);

    await clearRegister(layer);
    expect(db.prepare('SELECT count(*) AS n FROM fill_rounds').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM fill_returns').get()).toEqual({ n: 0 });
    db.close();
  });
});
