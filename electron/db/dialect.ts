/** The SQL fragments that differ between SQLite and PostgreSQL; everything else is written once. */

import { sql, type Db, type RawBuilder } from './db';

/** Whether `text` occurs in `column` (case-sensitive, like the register's search box has always been). */
export function contains(db: Db, column: RawBuilder<unknown>, text: string): RawBuilder<unknown> {
  return db.engine === 'postgres' ? sql`strpos(${column}, ${text}) > 0` : sql`instr(${column}, ${text}) > 0`;
}

/** An integer member of a JSON object kept as text. */
export function jsonInteger(db: Db, column: RawBuilder<unknown>, key: string): RawBuilder<number | null> {
  return db.engine === 'postgres'
    ? sql<number | null>`((${column})::jsonb ->> ${key})::bigint`
    : sql<number | null>`json_extract(${column}, ${'$.' + key})`;
}
