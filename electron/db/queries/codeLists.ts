/** SQL of the editable code lists (产业链, 区域, 级别, 类型, 资金来源) and of settings. */

import type { Db } from '../connection';
import { CODE_LIST_NAMES, type CodeListName, type CodeLists } from '../../../shared/domain/types';

/** The projects column each list codes. */
const COLUMN: Record<CodeListName, string> = { chain: 'chain', area: 'area', level: 'level', kind: 'kind', source: 'source' };

/**
 * The values per list in their order. Retired values are left out unless asked for: they stay
 * valid on the projects that carry them (imports match them) but are not offered for new ones.
 */
export function readCodeLists(db: Db, options: { includeRetired?: boolean } = {}): CodeLists {
  const lists = Object.fromEntries(CODE_LIST_NAMES.map((n) => [n, [] as string[]])) as CodeLists;
  const where = options.includeRetired ? '' : 'WHERE retired = 0';
  const rows = db.prepare(`SELECT list, value FROM code_lists ${where} ORDER BY list, seq`).all() as Array<{ list: CodeListName; value: string }>;
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

export function readCodeListEntries(db: Db): CodeListEntryRow[] {
  const rows = db.prepare('SELECT list, value, seq, retired FROM code_lists ORDER BY list, seq').all() as Array<{ list: CodeListName; value: string; seq: number; retired: number }>;
  const usage = new Map<string, number>();
  for (const list of CODE_LIST_NAMES) {
    const counts = db.prepare(`SELECT ${COLUMN[list]} AS value, count(*) AS n FROM projects GROUP BY ${COLUMN[list]}`).all() as Array<{ value: string; n: number }>;
    for (const c of counts) usage.set(`${list}\u0000${c.value}`, c.n);
  }
  return rows.map((r) => ({ list: r.list, value: r.value, seq: r.seq, retired: r.retired === 1, usage: usage.get(`${r.list}\u0000${r.value}`) ?? 0 }));
}

export function replaceCodeList(db: Db, list: CodeListName, values: string[]): void {
  db.prepare('DELETE FROM code_lists WHERE list = ?').run(list);
  const insert = db.prepare('INSERT INTO code_lists (list, value, seq) VALUES (?, ?, ?)');
  values.forEach((v, i) => insert.run(list, v, i + 1));
}

export function appendCodeValue(db: Db, list: CodeListName, value: string): void {
  db.prepare('INSERT INTO code_lists (list, value, seq) VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM code_lists WHERE list = ?))').run(list, value, list);
}

export function codeValueExists(db: Db, list: CodeListName, value: string): boolean {
  return db.prepare('SELECT 1 FROM code_lists WHERE list = ? AND value = ?').get(list, value) !== undefined;
}

/** Ids of the projects carrying a value, for the history rows of a rename. */
export function projectsWithCodeValue(db: Db, list: CodeListName, value: string): number[] {
  return (db.prepare(`SELECT id FROM projects WHERE ${COLUMN[list]} = ? ORDER BY id`).all(value) as Array<{ id: number }>).map((r) => r.id);
}

/** Renames the value in the list and on every project carrying it; the projects' versions move on. */
export function renameCodeValue(db: Db, list: CodeListName, value: string, to: string, now: string, options: { projectsOnly?: boolean } = {}): void {
  if (!options.projectsOnly) db.prepare('UPDATE code_lists SET value = ? WHERE list = ? AND value = ?').run(to, list, value);
  db.prepare(`UPDATE projects SET ${COLUMN[list]} = ?, version = version + 1, updated_at = ? WHERE ${COLUMN[list]} = ?`).run(to, now, value);
}

export function setCodeValueRetired(db: Db, list: CodeListName, value: string, retired: boolean): void {
  db.prepare('UPDATE code_lists SET retired = ? WHERE list = ? AND value = ?').run(retired ? 1 : 0, list, value);
}

/** Puts the listed values first in the given order; values not named keep their order after them. */
export function reorderCodeList(db: Db, list: CodeListName, values: string[]): void {
  const current = (db.prepare('SELECT value FROM code_lists WHERE list = ? ORDER BY seq').all(list) as Array<{ value: string }>).map((r) => r.value);
  const order = [...values.filter((v) => current.includes(v)), ...current.filter((v) => !values.includes(v))];
  const update = db.prepare('UPDATE code_lists SET seq = ? WHERE list = ? AND value = ?');
  order.forEach((v, i) => update.run(i + 1, list, v));
}

export function deleteCodeValue(db: Db, list: CodeListName, value: string): void {
  db.prepare('DELETE FROM code_lists WHERE list = ? AND value = ?').run(list, value);
}

export function readSettingValues(db: Db): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
