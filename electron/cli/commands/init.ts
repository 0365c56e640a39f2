import type { CliCommand } from '../command';

export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init',
  summary: '建立（或升级）一个空台账数据库 / create or upgrade an empty register database',
  options: {},
  createsDatabase: true,
  async run(ledger, _values, _pos, io) {
    const { from, to, backupPath } = ledger.migration;
    if (backupPath) io.out(`升级前已备份 / backed up before upgrading: ${backupPath}`);
    io.out(from === to
      ? `数据库已是最新（结构版本 ${to}）/ database is up to date (schema ${to}): ${ledger.ctx.dbPath}`
      : `已建立数据库（结构版本 ${from} → ${to}）/ database ready (schema ${from} → ${to}): ${ledger.ctx.dbPath}`);
    return 0;
  },
};
