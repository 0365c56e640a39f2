/** The CLI: `ledger <command> [options] --db FILE`. Exit codes: 0 ok, 1 failed, 2 bad usage. */

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openLedger } from '../services/ledger';
import { ApiCallError, LedgerError } from '../../shared/errors';
import { fixedClock, isIsoDate, systemClock } from '../../shared/domain/dates';
import { UsageError, type CliCommand, type CliIo, type OptionSpec } from './command';
import { initCommand } from './commands/init';
import { seedCommand } from './commands/seed';
import { generateCommand } from './commands/generate';
import { undoImportCommand } from './commands/undoImport';
import { rollupCommand } from './commands/rollup';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { callCommand } from './commands/call';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { restoreCommand } from './commands/restore';
import { settingsCommand } from './commands/settings';
import { codesCommand } from './commands/codes';
import { applyTemplateCommand } from './commands/applyTemplate';
import { problemsCommand } from './commands/problems';
import { templatesCommand } from './commands/templates';
import { collectCommand } from './commands/collect';
import { closeMonthCommand } from './commands/closeMonth';
import { changesCommand } from './commands/changes';
import { teamCommand, teamDatabaseUrlIfAny } from './commands/team';

export const COMMANDS: CliCommand[] = [initCommand, seedCommand, generateCommand, rollupCommand, backupCommand, checkCommand, callCommand, exportCommand, importCommand, undoImportCommand, applyTemplateCommand, templatesCommand, collectCommand, closeMonthCommand, changesCommand, restoreCommand, settingsCommand, codesCommand, problemsCommand, teamCommand];

const COMMON_OPTIONS: OptionSpec = {
  db: { type: 'string' },
  pg: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const DEFAULT_DB = path.join('data', 'ledger.sqlite');

export function usageText(): string {
  const lines = ['用法 / usage: npm run ledger -- <命令 command> [选项 options] [--db FILE] [--today YYYY-MM-DD]', ''];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(52)} ${c.summary}`);
  lines.push('', `  --db FILE 默认 / default: ${DEFAULT_DB}`);
  lines.push('  --pg postgres://… 团队版：改用 PostgreSQL 中的台账（或设环境变量 LEDGER_DATABASE_URL）/ team edition: use the register in PostgreSQL (or set LEDGER_DATABASE_URL)');
  return lines.join('\n');
}

/** node:util parseArgs speaks English; say the same in Chinese, naming the option. */
function parseArgsInChinese(err: Error & { code?: string }): string {
  const option = (/'([^']+)'/.exec(err.message)?.[1] ?? '').replace(/ <value>$/, '');
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项：${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(err.message) ? `选项 ${option} 缺少值` : `选项 ${option} 的值不对`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数：${option}`;
    default:
      return '参数有误';
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usageText());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令：${name} / unknown command: ${name}\n\n${usageText()}`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: (command.positionals ?? 0) > 0, strict: true });
    values = parsed.values as Record<string, string | boolean | undefined>;
    positionals = parsed.positionals;
    if (positionals.length > (command.positionals ?? 0)) throw new UsageError(`多余的参数：${positionals.join(' ')}`, `unexpected arguments: ${positionals.join(' ')}`);
    if (values.today !== undefined && (typeof values.today !== 'string' || !isIsoDate(values.today))) {
      throw new UsageError(`--today 应为 YYYY-MM-DD：${String(values.today)}`, `--today must be YYYY-MM-DD: ${String(values.today)}`);
    }
  } catch (err) {
    const en = err instanceof UsageError ? err.messageEn : (err as Error).message;
    const zh = err instanceof UsageError ? err.message : parseArgsInChinese(err as Error & { code?: string });
    io.err(`${zh} / ${en}\n用法 / usage: ledger ${command.usage} [--db FILE]`);
    return 2;
  }
  if (values.help) {
    io.out(`ledger ${command.usage} [--db FILE]\n${command.summary}`);
    return 0;
  }
  const dbPath = typeof values.db === 'string' ? values.db : DEFAULT_DB;
  if (command.runOnFile) {
    try {
      return await command.runOnFile(dbPath, values, positionals, io);
    } catch (err) {
      if (err instanceof UsageError) {
        io.err(`${err.message} / ${err.messageEn}\n用法 / usage: ledger ${command.usage} [--db FILE]`);
        return 2;
      }
      const e = err instanceof LedgerError ? err : undefined;
      io.err(e ? `${e.message}\n${e.messageEn}` : `失败 / failed: ${(err as Error).message}`);
      return 1;
    }
  }
  let databaseUrl: string | undefined;
  try {
    databaseUrl = teamDatabaseUrlIfAny(values);
  } catch (err) {
    const e = err as UsageError;
    io.err(`${e.message} / ${e.messageEn}`);
    return 2;
  }
  if (!databaseUrl && !command.createsDatabase && !fs.existsSync(dbPath)) {
    io.err(`数据库不存在：${dbPath}，请先运行 init / the database does not exist: ${dbPath}; run init first`);
    return 1;
  }
  if (!command.run) return 2;
  let ledger;
  try {
    ledger = await openLedger({ dbPath, databaseUrl, clock: typeof values.today === 'string' ? fixedClock(values.today) : systemClock, readonly: command.readsOnly ?? false });
  } catch (err) {
    const e = err instanceof LedgerError ? err : undefined;
    io.err(e ? `${e.message}\n${e.messageEn}` : `无法打开数据库 / cannot open the database: ${(err as Error).message}`);
    return 1;
  }
  try {
    return await command.run(ledger, values, positionals, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message} / ${err.messageEn}\n用法 / usage: ledger ${command.usage} [--db FILE]`);
      return 2;
    }
    if (err instanceof ApiCallError) {
      io.err(`${err.body.message}\n${err.body.messageEn}`);
      return 1;
    }
    if (err instanceof LedgerError) {
      io.err(`${err.message}\n${err.messageEn}`);
      return 1;
    }
    io.err(`失败 / failed: ${(err as Error).message}`);
    return 1;
  } finally {
    await ledger.close();
  }
}
