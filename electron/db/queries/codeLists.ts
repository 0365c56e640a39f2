/** SQL of the editable code lists (产业链, 区域, 级别, 类型, 资金来源) and of settings. */

import { sql, type Db } from '../db';
import { CODE_LIST_NAMES, type CodeListName, type CodeLists } from '../../../shared/domain/types';

/** The projects column each list codes. */
const COLUMN: Record<CodeListName, string> = { chain: 'chain', area: 'area', level: 'level', kind: 'kind', source: 'source' };

/**
 * The values per list in their order. Retired values are left out unless asked for: they stay
 * valid on the projects that carry them (imports match them) but are not offered for new ones.
 */
export async function readCodeLists(db: Db, options: { includeRetired?: boolean } = {}): Promise<CodeLists> {
  const lists = Object.fromEntries(CODE_LIST_NAMES.map((n) => [n, [] as string[]])) as CodeLists;
  const where = options.includeRetired ? sql`` : sql`WHERE retired = 0`;
  const rows = await db.all(sql<{ list: CodeListName; value: string }>`SELECT list, value FROM code_lists ${where} ORDER BY list, seq`);
  for (const r of rows) lists[r.list]?.push(r.value);
  return lists;
}

export interface CodeListEntryRow {
  list: CodeListName;
  value: string;
  seq: number;
  retired: boolean;
  /** Projects (archived included) carrying the value. */
  usage: number;
}

export async function readCodeListEntries(db: Db): Promise<CodeListEntryRow[]> {
  const rows = await db.all(sql<{ list: CodeListName; value: string; seq: number; retired: number }>`SELECT list, value, seq, retired FROM code_lists ORDER BY list, seq`);
  const usage = new Map<string, number>();
  for (const list of CODE_LIST_NAMES) {
    const column = sql.ref(COLUMN[list]);
    const counts = await db.all(sql<{ value: string; n: number }>`SELECT ${column} AS value, count(*) AS n FROM projects GROUP BY ${column}`);
    for (const c of counts) usage.set(`${list}\u0000${c.value}`, c.n);
  }
  return rows.map((r) => ({ list: r.list, value: r.value, seq: r.seq, retired: r.retired === 1, usage: usage.get(`${r.list}\u0000${r.value}`) ?? 0 }));
}

export async function replaceCodeList(db: Db, list: CodeListName, values: string[]): Promise<void> {
  await db.run(sql`DELETE FROM code_lists WHERE list = ${list}`);
  for (const [i, v] of values.entries()) await db.run(sql`INSERT INTO code_lists (list, value, seq) VALUES (${list}, ${v}, ${i + 1})`);
}

export async function appendCodeValue(db: Db, list: CodeListName, value: string): Promise<void> {
  await db.run(sql`INSERT INTO code_lists (list, value, seq) VALUES (${list}, ${value}, (SELECT coalesce(max(seq), 0) + 1 FROM code_lists WHERE list = ${list}))`);
}

export async function codeValueExists(db: Db, list: CodeListName, value: string): Promise<boolean> {
  return (await db.get(sql`SELECT 1 AS found FROM code_lists WHERE list = ${list} AND value = ${value}`)) !== undefined;
}

/** Ids of the projects carrying a value, for the history rows of a rename. */
export async function projectsWithCodeValue(db: Db, list: CodeListName, value: string): Promise<number[]> {
  return (await db.all(sql<{ id: number }>`SELECT id FROM projects WHERE ${sql.ref(COLUMN[list])} = ${value} ORDER BY id`)).map((r) => r.id);
}

/** Renames the value in the list and on every project carrying it; the projects' versions move on. */
export async function renameCodeValue(db: Db, list: CodeListName, value: string, to: string, now: string, options: { projectsOnly?: boolean } = {}): Promise<void> {
  if (!options.projectsOnly) await db.run(sql`UPDATE code_lists SET value = ${to} WHERE list = ${list} AND value = ${value}`);
  const column = sql.ref(COLUMN[list]);
  await db.run(sql`UPDATE projects SET ${column} = ${to}, version = version + 1, updated_at = ${now} WHERE ${column} = ${value}`);
}

export async function setCodeValueRetired(db: Db, list: CodeListName, value: string, retired: boolean): Promise<void> {
  await db.run(sql`UPDATE code_lists SET retired = ${retired ? 1 : 0} WHERE list = ${list} AND value = ${value}`);
}

/** Puts the listed values first in the given order; values not named keep their order after them. */
export async function reorderCodeList(db: Db, list: CodeListName, values: string[]): Promise<void> {
  const current = (await db.all(sql<{ value: string }>`SELECT value FROM code_lists WHERE list = ${list} ORDER BY seq`)).map((r) => r.value);
  const order = [...values.filter((v) => current.includes(v)), ...current.filter((v) => !values.includes(v))];
  for (const [i, v] of order.entries()) await db.run(sql`UPDATE code_lists SET seq = ${i + 1} WHERE list = ${list} AND value = ${v}`);
}

export async function deleteCodeValue(db: Db, list: CodeListName, value: string): Promise<void> {
  await db.run(sql`DELETE FROM code_lists WHERE list = ${list} AND value = ${value}`);
}

export async function readSettingValues(db: Db): Promise<Record<string, unknown>> {
  const rows = await db.all(sql<{ key: string; value: string }>`SELECT key, value FROM settings`);
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}
