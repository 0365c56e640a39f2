/**
 * The query layer on the single-PC register's SQLite file (better-sqlite3). Queries are compiled by
 * Kysely's SQLite dialect and run on prepared statements kept per SQL text (bulk writes run one
 * statement thousands of times). better-sqlite3 is synchronous, so a transaction that awaits is
 * guarded: while one is open, calls from outside it wait, and calls from inside it (known through
 * AsyncLocalStorage) run in it.
 */

import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type RawBuilder } from 'kysely';
import { insertHead, type Db } from './db';

/** Enough for every statement the services write; dynamic UPDATEs past it are prepared again. */
const STATEMENTS_KEPT = 500;

export class SqliteDb implements Db {
  readonly engine = 'sqlite' as const;
  private readonly compiler: Kysely<unknown>;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly owner = new AsyncLocalStorage<symbol>();
  private active: symbol | null = null;
  private waiting: Array<() => void> = [];

  constructor(readonly handle: Database.Database) {
    this.compiler = new Kysely<unknown>({ dialect: new SqliteDialect({ database: handle }) });
  }

  async all<T>(query: RawBuilder<T>): Promise<T[]> {
    while (this.blocked()) await this.turn();
    const { statement, params } = this.prepare(query);
    if (!statement.reader) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as T[];
  }

  async get<T>(query: RawBuilder<T>): Promise<T | undefined> {
    while (this.blocked()) await this.turn();
    const { statement, params } = this.prepare(query);
    if (!statement.reader) {
      statement.run(...params);
      return undefined;
    }
    return statement.get(...params) as T | undefined;
  }

  async run(query: RawBuilder<unknown>): Promise<number> {
    while (this.blocked()) await this.turn();
    const { statement, params } = this.prepare(query);
    if (statement.reader) return statement.all(...params).length;
    return statement.run(...params).changes;
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction()) return fn();
    // Check and take the turn in one synchronous step: another waiter may wake at the same time.
    while (this.active !== null) await this.turn();
    const token = Symbol('transaction');
    this.active = token;
    try {
      // IMMEDIATE: a second writer (another connection) waits instead of failing mid-way.
      this.handle.prepare('BEGIN IMMEDIATE').run();
      try {
        const result = await this.owner.run(token, fn);
        this.handle.prepare('COMMIT').run();
        return result;
      } catch (err) {
        if (this.handle.inTransaction) this.handle.prepare('ROLLBACK').run();
        throw err;
      }
    } finally {
      this.active = null;
      const waiting = this.waiting;
      this.waiting = [];
      for (const wake of waiting) wake();
    }
  }

  /**
   * One prepared single-row INSERT run per row, its id from the run itself: better-sqlite3 runs it
   * in microseconds with no query compiled (a RETURNING clause would cost three times as much).
   */
  async insertRows(table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>, options: { ids?: boolean } = {}): Promise<number[]> {
    while (this.blocked()) await this.turn();
    const statement = this.statement(`${insertHead(table, columns)}(${columns.map(() => '?').join(', ')})`);
    const ids: number[] = [];
    const write = () => {
      for (const row of rows) {
        if (row.length !== columns.length) throw new Error(`insertRows ${table}: ${row.length} values for ${columns.length} columns`);
        const { lastInsertRowid } = statement.run(...row.map(bindable));
        if (options.ids) ids.push(Number(lastInsertRowid));
      }
    };
    // Inside our transaction (or better-sqlite3's) the rows join it; on their own they are one.
    if (this.handle.inTransaction) write();
    else this.handle.transaction(write)();
    return ids;
  }

  inTransaction(): boolean {
    return this.active !== null && this.owner.getStore() === this.active;
  }

  /**
   * `data_version` moves when another connection commits (the CLI writing while the app runs) but
   * not on this connection's own writes, which `total_changes()` counts.
   */
  async changeCounter(): Promise<string> {
    while (this.blocked()) await this.turn();
    const version = this.handle.pragma('data_version', { simple: true }) as number;
    const own = this.statement('SELECT total_changes()').pluck().get() as number;
    return `${version}:${own}`;
  }

  async close(): Promise<void> {
    this.handle.close();
  }

  /** A prepared statement, compiled once per connection. */
  statement(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      if (this.statements.size >= STATEMENTS_KEPT) this.statements.clear();
      this.statements.set(text, (statement = this.handle.prepare(text)));
    }
    return statement;
  }

  private prepare(query: RawBuilder<unknown>): { statement: Database.Statement; params: unknown[] } {
    const compiled = query.compile(this.compiler);
    const params = compiled.parameters.map(bindable);
    return { statement: this.statement(compiled.sql), params };
  }

  private blocked(): boolean {
    return this.active !== null && this.owner.getStore() !== this.active;
  }

  private turn(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** better-sqlite3 binds neither undefined nor booleans: they are NULL and 0/1 as PostgreSQL stores them. */
function bindable(value: unknown): unknown {
  return value === undefined ? null : typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/** The better-sqlite3 handle under a Db, for what only SQLite has (pragmas, backups, the worker's file). */
export function sqliteHandle(db: Db): Database.Database {
  if (db instanceof SqliteDb) return db.handle;
  throw new Error('this operation needs the single-PC SQLite register');
}
