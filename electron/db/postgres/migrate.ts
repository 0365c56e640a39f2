/**
 * PostgreSQL migrations for the team edition: migrations/postgres/NNN_name.sql, the first being the
 * baseline a new team register starts at (the SQLite register's version at the time the team
 * edition began), then one twin per later SQLite migration, same number. The version lives in a
 * one-row table (PostgreSQL has no user_version); each migration runs in its own transaction,
 * under an advisory lock so two servers starting at once do not both migrate.
 */

import fs from 'node:fs';
import path from 'node:path';
import { migrationsDir, type Migration } from '../migrate';
import type { PgQueryable } from '../schemaShape';

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;
/** Any fixed number: the lock only has to be the same for every server of this app. */
const MIGRATION_LOCK = 7_302_025;

export function loadPostgresMigrations(dir = path.join(migrationsDir(), 'postgres')): Migration[] {
  const migrations = fs.readdirSync(dir)
    .map((file) => ({ file, m: MIGRATION_FILE.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2] ?? file, sql: fs.readFileSync(path.join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((mig, i) => {
    if (i > 0 && mig.version !== migrations[i - 1]!.version + 1) throw new Error(`postgres migration ${mig.version}_${mig.name} is out of order: expected ${migrations[i - 1]!.version + 1}`);
  });
  if (migrations.length === 0) throw new Error(`no PostgreSQL migrations in ${dir}`);
  return migrations;
}

export async function postgresSchemaVersion(db: PgQueryable): Promise<number> {
  const found = await db.query<{ version: number }>(`SELECT version FROM ledger_schema`).catch((err: { code?: string }) => {
    if (err.code === '42P01') return { rows: [] }; // undefined_table: a new database
    throw err;
  });
  return found.rows[0]?.version ?? 0;
}

/** Brings a team database to the latest schema; a database of a newer app is refused untouched. */
export async function migratePostgres(db: PgQueryable, migrations = loadPostgresMigrations()): Promise<{ from: number; to: number }> {
  await db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const from = await postgresSchemaVersion(db);
    const latest = migrations[migrations.length - 1]!.version;
    if (from > latest) throw new Error(`team database schema ${from} is newer than this app's ${latest}`);
    // A new database starts at the baseline; an existing one takes the migrations after its version.
    const pending = from === 0 ? migrations : migrations.filter((m) => m.version > from);
    for (const migration of pending) {
      await db.query('BEGIN');
      try {
        await db.query(migration.sql);
        await db.query('CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL)');
        await db.query('DELETE FROM ledger_schema');
        await db.query('INSERT INTO ledger_schema (version) VALUES ($1)', [migration.version]);
        await db.query('COMMIT');
      } catch (err) {
        await db.query('ROLLBACK');
        throw err;
      }
    }
    return { from, to: latest };
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
