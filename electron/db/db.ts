/**
 * The one query layer over both engines: the single-PC register's SQLite file and the team
 * edition's PostgreSQL. Queries are Kysely `sql` templates (values are always bound parameters,
 * placeholders compiled per engine); what differs between the engines lives in `dialect.ts`.
 */

import type { RawBuilder } from 'kysely';

export { sql } from 'kysely';
export type { RawBuilder } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  readonly engine: Engine;
  /** Every row of a query. */
  all<T>(query: RawBuilder<T>): Promise<T[]>;
  /** The first row, if any. */
  get<T>(query: RawBuilder<T>): Promise<T | undefined>;
  /** A write; the number of rows it changed. */
  run(query: RawBuilder<unknown>): Promise<number>;
  /**
   * Runs `fn` as one transaction: everything `fn` awaits through this Db is inside it, other
   * callers wait for it to end. A transaction begun inside another joins it.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Whether the caller is inside a transaction of this Db (data read there may yet be rolled back). */
  inTransaction(): boolean;
  /**
   * Changes whenever committed data may have changed: the key of the services' caches. A needless
   * change costs a rebuild, never a stale read.
   */
  changeCounter(): Promise<string>;
  close(): Promise<void>;
}

/** Runs `fn` in one transaction of `db`. */
export async function inTransaction<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  return await db.transaction(fn);
}

/** Rows' ids as numbers (PostgreSQL returns BIGINT as text; our type parser makes them numbers). */
export function insertedId(row: { id: number } | undefined): number {
  if (!row) throw new Error('INSERT … RETURNING id returned no row');
  return Number(row.id);
}
