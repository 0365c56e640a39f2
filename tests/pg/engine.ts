/**
 * Which engine the service tests run on. The same test files run twice: as the `sqlite` project
 * on a register file, and as the `postgres` project on a database of the test cluster (see
 * vitest.config.ts), so the services are held to the same behaviour on both.
 */
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pgBinDir } from './cluster';
import pg from 'pg';
import { inject } from 'vitest';

export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.LEDGER_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const made = new Set<string>();

function databaseName(file: string): string {
  return `t_${crypto.createHash('sha1').update(path.resolve(file)).digest('hex').slice(0, 20)}`;
}

/**
 * The database standing for a register file, made now if missing, for a CLI run the test starts
 * (synchronously: `runLedgerCli` waits for its child) — `createdb`, as an office's IT would.
 */
export function testDatabaseUrlSync(file: string): string {
  const base = inject('pgBase');
  const name = databaseName(file);
  if (!made.has(name)) {
    const { hostname, port, username } = new URL(base);
    const bin = pgBinDir();
    if (!bin) throw new Error('PostgreSQL is not installed');
    const r = spawnSync(path.join(bin, 'createdb'), ['-h', hostname, '-p', port, '-U', username, name], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0 && !/already exists/.test(r.stderr)) throw new Error(`createdb ${name}: ${r.stderr}`);
    made.add(name);
  }
  return `${base}/${name}`;
}

/** The test database standing for a register file: the same file always maps to the same database. */
export async function testDatabaseUrl(file: string): Promise<string> {
  const base = inject('pgBase');
  const name = databaseName(file);
  if (!made.has(name)) {
    const client = new pg.Client({ connectionString: `${base}/postgres` });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    made.add(name);
  }
  return `${base}/${name}`;
}
