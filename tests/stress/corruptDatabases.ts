/**
 * Twenty damaged register files: opening for writing is refused in words with the way to restore,
 * the file is never written to, `ledger check` reports the damage and a CLI write is refused, with
 * no raw SQLite text and no stack trace reaching the user.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openLedger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import { LedgerError } from '../../shared/errors';
import { corruptions } from '../fixtures/corruptions';
import type { StressFamily } from './family';
import { check, ledgerCli, RAW_SQLITE, tempDir, TODAY } from './lib';

const STACK = /\n\s+at .+:\d+:\d+/;

export const corruptDatabasesFamily: StressFamily = {
  name: 'corrupt-databases',
  budgetMs: 300_000,
  async run() {
    const dir = tempDir();
    const sound = path.join(dir, 'sound.sqlite');
    await (await openLedger({ dbPath: sound, clock: fixedClock(TODAY), seedSampleIfNew: true })).close();
    const raw = new Database(sound, { readonly: true });
    const roots = raw.prepare(`SELECT name, rootpage AS page FROM sqlite_master WHERE rootpage > 1`).all() as Array<{ name: string; page: number }>;
    raw.close();
    const list = corruptions(roots);
    check(list.length === 20, `${list.length} corruptions`);
    let checkReported = 0;
    let readOnlyOpened = 0;
    for (const [i, c] of list.entries()) {
      const file = path.join(dir, `damaged-${i}`, 'ledger.sqlite');
      fs.mkdirSync(path.dirname(file));
      fs.writeFileSync(file, c.apply(fs.readFileSync(sound)));
      const before = fs.readFileSync(file);

      const open = await openLedger({ dbPath: file, clock: fixedClock(TODAY) }).then(async (l) => { await l.close(); return undefined; }, (e: unknown) => e);
      check(open instanceof LedgerError, `${c.name}: opened for writing (${String(open)})`);
      check(/已损坏|无法|不是/.test(open.message) && !RAW_SQLITE.test(open.message), `${c.name}: refusal reads "${open.message}"`);
      // Read-only opening may work (the damage is elsewhere) or be refused; it must not throw anything else.
      const ro = await openLedger({ dbPath: file, readonly: true }).then(async (l) => { await l.close(); return 'opened'; }, (e: unknown) => e);
      check(ro === 'opened' || ro instanceof LedgerError, `${c.name}: read-only open threw ${String(ro)}`);
      if (ro === 'opened') readOnlyOpened++;

      const checked = ledgerCli(['check', '--db', file, '--today', TODAY]);
      check(checked.code === 1, `${c.name}: ledger check exited ${checked.code}: ${checked.err}`);
      check(!RAW_SQLITE.test(checked.out + checked.err) && !STACK.test(checked.err), `${c.name}: ledger check printed ${checked.err}`);
      checkReported++;
      const write = ledgerCli(['settings', 'set', 'warningDays', '20', '--db', file, '--today', TODAY]);
      check(write.code !== 0, `${c.name}: a CLI write succeeded on the damaged file`);
      check(!RAW_SQLITE.test(write.out + write.err) && !STACK.test(write.err), `${c.name}: the refused write printed ${write.err}`);
      check(fs.readFileSync(file).equals(before), `${c.name}: the damaged file was written to`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    return `${list.length} corrupted databases: refused for writes ${list.length}/${list.length} (file untouched), check reported damage ${checkReported}/${list.length}, read-only open ${readOnlyOpened} opened and ${list.length - readOnlyOpened} refused in words; no crash, no raw SQLite text`;
  },
};
