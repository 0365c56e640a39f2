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
  /**
   * Many rows into one table, all or none, values always bound: the bulk writes (an import's
   * projects and audit rows, a schedule's nodes), without compiling a query per row or per
   * statement. With `ids`, the new rows' ids in the rows' order. Table and column names are ours.
   */
  insertRows(table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>, options?: { ids?: boolean }): Promise<number[]>;
  /** Whether the caller is inside a transaction of this Db (data read there may yet be rolled back). */
  inTransaction(): boolean;
  /**
   * Changes whenever committed data may have changed: the key of the services' caches. A needless
   * change costs a rebuild, never a stale read.
   */
  changeCounter(): Promise<string>;
  close(): Promise<void>;
}

/** A table or column name of ours, double-quoted (both engines); anything else is a programming error. */
export function quotedIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
}

/** `INSERT INTO "t" ("a", "b") VALUES `, for insertRows. */
export function insertHead(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${quotedIdentifier(table)} (${columns.map(quotedIdentifier).join(', ')}) VALUES `;
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
