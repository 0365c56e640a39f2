/**
 * SQLite's failures in words a clerk can act on. Its own texts ("database or disk is full",
 * "attempt to write a readonly database") never reach the user: each is named with what to do.
 */

import Database from 'better-sqlite3';
import { LedgerError } from '../../shared/errors';
import { damagedDatabaseError } from './damage';

/** The LedgerError for a SQLite failure, or undefined when `err` is not one this knows. */
export function translateSqliteError(err: unknown, dbFile?: string): LedgerError | undefined {
  if (!(err instanceof Database.SqliteError)) return undefined;
  const code = err.code;
  const where = dbFile ? `（${dbFile}）` : '';
  const whereEn = dbFile ? ` (${dbFile})` : '';
  if (code === 'SQLITE_FULL') {
    return new LedgerError('refused', `磁盘已满${where}，本次修改未保存，台账保持原样。请清理磁盘空间，或把数据库移到空间充足的磁盘后重试。`, `The disk is full${whereEn}; the change was not saved and the register is as it was. Free some space or move the database to a disk with room, then try again.`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new LedgerError('refused', `数据库文件或其所在文件夹是只读的${where}，无法保存修改。请在文件属性中取消“只读”，确认对该文件夹有写入权限，或把数据库复制到可写的位置。`, `The database file or its folder is read-only${whereEn}; changes cannot be saved. Clear the read-only attribute, check write permission on the folder, or copy the database somewhere writable.`);
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new LedgerError('refused', `无法打开数据库文件${where}：文件夹不存在、没有访问权限，或文件被其他程序锁定。请检查路径和权限。`, `Cannot open the database file${whereEn}: the folder is missing, access is denied, or another program holds the file. Check the path and permissions.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new LedgerError('refused', `数据库正被另一个程序占用${where}（例如另一个台账窗口、备份或杀毒软件），本次操作未执行。请稍后再试。`, `The database is in use by another program${whereEn} (another window, a backup, antivirus); nothing was done. Try again shortly.`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return dbFile ? damagedDatabaseError(dbFile, err.message) : new LedgerError('refused', '数据库文件已损坏，本次操作未执行。请从备份恢复。', 'The database file is damaged; nothing was done. Restore a backup.');
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new LedgerError('refused', `读写数据库文件时磁盘出错${where}（磁盘故障、U 盘或网络盘断开），本次修改未保存。请检查磁盘后重试，并尽快备份。`, `A disk error occurred reading or writing the database${whereEn} (failing disk, removed drive, lost network drive); the change was not saved. Check the disk and back up soon.`);
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new LedgerError('conflict', `与已有记录重复，未保存（${err.message}）`, `Duplicate of an existing record; nothing was saved (${err.message})`);
  }
  return undefined;
}
