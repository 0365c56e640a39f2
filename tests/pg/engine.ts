/**
 * Which engine the service tests run on. The same test files run twice: as the `sqlite` project
 * on a register file, and as the `postgres` project on a database of the test cluster (see
 * vitest.config.ts), so the services are held to the same behaviour on both.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.LEDGER_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const made = new Set<string>();

function databaseName(file: string): string {
  return `t_${crypto.createHash('sha1').update(path.resolve(file)).digest('hex').slice(0, 20)}`;
}

/** The database of a register file a test opened already (for the CLI it runs on it), if any. */
export function knownTestDatabase(file: string): string | undefined {
  const name = databaseName(file);
  return made.has(name) ? `${inject('pgBase')}/${name}` : undefined;
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
