/** Numbered SQL migrations, one transaction each, version in PRAGMA user_version. */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { impossibleSchemaError, newerSchemaError, type SqliteHandle as Db } from './connection';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export function migrationsDir(): string {
  return process.env.LEDGER_MIGRATIONS_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/** Reads the migration files and checks they are numbered 1, 2, 3… without gaps. */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .map((file) => ({ file, m: MIGRATION_FILE.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2] ?? file, sql: fs.readFileSync(path.join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((mig, i) => {
    if (mig.version !== i + 1) throw new Error(`migration ${mig.version}_${mig.name} is out of order: expected ${i + 1}`);
  });
  return migrations;
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export interface MigrateResult {
  from: number;
  to: number;
  /** The copy taken before migrating an existing database, if any. */
  backupPath: string | null;
}

/**
 * Brings the database to the latest schema. A database from a newer app is refused untouched;
 * an existing database is copied aside before the first migration runs.
 */
export function migrate(db: Db, dbFile: string, migrations = loadMigrations()): MigrateResult {
  const latest = migrations.length;
  const from = schemaVersion(db);
  if (from > latest) throw newerSchemaError(from, latest);
  if (from < 0) throw impossibleSchemaError(from);
  if (from === latest) return { from, to: from, backupPath: null };
  let backupPath: string | null = null;
  if (from > 0 && dbFile !== ':memory:') {
    backupPath = `${dbFile}.before-v${from + 1}-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`;
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  // A migration may rebuild a table others reference (SQLite cannot alter a column in place).
  // Foreign keys are switched off around the migrations, as SQLite's documented procedure says
  // (the pragma is a no-op inside a transaction), and checked before each one commits.
  const foreignKeys = Number(db.pragma('foreign_keys', { simple: true }));
  db.pragma('foreign_keys = OFF');
  try {
    for (const mig of migrations.slice(from)) {
      db.transaction(() => {
        db.exec(mig.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length) throw new Error(`migration ${mig.version}_${mig.name} left ${broken.length} broken references`);
        db.pragma(`user_version = ${mig.version}`);
      }).immediate();
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { from, to: latest, backupPath };
}
