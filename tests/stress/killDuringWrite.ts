/**
 * SIGKILL during a write, as a power cut or a killed process would: after each kill the file must
 * pass SQLite's integrity and foreign-key checks and hold either none of the write or all of it.
 * Half the kills wait until the write has taken SQLite's write lock (seen by a probe that cannot
 * get it), the rest land at a random moment of the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { readWorkbook, workbookBytes } from '../../electron/services/excel/exceljs';
import type { StressFamily } from './family';
import { check, progress, fingerprint, integrityOk, ledgerCli, projectCsv, sameFingerprint, seeded, sleep, startLedgerCli, tempDir, TODAY } from './lib';

const RUNS = 20;

interface KillSpec {
  name: string;
  /** Makes the starting register at `db` (and any input files in `dir`); returns the write's arguments for a given copy. */
  prepare(dir: string, db: string): ((db: string) => string[]) | Promise<(db: string) => string[]>;
  /** Whether the write happens in the file itself (a probe can see its lock); restore swaps files instead (its new files are watched). */
  lockVisible: boolean;
}

/** A new register filled with the sample (40-odd projects with nodes, months and history). */
function sampleRegister(db: string): void {
  must(ledgerCli(['init', '--db', db, '--today', TODAY]), 'init');
  must(ledgerCli(['seed', '--db', db, '--today', TODAY]), 'seed');
}

function must(run: { code: number; out: string; err: string }, what: string): void {
  check(run.code === 0, `${what} failed while preparing: ${run.err || run.out}`);
}

const SPECS: KillSpec[] = [
  {
    name: 'kill: import',
    lockVisible: true,
    prepare(dir, db) {
      sampleRegister(db);
      const csv = path.join(dir, '街道报送.csv');
      fs.writeFileSync(csv, projectCsv(600));
      return (copy) => ['import', csv, '--mode', 'upsert', '--db', copy, '--today', TODAY];
    },
  },
  {
    name: 'kill: bulk update',
    lockVisible: true,
    prepare(dir, db) {
      sampleRegister(db);
      const csv = path.join(dir, '新项目.csv');
      fs.writeFileSync(csv, projectCsv(400, 'N'));
      must(ledgerCli(['import', csv, '--db', db, '--today', TODAY]), 'import');
      return (copy) => ['apply-template', '--projects', 'all-without-nodes', '--db', copy, '--today', TODAY];
    },
  },
  {
    name: 'kill: restore',
    lockVisible: false,
    prepare(dir, db) {
      sampleRegister(db);
      // The backup differs from the current register by 600 imported projects.
      const other = path.join(dir, 'other.sqlite');
      sampleRegister(other);
      const csv = path.join(dir, '备份前.csv');
      fs.writeFileSync(csv, projectCsv(600, 'B'));
      must(ledgerCli(['import', csv, '--db', other, '--today', TODAY]), 'import');
      const backup = path.join(dir, 'backup-2026-11-21.sqlite');
      must(ledgerCli(['backup', '--out', backup, '--db', other, '--today', TODAY]), 'backup');
      return (copy) => ['restore', backup, '--db', copy, '--today', TODAY];
    },
  },
  {
    name: 'kill: template merge',
    lockVisible: true,
    async prepare(dir, db) {
      // 600 projects in 凤凰街道 besides the sample's: the street's returned template fills in
      // every row's 本月完成投资, so the merge writes 600-odd months and their history in one batch.
      sampleRegister(db);
      const csv = path.join(dir, '凤凰街道清单.csv');
      fs.writeFileSync(csv, projectCsv(600, 'F'));
      must(ledgerCli(['import', csv, '--db', db, '--today', TODAY]), 'import');
      const out = path.join(dir, '模板');
      must(ledgerCli(['templates', '--month', '2026-11', '--by', 'area', '--out', out, '--db', db, '--today', TODAY]), 'templates');
      const sent = fs.readdirSync(out).find((f) => f.startsWith('凤凰街道'));
      check(sent !== undefined, `no template for 凤凰街道 among ${fs.readdirSync(out).join(', ')}`);
      const wb = await readWorkbook(new Uint8Array(fs.readFileSync(path.join(out, sent!))));
      const ws = wb.getWorksheet('月度填报');
      check(ws !== undefined, 'the template has no 月度填报 sheet');
      let filled = 0;
      for (let row = 5; ws!.getCell(row, 2).value; row++, filled++) ws!.getCell(row, 6).value = 10 + (row % 37);
      check(filled >= 600, `only ${filled} rows in the 凤凰街道 template`);
      const returned = path.join(dir, '凤凰街道回传.xlsx');
      fs.writeFileSync(returned, await workbookBytes(wb));
      return (copy) => ['collect', returned, '--db', copy, '--today', TODAY];
    },
  },
];

/** Whether another connection is refused the write lock right now (the write is inside its transaction). */
function writeLockHeld(db: string): boolean {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(db, { timeout: 0 });
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (err) {
    return (err as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false;
  } finally {
    probe?.close();
  }
}

function copyRegister(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function killFamily(spec: KillSpec, index: number): StressFamily {
  return {
    name: spec.name.replace('kill: ', 'kill-').replace(' ', '-'),
    // Generous: on two shared cores a CLI start alone can take seconds.
    budgetMs: 600_000,
    async run() {
      const dir = tempDir();
      const template = path.join(dir, 'template', 'ledger.sqlite');
      fs.mkdirSync(path.dirname(template));
      const args = await spec.prepare(dir, template);
      const before = fingerprint(template);
      // One uninterrupted write: what "all of it" looks like, and how long the write takes.
      const whole = path.join(dir, 'whole', 'ledger.sqlite');
      copyRegister(template, whole);
      const t = performance.now();
      const full = ledgerCli(args(whole));
      const duration = performance.now() - t;
      check(full.code === 0, `${spec.name}: the uninterrupted write failed: ${full.err}`);
      const after = fingerprint(whole);
      progress(`${spec.name}: the whole write takes ${(duration / 1000).toFixed(1)} s`);
      check(!sameFingerprint(before, after), `${spec.name}: the write changed nothing`);

      const random = seeded(1600 + index);
      const outcome = { none: 0, all: 0, insideLock: 0, finished: 0 };
      for (let run = 0; run < RUNS; run++) {
        const db = path.join(dir, `run-${run}`, 'ledger.sqlite');
        copyRegister(template, db);
        const { child, ended } = startLedgerCli(args(db));
        let exited = false;
        void ended.then(() => { exited = true; });
        const deadline = performance.now() + duration * 2 + 10_000;
        if (spec.lockVisible && run % 2 === 0) {
          while (!exited && performance.now() < deadline && !writeLockHeld(db)) await sleep(5);
          if (!exited && performance.now() < deadline) outcome.insideLock++;
          await sleep(random() * 150);
        } else if (!spec.lockVisible && run % 2 === 0) {
          // Restore swaps files: wait for the swap to begin (a new file beside the register), then kill.
          const start = new Set(fs.readdirSync(path.dirname(db)));
          while (!exited && performance.now() < deadline && fs.readdirSync(path.dirname(db)).every((f) => start.has(f))) await sleep(5);
          if (!exited && performance.now() < deadline) outcome.insideLock++;
          await sleep(random() * 50);
        } else {
          await sleep(duration * (0.2 + random() * 1.2));
        }
        child.kill('SIGKILL');
        const end = await ended;
        if (end.signal !== 'SIGKILL') outcome.finished++;
        check(integrityOk(db), `${spec.name}, run ${run}: integrity check failed after the kill`);
        const now = fingerprint(db);
        if (sameFingerprint(now, before)) outcome.none++;
        else if (sameFingerprint(now, after)) outcome.all++;
        else throw new Error(`${spec.name}, run ${run}: part of the write survived the kill: ${JSON.stringify({ before, after, now })}`);
        fs.rmSync(path.dirname(db), { recursive: true, force: true });
        progress(`${spec.name}: run ${run + 1}/${RUNS} ${end.signal === 'SIGKILL' ? 'killed' : 'finished'}, ${sameFingerprint(now, before) ? 'none' : 'all'} of the write`);
      }
      fs.rmSync(dir, { recursive: true, force: true });
      return `${RUNS} SIGKILLs (${outcome.insideLock} once the write had begun, ${outcome.finished} finished first): integrity ok ${RUNS}/${RUNS}, all-or-none ${outcome.none + outcome.all}/${RUNS} (${outcome.none} none, ${outcome.all} all)`;
    },
  };
}

export function killFamilies(): StressFamily[] {
  return SPECS.map(killFamily);
}
