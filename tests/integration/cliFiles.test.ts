/** The CLI checks a named file before reading it: a folder or an oversized file is refused by name, memory untouched. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, runLedgerCli } from './helpers';

const cli = (...args: string[]) => runLedgerCli(args);

describe('ledger import refuses what it should not read', () => {
  it('a folder, or a file over the 20 MB limit, is refused by name before it is read', () => {
    const dir = tempDir();
    const db = path.join(dir, 'big.sqlite');
    expect(cli('init', '--db', db).code).toBe(0);
    const folder = path.join(dir, '清单');
    fs.mkdirSync(folder);
    const asFolder = cli('import', folder, '--db', db);
    expect(asFolder.code).toBe(1);
    expect(asFolder.err).toContain('是文件夹');
    expect(asFolder.err).not.toMatch(/EISDIR/);
    const big = path.join(dir, 'huge.csv');
    fs.writeFileSync(big, '项目名称,总投资\n');
    fs.truncateSync(big, 400 * 1024 * 1024);
    const tooBig = cli('import', big, '--db', db);
    expect(tooBig.code).toBe(1);
    expect(tooBig.err).toMatch(/400\.0 MB，超过导入上限 20 MB/);
    expect(tooBig.err).not.toMatch(/Cannot create a string|heap/i);
  });
});
