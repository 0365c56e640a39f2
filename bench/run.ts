/**
 * `npm run bench`: speed and memory of the register's hot paths, reported as ratios against a
 * baseline measured in the same run on the same data (shared machines are noisy; ratios are not).
 * Baseline: reading every project row with one plain SELECT and serialising it to JSON.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openLedger } from '../electron/services/ledger';
import { fixedClock } from '../shared/domain/dates';
import { benchRegisterInBrowser } from './registerBrowser';
import { benchGanttInBrowser } from './ganttBrowser';
import { median } from './browserHost';

const { values } = parseArgs({ options: { projects: { type: 'string', default: '3000,30000' }, runs: { type: 'string', default: '5' }, 'max-minutes': { type: 'string', default: '30' } } });
const sizes = String(values.projects).split(',').map(Number);
const runs = Number(values.runs);

// The whole bench is bounded too: a hang anywhere (it once waited 15 minutes in the register
// section) ends it with a message instead of holding CI.
const maxMinutes = Number(values['max-minutes']);
setTimeout(() => {
  console.error(`bench: not finished after ${maxMinutes} minutes; stopped (--max-minutes)`);
  process.exit(1);
}, maxMinutes * 60_000).unref();

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}

console.log(`bench: ${runs} runs each, median; ratio = time / baseline (plain SELECT * + JSON) on the same data\n`);
for (const n of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
  const ledger = await openLedger({ dbPath: path.join(dir, 'bench.sqlite'), clock: fixedClock('2026-11-22') });
  const genStart = process.hrtime.bigint();
  await ledger.send('data.generate', { projects: n, seed: 1 });
  const genMs = Number(process.hrtime.bigint() - genStart) / 1e6;

  const baseline = await time(() => JSON.stringify(ledger.ctx.db.prepare('SELECT * FROM projects').all()));
  const heapBefore = process.memoryUsage().heapUsed;
  const list = await time(async () => JSON.stringify(await ledger.send('projects.list', {})));
  const heapAfter = process.memoryUsage().heapUsed;
  const search = await time(() => ledger.send('projects.list', { query: '新能源' }));
  const rollup = await time(() => ledger.send('rollups.by', { by: 'chain' }));
  const detail = await time(() => ledger.send('projects.get', { id: Math.ceil(n / 2) }));
  const update = await time(async () => {
    const p = (await ledger.send('projects.get', { id: 1 })).project;
    await ledger.send('projects.update', { id: 1, version: p.version, changes: { annualPlan: (p.annualPlan ?? 0) + 10_000 } });
  });

  const row = (name: string, ms: number) => console.log(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms   ×${(ms / baseline).toFixed(2)}`);
  console.log(`${n} projects (generated in ${(genMs / 1000).toFixed(1)} s, ${(fs.statSync(path.join(dir, 'bench.sqlite')).size / 1e6).toFixed(1)} MB file)`);
  row('baseline: SELECT * + JSON', baseline);
  row('projects.list (lights, 1–N月, nodes)', list);
  row('projects.list quick search', search);
  row('rollups.by chain', rollup);
  row('projects.get (one project)', detail);
  row('projects.update (one transaction)', update);
  console.log(`  heap growth across list runs: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB\n`);
  ledger.close();
  // The grid in a real browser, on the 3,000-project register the issue names.
  if (n <= 5000) await benchRegisterInBrowser(path.join(dir, 'bench.sqlite'), Math.min(runs, 3));
  if (n <= 5000) await benchGanttInBrowser(path.join(dir, 'bench.sqlite'), Math.min(runs, 3));
  fs.rmSync(dir, { recursive: true, force: true });
}
