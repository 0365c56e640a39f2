/** Whether the database may have changed since a value was read from it: the key of the services' caches. */

import { cachedStatement, type Db } from '../connection';

/**
 * Changes whenever a row may have changed: `data_version` moves when another connection commits (the
 * CLI writing while the app runs) but not on this connection's own writes, which `total_changes()`
 * counts. A rolled-back write still moves the count: a needless rebuild, never a stale read.
 */
export function changeCounter(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const own = cachedStatement(db, 'SELECT total_changes()').pluck().get() as number;
  return `${version}:${own}`;
}
