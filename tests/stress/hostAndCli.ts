/**
 * The browser host and the CLI writing one register file at once (a clerk's browser tab open while
 * a colleague runs an import from the command line): every write either lands whole or is refused
 * in words, nothing is lost or torn, the file stays sound, and no raw SQLite text (SQLITE_BUSY,
 * "database is locked") reaches either user.
 */
import { sqliteHandle } from '../../electron/db/sqliteDb';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openLedger } from '../../electron/services/ledger';
import { startHttpHost } from '../../electron/transports/httpServer';
import { fixedClock } from '../../shared/domain/dates';
import type { ApiResult } from '../../shared/errors';
import type { StressFamily } from './family';
import { check, integrityOk, projectCsv, RAW_SQLITE, startLedgerCli, tempDir, TODAY } from './lib';

const HOST_WRITES = 150;
const CLI_IMPORTS = 6;
const ROWS_PER_IMPORT = 300;

export const hostAndCliFamily: StressFamily = {
  name: 'host-and-cli',
  budgetMs: 300_000,
  async run() {
    const dir = tempDir();
    const db = path.join(dir, 'ledger.sqlite');
    const ledger = await openLedger({ dbPath: db, clock: fixedClock(TODAY), actor: 'browser', seedSampleIfNew: true });
    const host = await startHttpHost(ledger, {});
    const startCount = (sqliteHandle(ledger.ctx.db).prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
    const post = async (method: string, input: unknown): Promise<ApiResult<unknown>> => {
      const res = await fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': host.token }, body: JSON.stringify(input) });
      return (await res.json()) as ApiResult<unknown>;
    };
    const host_ = { ok: 0, refused: 0, messages: new Set<string>() };
    const cli = { ok: 0, refused: 0, checks: 0, messages: new Set<string>() };
    let importedRows = 0;
    try {
      const browser = (async () => {
        for (let i = 1; i <= HOST_WRITES; i++) {
          const r = await post('projects.create', { code: `H-${i}`, name: `浏览器新增项目${i}`, totalInvestment: 1_000_000 * i, chain: '新能源' });
          if (r.ok) host_.ok++;
          else {
            host_.refused++;
            host_.messages.add(`${r.error.code}: ${r.error.message}`);
          }
          if (i % 10 === 0) await post('projects.list', {});
        }
      })();
      const commandLine = (async () => {
        for (let k = 1; k <= CLI_IMPORTS; k++) {
          const csv = path.join(dir, `街道${k}.csv`);
          fs.writeFileSync(csv, projectCsv(ROWS_PER_IMPORT, `C${k}`));
          const run = await startLedgerCli(['import', csv, '--db', db, '--today', TODAY]).ended;
          check(!RAW_SQLITE.test(run.out + run.err), `CLI import ${k} printed raw SQLite text: ${run.err}`);
          if (run.code === 0) {
            cli.ok++;
            importedRows += ROWS_PER_IMPORT;
          } else {
            cli.refused++;
            cli.messages.add(run.err.trim().split('\n')[0] ?? '');
          }
          const checked = await startLedgerCli(['check', '--db', db, '--today', TODAY]).ended;
          check(!RAW_SQLITE.test(checked.out + checked.err), `CLI check printed raw SQLite text: ${checked.err}`);
          if (checked.code === 0) cli.checks++;
          else cli.messages.add(checked.err.trim().split('\n')[0] ?? '');
        }
      })();
      await Promise.all([browser, commandLine]);
    } finally {
      await host.close();
      await ledger.close();
    }
    for (const m of [...host_.messages, ...cli.messages]) check(!RAW_SQLITE.test(m), `raw SQLite text reached a user: ${m}`);
    check(integrityOk(db), 'the register failed its integrity check after the concurrent writes');
    const raw = new Database(db, { readonly: true });
    const count = (raw.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
    const hostRows = (raw.prepare(`SELECT count(*) AS n FROM projects WHERE code LIKE 'H-%'`).get() as { n: number }).n;
    raw.close();
    check(hostRows === host_.ok, `${host_.ok} browser writes answered ok but ${hostRows} are in the register`);
    check(count === startCount + host_.ok + importedRows, `expected ${startCount} + ${host_.ok} + ${importedRows} projects, found ${count}: a write was lost or torn`);
    check(host_.ok + cli.ok > 0, 'nothing was written at all');
    fs.rmSync(dir, { recursive: true, force: true });
    const refusedWords = [...host_.messages, ...cli.messages];
    return `host ${HOST_WRITES} writes (${host_.ok} ok, ${host_.refused} refused in words) while CLI ran ${CLI_IMPORTS} imports of ${ROWS_PER_IMPORT} rows (${cli.ok} ok, ${cli.refused} refused in words) and ${CLI_IMPORTS} checks (${cli.checks} ok): integrity ok, nothing lost or torn, no raw SQLite text${refusedWords.length ? ` (refusals: ${refusedWords.slice(0, 2).join(' | ')})` : ''}`;
  },
};
