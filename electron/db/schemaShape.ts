/**
 * The shape of a register's schema, read from either engine and normalised so the two can be
 * compared: tables, columns (type class, NOT NULL, default), keys, foreign keys and indexes. The
 * SQLite and PostgreSQL migrations must produce the same shape; money columns must be BIGINT on
 * PostgreSQL (SQLite's INTEGER is already 64-bit).
 */

import type { SqliteHandle as Db } from './connection';

export type TypeClass = 'integer' | 'text' | 'real' | 'blob';

export interface ColumnShape {
  name: string;
  type: TypeClass;
  notNull: boolean;
  /** The default as written, without PostgreSQL's `::type` cast; null when none. */
  default: string | null;
}

export interface TableShape {
  columns: ColumnShape[];
  primaryKey: string[];
  /** Column lists of UNIQUE constraints, each joined with ",", sorted. */
  unique: string[];
  /** "col → table(col) on delete ACTION", sorted. */
  foreignKeys: string[];
  /** "name(col,col)" plus " unique" where unique; declared indexes only, sorted. */
  indexes: string[];
}

export type SchemaShape = Record<string, TableShape>;

/** The minimal PostgreSQL client this needs (pg's Client or Pool). */
export interface PgQueryable {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

function sqliteClass(declared: string): TypeClass {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (t.includes('CHAR') || t.includes('TEXT') || t.includes('CLOB')) return 'text';
  if (t.includes('BLOB') || t === '') return 'blob';
  return 'real';
}

function pgClass(dataType: string): TypeClass {
  if (['integer', 'bigint', 'smallint'].includes(dataType)) return 'integer';
  if (['text', 'character varying', 'character'].includes(dataType)) return 'text';
  if (dataType === 'bytea') return 'blob';
  return 'real';
}

/** `'在谈'::text` → `'在谈'`. */
function plainDefault(value: string | null): string | null {
  if (value === null) return null;
  return value.replace(/::[a-z ]+$/i, '');
}

export function sqliteSchemaShape(db: Db): SchemaShape {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
  const shape: SchemaShape = {};
  for (const table of tables) {
    const info = db.prepare(`SELECT name, type, "notnull" AS not_null, dflt_value AS dflt, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as Array<{ name: string; type: string; not_null: number; dflt: string | null; pk: number }>;
    const primaryKey = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const indexList = db.prepare(`SELECT name, "unique" AS isUnique, origin FROM pragma_index_list(?)`).all(table) as Array<{ name: string; isUnique: number; origin: string }>;
    const columnsOf = (index: string) => (db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(index) as Array<{ name: string }>).map((c) => c.name).join(',');
    const foreignKeys = db.prepare(`SELECT "table" AS target, "from" AS source, "to" AS targetColumn, on_delete AS onDelete FROM pragma_foreign_key_list(?)`).all(table) as Array<{ target: string; source: string; targetColumn: string; onDelete: string }>;
    shape[table] = {
      // A PRIMARY KEY column is NOT NULL on PostgreSQL whatever it says; SQLite's INTEGER PRIMARY KEY is the rowid, never null.
      columns: info.map((c) => ({ name: c.name, type: sqliteClass(c.type), notNull: c.not_null === 1 || c.pk > 0, default: c.dflt })),
      primaryKey,
      unique: indexList.filter((i) => i.origin === 'u').map((i) => columnsOf(i.name)).sort(),
      foreignKeys: foreignKeys.map((f) => `${f.source} → ${f.target}(${f.targetColumn}) on delete ${f.onDelete}`).sort(),
      indexes: indexList.filter((i) => i.origin === 'c').map((i) => `${i.name}(${columnsOf(i.name)})${i.isUnique ? ' unique' : ''}`).sort(),
    };
  }
  return shape;
}

export async function postgresSchemaShape(db: PgQueryable): Promise<SchemaShape> {
  const columns = (await db.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  )).rows;
  const constraints = (await db.query<{ table_name: string; kind: string; columns: string[]; target: string | null; target_columns: string[] | null; on_delete: string }>(
    `SELECT c.conrelid::regclass::text AS table_name, c.contype AS kind,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
            c.confrelid::regclass::text AS target,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS target_columns,
            CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END AS on_delete
       FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace
      WHERE s.nspname = current_schema() AND c.contype IN ('p', 'u', 'f')`,
  )).rows;
  const indexes = (await db.query<{ table_name: string; index_name: string; is_unique: boolean; columns: string[] }>(
    `SELECT t.relname AS table_name, i.relname AS index_name, x.indisunique AS is_unique,
            ARRAY(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o) AS columns
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
      WHERE s.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
  )).rows;
  const shape: SchemaShape = {};
  for (const c of columns) {
    shape[c.table_name] ??= { columns: [], primaryKey: [], unique: [], foreignKeys: [], indexes: [] };
    shape[c.table_name]!.columns.push({ name: c.column_name, type: pgClass(c.data_type), notNull: c.is_nullable === 'NO', default: plainDefault(c.column_default) });
  }
  for (const c of constraints) {
    const table = shape[c.table_name];
    if (!table) continue;
    if (c.kind === 'p') table.primaryKey = c.columns;
    else if (c.kind === 'u') table.unique.push(c.columns.join(','));
    else table.foreignKeys.push(`${c.columns.join(',')} → ${c.target}(${(c.target_columns ?? []).join(',')}) on delete ${c.on_delete}`);
  }
  for (const i of indexes) shape[i.table_name]?.indexes.push(`${i.index_name}(${i.columns.join(',')})${i.is_unique ? ' unique' : ''}`);
  for (const table of Object.values(shape)) {
    table.unique.sort();
    table.foreignKeys.sort();
    table.indexes.sort();
  }
  return Object.fromEntries(Object.entries(shape).sort(([a], [b]) => a.localeCompare(b)));
}

/** Columns of PostgreSQL type BIGINT, as "table.column", sorted: where money lives. */
export async function postgresBigintColumns(db: PgQueryable): Promise<string[]> {
  const rows = (await db.query<{ c: string }>(
    `SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'bigint' ORDER BY 1`,
  )).rows;
  return rows.map((r) => r.c);
}
