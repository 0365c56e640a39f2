/**
 * A damaged database is refused for live use before anything writes to it: writing into a file
 * whose b-trees are broken spreads the damage. The refusal names the newest backup to restore.
 */

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';

/** SQLite's result codes for a file that is not (or no longer) a sound database. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

export function isDamageError(err: unknown): boolean {
  return err instanceof Database.SqliteError && (DAMAGE_CODES.has(err.code) || err.code.startsWith('SQLITE_CORRUPT'));
}

/** SQLite's quick_check: the structure of every b-tree, without the slower index cross-check. */
export function quickCheckProblems(db: Database.Database): string[] {
  const rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
  return rows.map((r) => r.quick_check).filter((line) => line !== 'ok');
}

/** Backups beside a database, newest first: the backups/ folder and the copies taken before migrations. */
export function backupsOf(dbFile: string): string[] {
  const dir = path.dirname(dbFile);
  const base = path.basename(dbFile);
  const candidates: string[] = [];
  const backupsDir = path.join(dir, 'backups');
  try {
    for (const f of fs.readdirSync(backupsDir)) if (f.endsWith('.sqlite')) candidates.push(path.join(backupsDir, f));
  } catch {
    // No backups folder yet.
  }
  try {
    // A file set aside by a restore may be the damaged one: it is not offered as a backup.
    for (const f of fs.readdirSync(dir)) if (f.startsWith(`${base}.before-v`) && f.endsWith('.sqlite')) candidates.push(path.join(dir, f));
  } catch {
    // The folder cannot be listed: no backup to name.
  }
  return candidates
    .map((file) => ({ file, mtime: fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime)
    .map((c) => c.file);
}

/** SQLite's report can run to many lines: the first says enough. */
export function firstLine(detail: string): string {
  const line = detail.split('\n')[0]!.trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}

export function damagedDatabaseError(dbFile: string, rawDetail: string): LedgerError {
  const detail = firstLine(rawDetail);
  const latest = backupsOf(dbFile)[0];
  const how = latest
    ? `最新的备份是：${latest}\n恢复方法：在“设置与数据 → 数据 → 从备份恢复”中选择它，或运行 npm run ledger -- restore "${latest}" --db "${dbFile}"（当前文件会另存一份，不会丢弃）。`
    : `在数据库旁的 backups 文件夹中没有找到备份。请找到最近的备份文件，用“从备份恢复”或 npm run ledger -- restore 备份文件 --db "${dbFile}" 恢复。`;
  const howEn = latest
    ? `The newest backup is: ${latest}\nTo restore it: Settings → Data → Restore…, or run npm run ledger -- restore "${latest}" --db "${dbFile}" (the current file is kept aside, not discarded).`
    : `No backup was found in the backups folder beside the database. Find the latest backup file and restore it with npm run ledger -- restore FILE --db "${dbFile}".`;
  return new LedgerError(
    'refused',
    `数据库文件已损坏，为保护数据，程序没有写入任何内容（${dbFile}；检查结果：${detail}）。\n${how}`,
    `The database file is damaged; nothing was written to it (${dbFile}; check said: ${detail}).\n${howEn}`,
  );
}
