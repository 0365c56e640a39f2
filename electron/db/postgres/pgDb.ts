/**
 * The query layer on the team edition's PostgreSQL (node-postgres pool, Kysely's PostgreSQL
 * dialect). BIGINT and NUMERIC come back as exact numbers (money is integer 元), never strings.
 * Every transaction takes one advisory lock first, so writers queue as SQLite's single writer made
 * them: a version check and the update after it cannot interleave with another person's save, and
 * an import commit, a template merge and a month close run one at a time.
 */

import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, sql, type RawBuilder, type Transaction } from 'kysely';
import { insertHead, type Db } from '../db';

/** Any fixed number: the same for every server of this app on one database. */
const WRITER_LOCK = 7_302_026;
const INT8 = 20;
/** Bound parameters in one statement: under PostgreSQL's limit of 65,535. */
const MAX_BOUND_PARAMETERS = 30_000;
const NUMERIC = 1700;

function exactNumber(text: string): number {
  const n = Number(text);
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) throw new Error(`integer ${text} is beyond what the app computes exactly`);
  return n;
}

/** The pool's type parsers: BIGINT, COUNT and SUM as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? exactNumber : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function newPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, types, max: 10 });
  // An idle connection ended by the server (a restart, an administrator) is reported here; unheard,
  // it would end the team server. The pool drops it and the next call connects afresh.
  pool.on('error', (err: Error & { code?: string }) => {
    console.warn(`团队数据库的一个空闲连接已断开（${err.code ?? err.message}），下次操作时重新连接 / an idle database connection ended; the next call reconnects`);
  });
  return pool;
}

export class PgDb implements Db {
  readonly engine = 'postgres' as const;
  private readonly kysely: Kysely<unknown>;
  private readonly current = new AsyncLocalStorage<Transaction<unknown>>();

  /**
   * `lockWaitMs`: how long a write waits for the one before it (an import of thousands of rows, a
   * month close) before it is refused with "try again shortly", rather than leaving the person's
   * request hanging.
   */
  constructor(readonly pool: pg.Pool, private readonly lockWaitMs = 30_000) {
    this.kysely = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  }

  async all<T>(query: RawBuilder<T>): Promise<T[]> {
    return (await query.execute(this.executor())).rows;
  }

  async get<T>(query: RawBuilder<T>): Promise<T | undefined> {
    return (await query.execute(this.executor())).rows[0];
  }

  async run(query: RawBuilder<unknown>): Promise<number> {
    const result = await query.execute(this.executor());
    return Number(result.numAffectedRows ?? BigInt(result.rows.length));
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return fn();
    return this.kysely.transaction().execute(async (trx) => {
      await sql`SELECT set_config('lock_timeout', ${`${this.lockWaitMs}ms`}, true)`.execute(trx);
      await sql`SELECT pg_advisory_xact_lock(${WRITER_LOCK})`.execute(trx);
      await sql`SET LOCAL lock_timeout TO DEFAULT`.execute(trx);
      return this.current.run(trx, fn);
    });
  }

  /**
   * Multi-row INSERTs of a few thousand rows each, their text built here (placeholders only), in
   * one transaction. The sequence numbers a statement's rows in VALUES order, so its ids, sorted,
   * are the rows' in order whatever order RETURNING gives them in.
   */
  async insertRows(table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>, options: { ids?: boolean } = {}): Promise<number[]> {
    if (rows.length === 0) return [];
    const head = insertHead(table, columns);
    const perStatement = Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / columns.length));
    return this.transaction(async () => {
      const ids: number[] = [];
      for (let start = 0; start < rows.length; start += perStatement) {
        const params: unknown[] = [];
        const tuples = rows.slice(start, start + perStatement).map((row) => {
          if (row.length !== columns.length) throw new Error(`insertRows ${table}: ${row.length} values for ${columns.length} columns`);
          return `(${row.map((value) => `$${params.push(value === undefined ? null : value)}`).join(', ')})`;
        });
        const text = `${head}${tuples.join(', ')}${options.ids ? ' RETURNING id' : ''}`;
        const result = await this.executor().executeQuery<{ id: number | string }>(CompiledQuery.raw(text, params));
        if (options.ids) ids.push(...result.rows.map((r) => Number(r.id)).sort((a, b) => a - b));
      }
      return ids;
    });
  }

  inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /** The snapshot names every transaction still running: any commit anywhere changes it. */
  async changeCounter(): Promise<string> {
    const row = await this.get(sql<{ s: string }>`SELECT pg_current_snapshot()::text AS s`);
    return row?.s ?? '';
  }

  async close(): Promise<void> {
    await this.kysely.destroy();
  }

  private executor(): Kysely<unknown> {
    return this.current.getStore() ?? this.kysely;
  }
}
