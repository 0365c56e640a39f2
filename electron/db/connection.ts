/** The one place that opens SQLite: pragmas for durability, refusal of network locations and of damaged files. */

import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LedgerError } from '../../shared/errors';
import { damagedDatabaseError, isDamageError, quickCheckProblems } from './damage';
import { isNetworkLocation } from './networkLocation';
import { translateSqliteError } from './sqliteErrors';
import { SqliteDb } from './sqliteDb';

export { isNetworkLocation } from './networkLocation';

/** The better-sqlite3 connection itself, for what only SQLite has (migrations, pragmas, backups). */
export type SqliteHandle = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** The newest schema this app knows: a newer database is refused before anything touches the file. */
  maxSchemaVersion?: number;
  /**
   * A second connection to a file this process opened and checked already (a worker thread's):
   * the quick check is not run again.
   */
  alreadyChecked?: boolean;
}

export function newerSchemaError(found: number, known: number): LedgerError {
  return new LedgerError(
    'refused',
    `该数据库由更新版本的程序创建（结构版本 ${found}，本程序只支持到 ${known}）。为保护数据，未作任何修改，请升级程序后再打开。`,
    `This database was written by a newer version of the app (schema ${found}; this app knows up to ${known}). It was left untouched: update the app to open it.`,
  );
}

export function impossibleSchemaError(found: number): LedgerError {
  return new LedgerError(
    'refused',
    `该数据库的结构版本号异常（${found}），不是本程序写入的，为保护数据未作任何修改。请从备份恢复。`,
    `This database carries an impossible schema version (${found}); it was not written by this app and was left untouched. Restore a backup.`,
  );
}

/** Opens (creating when missing) a register database for live use. */
export function openDatabase(file: string, options: OpenOptions = {}): SqliteHandle {
  if (file !== ':memory:') {
    if (isNetworkLocation(file)) {
      throw new LedgerError(
        'refused',
        `数据库不能放在网络共享位置（${file}）：多人同时写入会损坏数据。请把数据库放在本机磁盘；备份和导出可以存到共享盘。`,
        `The database cannot live on a network share (${file}): concurrent writes there corrupt it. Keep it on a local disk; backups and exports may go to the share.`,
      );
    }
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  // An existing file is checked before anything is written to it (WAL mode rewrites the header).
  const existing = file !== ':memory:' && (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
  let db: SqliteHandle | undefined;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('busy_timeout = 5000');
    const found = Number(db.pragma('user_version', { simple: true }));
    if (options.maxSchemaVersion !== undefined && found > options.maxSchemaVersion) throw newerSchemaError(found, options.maxSchemaVersion);
    if (found < 0) throw impossibleSchemaError(found);
    if (existing && !options.readonly && !options.alreadyChecked) {
      const problems = quickCheckProblems(db);
      if (problems.length > 0) throw damagedDatabaseError(file, problems[0]!);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a saved edit survives a power cut, which matters more here than write speed.
      db.pragma('synchronous = FULL');
    }
  } catch (err) {
    db?.close();
    if (isDamageError(err)) throw damagedDatabaseError(file, (err as Error).message);
    throw translateSqliteError(err, file) ?? err;
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** A register file opened for the services: the query layer over `openDatabase`'s connection. */
export function openSqliteDb(file: string, options: OpenOptions = {}): SqliteDb {
  return new SqliteDb(openDatabase(file, options));
}
