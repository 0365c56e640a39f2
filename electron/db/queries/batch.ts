/**
 * Many rows in few statements: a multi-row INSERT … VALUES is far cheaper than one statement a row
 * (30,000 imported projects with their audit rows), on both engines. Each statement stays under
 * both engines' limits on bound parameters (PostgreSQL 65,535; SQLite 32,766 as built here).
 */

import { sql, type RawBuilder } from '../db';

export const MAX_BOUND_PARAMETERS = 30_000;

/** `rows` cut into slices of at most MAX_BOUND_PARAMETERS parameters each. */
export function parameterChunks<T>(rows: readonly T[], parametersPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / parametersPerRow));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** `(a, b, c), (d, e, f)`: the VALUES list of a multi-row INSERT. */
export function valueRows(rows: ReadonlyArray<readonly unknown[]>): RawBuilder<unknown> {
  // sql.join binds plain values as parameters: no fragment per value (30,000 of them a statement).
  return sql.join(rows.map((r) => sql`(${sql.join(r)})`));
}
