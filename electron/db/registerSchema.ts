/** The schema version of a register on either engine. */

import { sql, type Db } from './db';
import { schemaVersion } from './migrate';
import { sqliteHandle } from './sqliteDb';

export async function registerSchemaVersion(db: Db): Promise<number> {
  if (db.engine === 'sqlite') return schemaVersion(sqliteHandle(db));
  return (await db.get(sql<{ version: number }>`SELECT version FROM ledger_schema`))?.version ?? 0;
}
