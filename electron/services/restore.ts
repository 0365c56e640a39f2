/** 数据 → 从备份恢复: the live connection is closed, the file replaced, and the register reopened. */

import fs from 'node:fs';
import { openSqliteDb } from '../db/connection';
import { sqliteHandle } from '../db/sqliteDb';
import { backupsOf } from '../db/damage';
import { loadMigrations, migrate, schemaVersion } from '../db/migrate';
import { recordChanges } from '../db/queries/changes';
import { countProjects } from '../db/queries/projects';
import { checkBackupFile, restoreDatabaseFile } from '../db/restore';
import { LedgerError } from '../../shared/errors';
import type { HandlerMap, ServiceContext } from './context';

function reopen(ctx: ServiceContext): void {
  const migrations = loadMigrations();
  ctx.db = openSqliteDb(ctx.dbPath, { maxSchemaVersion: migrations.length });
  migrate(sqliteHandle(ctx.db), ctx.dbPath, migrations);
}

export const restoreHandlers: HandlerMap<'data.backups' | 'data.restore'> = {
  async 'data.backups'(_args, ctx) {
    if (ctx.dbPath === ':memory:') return [];
    return backupsOf(ctx.dbPath).flatMap((path) => {
      const stat = fs.statSync(path, { throwIfNoEntry: false });
      return stat ? [{ path, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() }] : [];
    });
  },

  async 'data.restore'({ from }, ctx) {
    if (ctx.dbPath === ':memory:') throw new LedgerError('refused', '内存数据库不能恢复备份', 'An in-memory database cannot be restored');
    if (ctx.db.engine !== 'sqlite') throw new LedgerError('refused', '团队版的数据库由 PostgreSQL 保存，请用 pg_restore 从 pg_dump 备份恢复。', 'The team register lives in PostgreSQL: restore it from a pg_dump backup with pg_restore.');
    const maxVersion = loadMigrations().length;
    // Checked while the register is still open: a bad backup never closes it.
    checkBackupFile(from, maxVersion);
    await ctx.db.close();
    let previous: string | null;
    try {
      previous = restoreDatabaseFile(ctx.dbPath, from, maxVersion, ctx.clock.now().replace(/[:.]/g, '-')).previous;
    } finally {
      reopen(ctx);
    }
    await recordChanges(ctx.db, [{ at: ctx.clock.now(), actor: ctx.actor, entity: 'register', entityId: 0, projectId: null, field: 'restore', before: previous, after: from }]);
    const counts = await countProjects(ctx.db);
    return { previous, projectCount: counts.active + counts.archived, schemaVersion: schemaVersion(sqliteHandle(ctx.db)) };
  },
};
