import path from 'node:path';
import { loadMigrations } from '../../db/migrate';
import { restoreDatabaseFile } from '../../db/restore';
import { openLedger } from '../../services/ledger';
import { UsageError, type CliCommand } from '../command';
import { LedgerError } from '../../../shared/errors';
import { teamDatabaseUrlIfAny } from './team';

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore BACKUP_FILE',
  summary: '从备份恢复数据库（先检查备份；当前文件另存一份）/ restore the database from a backup',
  options: {},
  positionals: 1,
  async runOnFile(dbPath, values, positionals, io) {
    if (teamDatabaseUrlIfAny(values)) {
      throw new LedgerError('refused', '团队版的台账保存在 PostgreSQL 中，请在服务器上用 pg_restore 从 pg_dump 备份恢复。', 'The team register lives in PostgreSQL: restore it on the server from a pg_dump backup with pg_restore.');
    }
    const from = positionals[0];
    if (!from) throw new UsageError('请指明备份文件', 'name the backup file');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const { previous, backup } = restoreDatabaseFile(dbPath, from, loadMigrations().length, stamp);
    // Opening migrates an older backup to the current schema (taking its own copy first).
    const ledger = await openLedger({ dbPath });
    await ledger.close();
    io.out(`已从备份恢复 / restored from: ${path.resolve(from)}（${backup.projectCount} 个项目 / projects）`);
    if (previous) io.out(`原数据库已另存为 / the previous database was kept as: ${previous}`);
    return 0;
  },
};
