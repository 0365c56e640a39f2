/**
 * `npm run serve`: builds the renderer, opens the register (filled with the sample on first
 * start) and serves both on 127.0.0.1, printing the address to open.
 *   --db FILE      database file (default ./data/ledger.sqlite)
 *   --port N       preferred port (default 5178; another free one if taken)
 *   --today DATE   fix "today" (YYYY-MM-DD), for demonstrations and tests
 *   --no-build     serve the renderer already in dist/renderer
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { openLedger } from '../electron/services/ledger';
import { startHttpHost } from '../electron/transports/httpServer';
import { fixedClock, isIsoDate, systemClock } from '../shared/domain/dates';

import { fail, portOf } from './scriptExit';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let args;
try {
  args = parseArgs({
    options: {
      db: { type: 'string', default: path.join('data', 'ledger.sqlite') },
      pg: { type: 'string' },
      port: { type: 'string', default: '5178' },
      today: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
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

const staticDir = path.join(root, 'dist', 'renderer');
if (!args['no-build']) {
  console.log('正在构建界面… / building the renderer…');
  await build({ configFile: path.join(root, 'vite.config.ts') });
}

let ledger;
try {
  ledger = await openLedger({
    dbPath: args.db,
    databaseUrl,
    clock: args.today ? fixedClock(args.today) : systemClock,
    seedSampleIfNew: true,
    dailyBackup: true,
    heavyCallsOffThread: true,
  });
} catch (err) {
  fail(`无法打开数据库 ${args.db}：${(err as Error).message}`, `Cannot open the database ${args.db}: ${(err as Error).message}`, 1);
}
const host = await startHttpHost(ledger, { port, staticDir });
if (ledger.seeded) console.log(`已载入示例台账 / sample register loaded into ${ledger.ctx.dbPath}`);
console.log(`\n重大项目台账已启动 / the register is served at:\n\n    ${host.openUrl}\n\n数据库 / database: ${ledger.ctx.dbPath}\n按 Ctrl+C 停止 / Ctrl+C to stop.`);

const stop = async () => {
  await host.close();
  await ledger.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
