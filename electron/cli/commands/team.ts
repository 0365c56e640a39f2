import path from 'node:path';
import pg from 'pg';
import { LedgerError } from '../../../shared/errors';
import { exportPostgresToSqlite, importSqliteIntoPostgres, type CopyReport } from '../../db/postgres/copyRegister';
import { UsageError, type CliCommand, type CliIo } from '../command';

/** Where the team database is: --pg, else LEDGER_DATABASE_URL. */
export function teamDatabaseUrl(values: Record<string, unknown>): string {
  const url = typeof values.pg === 'string' ? values.pg : process.env.LEDGER_DATABASE_URL;
  if (!url) throw new UsageError('请用 --pg postgres://… 或环境变量 LEDGER_DATABASE_URL 指明团队数据库', 'name the team database with --pg postgres://… or LEDGER_DATABASE_URL');
  if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError(`团队数据库地址应以 postgres:// 开头：${url}`, `the team database address must start with postgres://: ${url}`);
  return url;
}

/** The address without its password, for messages. */
function shown(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    const detail = (err as Error).message;
    throw new LedgerError('refused', `无法连接团队数据库 ${shown(url)}：${detail}。请确认 PostgreSQL 已启动、地址和密码正确`, `Cannot connect to the team database ${shown(url)}: ${detail}. Check that PostgreSQL is running and the address and password are right`);
  }
  return client;
}

function printReport(io: CliIo, report: CopyReport): void {
  for (const { table, rows } of report.tables) io.out(`  ${table.padEnd(16)} ${rows}`);
  io.out(`总投资合计 / total investment: ${report.totalInvestment} 元`);
}

export const teamCommand: CliCommand = {
  name: 'team',
  usage: 'team import-sqlite|export-sqlite FILE --pg URL',
  summary: '团队版：把单机台账导入团队数据库，或把团队数据库导出为单机台账 / team edition: move a register into or out of PostgreSQL',
  options: { pg: { type: 'string' } },
  positionals: 2,
  async runOnFile(_dbPath, values, positionals, io) {
    const [action, file] = positionals;
    if (action !== 'import-sqlite' && action !== 'export-sqlite') throw new UsageError(`未知的团队版操作：${action ?? '（缺少）'}`, `unknown team action: ${action ?? '(missing)'}`);
    if (!file) throw new UsageError('请指明单机台账文件', 'name the single-PC register file');
    const url = teamDatabaseUrl(values);
    const client = await connect(url);
    try {
      if (action === 'import-sqlite') {
        const report = await importSqliteIntoPostgres(path.resolve(file), client);
        io.out(`已把 ${path.resolve(file)} 导入团队数据库 ${shown(url)}，逐行核对一致 / imported and checked row by row:`);
        printReport(io, report);
      } else {
        const report = await exportPostgresToSqlite(client, path.resolve(file));
        io.out(`已把团队数据库 ${shown(url)} 导出为单机台账 ${path.resolve(file)}，逐行核对一致 / exported and checked row by row:`);
        printReport(io, report);
      }
      return 0;
    } finally {
      await client.end();
    }
  },
};
