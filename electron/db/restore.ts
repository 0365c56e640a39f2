/**
 * Restoring a backup over the live database file. The backup is checked first (a register, sound,
 * not from a newer app); the current file, with its WAL, is moved aside rather than deleted; the
 * backup is copied in under a temporary name and renamed, so a crash leaves either file whole.
 */

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';
import { firstLine, isDamageError } from './damage';

export interface BackupCheck {
  schemaVersion: number;
  projectCount: number;
}

function refused(zh: string, en: string): LedgerError {
  return new LedgerError('refused', `${zh}当前数据未作任何改动。`, `${en} The current data was not touched.`);
}

/** Opens a backup read-only and checks it is a sound register this app can open. */
export function checkBackupFile(file: string, maxSchemaVersion: number): BackupCheck {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw refused(`备份文件不存在：${file}。`, `The backup file does not exist: ${file}.`);
  if (!stat.isFile()) throw refused(`「${file}」不是文件。`, `"${file}" is not a file.`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > maxSchemaVersion) {
      throw refused(`备份「${file}」由更新版本的程序创建（结构版本 ${version}，本程序只支持到 ${maxSchemaVersion}），不能恢复。`, `The backup "${file}" was written by a newer app (schema ${version}; this app knows up to ${maxSchemaVersion}).`);
    }
    const hasProjects = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'projects'`).get();
    if (version < 1 || !hasProjects) throw refused(`「${file}」不是本程序的台账数据库，不能恢复。`, `"${file}" is not a register database of this app.`);
    const integrity = (db.pragma('integrity_check(5)') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw refused(`备份「${file}」已损坏（完整性检查：${firstLine(integrity[0] ?? '')}），不能恢复。请换一个备份。`, `The backup "${file}" is damaged (integrity check: ${firstLine(integrity[0] ?? '')}); choose another backup.`);
    }
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw refused(`备份「${file}」中有指向不存在项目的记录（外键检查未通过），不能恢复。`, `The backup "${file}" fails the foreign-key check.`);
    }
    const projectCount = (db.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
    return { schemaVersion: version, projectCount };
  } catch (err) {
    if (err instanceof LedgerError) throw err;
    if (isDamageError(err)) throw refused(`「${file}」不是有效的数据库文件或已损坏，不能恢复。`, `"${file}" is not a valid database file, or it is damaged.`);
    throw refused(`无法读取备份「${file}」：${(err as Error).message}。`, `Cannot read the backup "${file}": ${(err as Error).message}.`);
  } finally {
    db?.close();
  }
}

export interface RestoreResult {
  /** Where the database that was replaced now is (null when there was none). */
  previous: string | null;
  backup: BackupCheck;
}

/** Replaces `dbFile` (which must be closed) with a checked copy of `backupFile`. */
export function restoreDatabaseFile(dbFile: string, backupFile: string, maxSchemaVersion: number, stamp: string): RestoreResult {
  const from = path.resolve(backupFile);
  const target = path.resolve(dbFile);
  if (from === target) throw refused('不能用数据库文件本身来恢复，请选择一个备份文件。', 'A database cannot be restored from itself; choose a backup file.');
  const backup = checkBackupFile(from, maxSchemaVersion);
  const staging = `${target}.restoring`;
  fs.rmSync(staging, { force: true });
  try {
    fs.copyFileSync(from, staging);
    const fd = fs.openSync(staging, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch (err) {
    fs.rmSync(staging, { force: true });
    throw refused(`无法复制备份：${(err as Error).message}。`, `Cannot copy the backup: ${(err as Error).message}.`);
  }
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${stamp}.sqlite`;
    // The WAL and shared-memory files belong to the old file: they move with it, under its new name.
    fs.renameSync(target, previous);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, previous + suffix);
    }
  }
  fs.renameSync(staging, target);
  return { previous, backup };
}
