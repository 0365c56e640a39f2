/**
 * The desktop build as it ships: main and preload bundled by Vite into dist/electron, started under
 * plain Node with `electron` replaced. Proves the bundled paths hold (migrations copied beside
 * main.js, the sample register found two folders up) and every contract method is on the IPC bus.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';

const root = path.resolve(import.meta.dirname, '../..');

interface Seen {
  windows: Array<Record<string, unknown>>;
  urls: string[];
  channels: string[];
  schemes: string[];
  errors: string[];
  bigImport: unknown;
}

let seen: Seen;
let userData: string;

beforeAll(async () => {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  for (const entry of ['main', 'preload', 'importReadWorker', 'serviceWorker']) {
    process.env.LEDGER_ELECTRON_ENTRY = entry;
    await build({ configFile: path.join(root, 'vite.electron.config.ts'), logLevel: 'silent' });
  }
  process.env.NODE_ENV = previous;
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-user-data-'));
  const run = spawnSync(process.execPath, ['--import', path.join(root, 'tests/shell/bundle/register.mjs'), path.join(root, 'dist/electron/main.js')], {
    cwd: os.tmpdir(),
    env: { ...process.env, LEDGER_TEST_USER_DATA: userData },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`the bundled main printed nothing:\n${run.stdout}\n${run.stderr}`);
  seen = JSON.parse(line) as Seen;
}, 180_000);

describe('bundled desktop main process', () => {
  it('starts without an error and opens the app page from app://', () => {
    expect(seen.errors).toEqual([]);
    expect(seen.urls).toEqual(['app://ledger/index.html']);
    expect(seen.schemes).toEqual(['app']);
    expect(seen.windows[0]).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(fs.existsSync(String(seen.windows[0]?.preload))).toBe(true);
  });

  it('registers every contract method on the IPC bus, and the shell\'s two desktop calls', () => {
    expect([...seen.channels].sort()).toEqual([...METHOD_NAMES.map((m) => `ledger:${m}`), 'desktop:connectTeam', 'desktop:database'].sort());
  });

  it('the preload exposes the shell\'s desktop calls on their channels, and bundles nothing but the bridge', () => {
    const preload = fs.readFileSync(path.join(root, 'dist/electron/preload.cjs'), 'utf8');
    expect(preload).toContain('ledgerDesktop');
    expect(preload).toContain('desktop:connectTeam');
    // Sandboxed preloads can require only electron: the shared module's schema library must not come along.
    expect(preload).not.toMatch(/require\((?!["']electron["'])/);
    expect(preload.length).toBeLessThan(4_000);
  });

  it('reads a large import file in the bundled worker thread beside main.js, commits it and another, and writes a report on the bundled service worker', () => {
    expect(fs.existsSync(path.join(root, 'dist/electron/importReadWorker.js'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'dist/electron/serviceWorker.js'))).toBe(true);
    // A workbook (a zip: PK) from a worker that loads exceljs beside the bundle, not from inside it.
    expect(seen.bigImport).toEqual({ dataRows: 6000, added: 6000, addedAgain: 6000, report: { xlsx: 'PK' } });
  });

  it('creates the register in the user-data folder, filled with the sample register', () => {
    const db = new Database(path.join(userData, 'ledger.sqlite'), { readonly: true });
    const { n } = db.prepare(`SELECT count(*) AS n FROM projects WHERE name NOT LIKE '捆绑测试项目%'`).get() as { n: number };
    const weilan = db.prepare(`SELECT total_investment FROM projects WHERE code = 'NTH-2023-001'`).get() as { total_investment: number };
    db.close();
    expect(n).toBeGreaterThanOrEqual(40);
    expect(weilan.total_investment).toBe(13_900_000_000);
  });
});
