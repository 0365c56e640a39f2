/** SQL of the editable code lists (产业链, 区域, 级别, 类型, 来源) and of settings. */

import type { Db } from '../connection';
import { CODE_LIST_NAMES, type CodeListName, type CodeLists } from '../../../shared/domain/types';

export function readCodeLists(db: Db): CodeLists {
  const lists = Object.fromEntries(CODE_LIST_NAMES.map((n) => [n, [] as string[]])) as CodeLists;
  const rows = db.prepare('SELECT list, value FROM code_lists ORDER BY list, seq').all() as Array<{ list: CodeListName; value: string }>;
  for (const r of rows) lists[r.list]?.push(r.value);
  return lists;
}

export function replaceCodeList(db: Db, list: CodeListName, values: string[]): void {
  db.prepare('DELETE FROM code_lists WHERE list = ?').run(list);
  const insert = db.prepare('INSERT INTO code_lists (list, value, seq) VALUES (?, ?, ?)');
  values.forEach((v, i) => insert.run(list, v, i + 1));
}

export function readSettingValues(db: Db): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
