/**
 * English counts read "1 project", never "1 projects": each singular in PLURALS_EN is picked for a
 * count of 1, the table's own string for other counts, and Chinese is unchanged. Every singular
 * belongs to a string that exists (a misspelt path would silently never be used).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../renderer/src/i18n';
import { PLURALS_EN } from '../../renderer/src/i18n/pluralsEn';

const RENDERER = fileURLToPath(new URL('../../renderer/src', import.meta.url));

/** Every strings table of the renderer (strings.ts, excelStrings.ts …), as the app loads them. */
function stringTables(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? stringTables(file) : /[sS]trings\.ts$/.test(entry.name) ? [file] : [];
  });
}

function singulars(table: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return key.endsWith('_one') ? [path] : [];
    return value && typeof value === 'object' ? singulars(value as Record<string, unknown>, path) : [];
  });
}

describe('English plurals', () => {
  beforeAll(async () => {
    (globalThis as { document?: unknown }).document ??= { documentElement: {} };
    for (const file of stringTables(RENDERER)) await import(pathToFileURL(file).href);
  });

  it('says 1 project and 2 projects, and leaves Chinese as it is', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('register.count', { count: 1 })).toBe('1 project');
    expect(i18n.t('register.count', { count: 2 })).toBe('2 projects');
    expect(i18n.t('registerLayout:group.count', { count: 1 })).toBe('1 project');
    expect(i18n.t('excel:pasted', { count: 1 })).toBe('Pasted 1 cell');
    expect(i18n.t('excel:pasted', { count: 5 })).toBe('Pasted 5 cells');
    expect(i18n.t('import:preview.blocked', { count: 1 })).toMatch(/^1 row is rejected/);
    await i18n.changeLanguage('zh');
    expect(i18n.t('register.count', { count: 1 })).toBe(i18n.getResource('zh', 'translation', 'register.count').replace('{{count}}', '1'));
  });

  it('has no singular without the string it stands for', () => {
    const orphans = Object.entries(PLURALS_EN).flatMap(([ns, table]) =>
      singulars(table).filter((path) => typeof i18n.getResource('en', ns, path.replace(/_one$/, '')) !== 'string').map((path) => `${ns}:${path}`));
    expect(orphans).toEqual([]);
  });

  it('leaves no English "{{count}} <noun>s" without its singular', () => {
    // Said only of many: the Gantt image splits into pages only past a page's rows.
    const alwaysMany = new Set(['gantt:png.manyPages']);
    const missing: string[] = [];
    const visit = (ns: string, value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (/\{\{count\}\}\s+(?:[a-z-]+\s+)?(projects|rows|cells|files|problems|nodes|fields|times)\b/.test(value) && typeof i18n.getResource('en', ns, `${path}_one`) !== 'string' && !alwaysMany.has(`${ns}:${path}`)) missing.push(`${ns}:${path}`);
        return;
      }
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!k.endsWith('_one')) visit(ns, v, path ? `${path}.${k}` : k);
    };
    for (const [ns, table] of Object.entries(i18n.store.data.en ?? {})) visit(ns, table, '');
    expect(missing).toEqual([]);
  });
});
