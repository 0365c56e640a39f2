import path from 'node:path';
import pg from 'pg';
import { LedgerError } from '../../../shared/errors';
import { exportPostgresToSqlite, importSqliteIntoPostgres, type CopyReport } from '../../db/postgres/copyRegister';
import { openLedger } from '../../services/ledger';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { ApiCallError } from '../../../shared/errors';
import { UsageError, type CliCommand, type CliIo, type ParsedValues } from '../command';

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

/** The new password: LEDGER_NEW_PASSWORD, else the first line of standard input (so it stays out of the shell history). */
async function newPassword(): Promise<string> {
  if (process.env.LEDGER_NEW_PASSWORD) return process.env.LEDGER_NEW_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('新密码 / new password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** `team add-user NAME --role R --display-name X [--area A] [--unit U]`: the first 管理员 is made this way, on the server. */
async function addUser(dbPath: string, name: string, values: ParsedValues, io: CliIo): Promise<number> {
  const role = values.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role 应为 ${ROLES.join('、')} 之一`, `--role must be one of ${ROLES.join(', ')}`);
  const displayName = typeof values['display-name'] === 'string' ? values['display-name'] : '';
  if (!displayName) throw new UsageError('请用 --display-name 写明姓名（记入修改历史）', 'give the person\'s name with --display-name (recorded in the history)');
  const scope = { ...(typeof values.area === 'string' ? { area: values.area } : {}), ...(typeof values.unit === 'string' ? { unit: values.unit } : {}) };
  const password = await newPassword();
  const ledger = await openLedger({ dbPath });
  try {
    const made = await ledger.send('accounts.create', { name, displayName, role: role as Role, scope, password });
    io.out(`已添加账户 / account added: ${made.name}（${made.displayName}，${role}）`);
    return 0;
  } catch (err) {
    if (err instanceof ApiCallError) throw new LedgerError(err.body.code, err.body.message, err.body.messageEn);
    throw err;
  } finally {
    ledger.close();
  }
}

export const teamCommand: CliCommand = {
  name: 'team',
  usage: 'team import-sqlite|export-sqlite FILE --pg URL | team add-user NAME --role R --display-name X',
  summary: '团队版：导入/导出单机台账，添加账户（密码取自 LEDGER_NEW_PASSWORD 或标准输入）/ team edition: move a register in or out of PostgreSQL, add an account',
  options: { pg: { type: 'string' }, role: { type: 'string' }, 'display-name': { type: 'string' }, area: { type: 'string' }, unit: { type: 'string' } },
  positionals: 2,
  async runOnFile(dbPath, values, positionals, io) {
    const [action, file] = positionals;
    if (action === 'add-user') {
      if (!file) throw new UsageError('请指明登录名', 'name the login');
      return addUser(dbPath, file, values, io);
    }
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
