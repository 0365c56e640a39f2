/**
 * `npm run team`: the 团队版 server on the office network (see README, 团队版).
 *   --db FILE        the team register (default ./data/team.sqlite; PostgreSQL storage comes with the query layer)
 *   --host ADDR      address to listen on (default 0.0.0.0: every interface)
 *   --port N         default 5443
 *   --name NAME      a name or address people type to reach the server (repeatable; default this machine's name)
 *   --cert F --key F the office's certificate; without them one is made with openssl and kept beside the database
 *   --http           plain HTTP (only behind the office's own TLS proxy, or for a trial on a trusted network)
 *   --no-build       serve the renderer already in dist/renderer
 *   --today DATE     fix "today" (YYYY-MM-DD), for demonstrations and tests
 */

import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { listAccountRecords } from '../electron/db/queries/accounts';
import { openLedger } from '../electron/services/ledger';
import { loadOrMakeCertificate } from '../electron/transports/teamCertificate';
import { startTeamServer } from '../electron/transports/teamServer';
import { fixedClock, isIsoDate, systemClock } from '../shared/domain/dates';

import { fail, portOf } from './scriptExit';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let args;
try {
  args = parseArgs({
    options: {
      db: { type: 'string', default: path.join('data', 'team.sqlite') },
      pg: { type: 'string' },
      host: { type: 'string', default: '0.0.0.0' },
      port: { type: 'string', default: '5443' },
      name: { type: 'string', multiple: true },
      cert: { type: 'string' },
      key: { type: 'string' },
      http: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      today: { type: 'string' },
    },
  }).values;
} catch (err) {
  fail(`参数有误：${(err as Error).message}`, `Bad arguments: ${(err as Error).message}`, 2);
}
const port = portOf(args.port);
// 团队版 on PostgreSQL: --pg postgres://… or LEDGER_DATABASE_URL; otherwise the SQLite file --db.
const databaseUrl = args.pg ?? (process.env.LEDGER_DATABASE_URL || undefined);
if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) fail(`--pg 应以 postgres:// 开头：${databaseUrl}`, `--pg must start with postgres://: ${databaseUrl}`, 2);
if (args.today !== undefined && !isIsoDate(args.today)) fail(`--today 应为 YYYY-MM-DD：${args.today}`, `--today must be YYYY-MM-DD: ${args.today}`, 2);
const names = args.name?.length ? args.name : [os.hostname()];

let ledger;
try {
  ledger = await openLedger({ dbPath: args.db, databaseUrl, clock: args.today ? fixedClock(args.today) : systemClock, dailyBackup: true, heavyCallsOffThread: true });
} catch (err) {
  fail(`无法打开数据库 ${args.db}：${(err as Error).message}`, `Cannot open the database ${args.db}: ${(err as Error).message}`, 1);
}
if (!(await listAccountRecords(ledger.ctx.db)).some((a) => a.role === 'admin' && a.disabled === 0)) {
  await ledger.close();
  fail(
    `团队台账还没有管理员。请先运行：npm run ledger -- team add-user 登录名 --role admin --display-name 姓名 ${databaseUrl ? '--pg …' : `--db ${args.db}`}`,
    `The team register has no administrator yet. First run: npm run ledger -- team add-user NAME --role admin --display-name "Full name" ${databaseUrl ? '--pg …' : `--db ${args.db}`}`,
    1,
  );
}
let tls;
if (!args.http) {
  try {
    tls = loadOrMakeCertificate(path.dirname(path.resolve(args.db)), names, { cert: args.cert, key: args.key });
  } catch (err) {
    await ledger.close();
    fail((err as Error).message, (err as { messageEn?: string }).messageEn ?? '', 1);
  }
}
if (!args['no-build']) {
  console.log('正在构建界面… / building the renderer…');
  await build({ configFile: path.join(root, 'vite.config.ts') });
}
const server = await startTeamServer(ledger, { host: args.host, port, publicNames: names, ...(tls ? { tls } : {}), staticDir: path.join(root, 'dist', 'renderer') });
console.log(`\n重大项目台账 团队版已启动 / the team server is running:\n`);
for (const name of names) console.log(`    ${tls ? 'https' : 'http'}://${name}:${server.port}/`);
if (tls) console.log(`\n证书指纹 / certificate fingerprint (SHA-256):\n    ${tls.fingerprint}${tls.generated ? '\n（新生成的自签名证书，首次访问时浏览器会提示，请核对此指纹 / a new self-signed certificate: check this fingerprint when the browser asks）' : ''}`);
else console.log('\n注意：未加密的 HTTP，只应在单位自己的 TLS 代理之后使用 / plain HTTP: only behind the office\'s TLS proxy');
console.log(`\n数据库 / database: ${ledger.ctx.dbPath}\n按 Ctrl+C 停止 / Ctrl+C to stop.`);

const stop = async () => {
  await server.close();
  await ledger.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
