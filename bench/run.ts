/**
 * `npm run bench`: the register's hot paths at 3,000 and 30,000 projects, each figure beside its
 * floor (the least the same work costs, measured in the same run on the same data: shared machines
 * are noisy, ratios much less so). Writes bench/results/latest.json ({ figures: [{ id, ms, floorMs,
 * ratio }] }) and bench/results/latest.md (the README's table). Not part of `npm test`.
 */

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { repoRoot } from './browserHost';
import { markdownTable, sizeTag, type Figure } from './figures';
import { benchDir, generateRegister, serviceFigures } from './serviceFigures';
import { importCsvFigures, reportAndXlsxFigures, warmLibreOffice } from './fileFigures';
import { registerFigures } from './registerBrowser';
import { ganttFigures } from './ganttBrowser';

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '3000,30000' },
    runs: { type: 'string', default: '3' },
    'max-minutes': { type: 'string', default: '15' },
    'no-build': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});
const sizes = String(values.projects).split(',').map(Number);
const runs = Number(values.runs);

// The whole bench is bounded too: a hang anywhere (it once waited 15 minutes in the register
// section) ends it with a message instead of holding CI.
const maxMinutes = Number(values['max-minutes']);
setTimeout(() => {
  console.error(`bench: not finished after ${maxMinutes} minutes; stopped (--max-minutes)`);
  process.exit(1);
}, maxMinutes * 60_000).unref();

const started = Date.now();
const figures: Figure[] = [];
const out = path.join(repoRoot, 'bench', 'results');

/** Written after every step: a run stopped by --max-minutes still leaves the figures it measured. */
function save(finished: boolean): void {
  fs.mkdirSync(out, { recursive: true });
  const minutes = Math.round((Date.now() - started) / 6000) / 10;
  fs.writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), minutes, finished, figures }, null, 2)}\n`);
  fs.writeFileSync(path.join(out, 'latest.md'), `${markdownTable(figures)}\n`);
}

const say = (f: Figure[]) => {
  for (const x of f) {
    const u = x.unit === 'MB' ? 'MB' : 'ms';
    console.log(`  ${x.id.padEnd(34)} ${x.ms.toFixed(1).padStart(9)} ${u}  floor ${x.floorMs.toFixed(1).padStart(9)} ${u}  ×${x.ratio.toFixed(2).padEnd(6)} ${x.target ? `target ${x.target}` : ''}`);
  }
  figures.push(...f);
  save(false);
};

if (!values['no-build'] && !values['no-browser']) {
  // The pages are timed on the production build of the renderer, as users get it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  process.env.NODE_ENV = nodeEnv;
}

console.log(`bench: ${runs} runs of each quick figure (median), one of each import, generate and report; ratio = time / floor\n`);
const dir = benchDir();
const libreOffice = warmLibreOffice(dir);
if (!libreOffice) console.log('  (LibreOffice not found: its comparisons are left out)');
try {
  for (const n of sizes) {
    console.log(`${n} projects`);
    const { ledger, figures: gen, dbPath } = await generateRegister(n, dir);
    say(gen);
    say(await serviceFigures(ledger, n, runs));
    if (n <= 5000) say(await reportAndXlsxFigures(ledger, n, dir, libreOffice));
    if (n >= 30_000) say(await importCsvFigures(ledger, n, dir, libreOffice));
    ledger.close();
    if (!values['no-browser']) {
      say(await registerFigures(dbPath, n, runs));
      say(await ganttFigures(dbPath, n, runs));
    }
    console.log(`  (${sizeTag(n)} done at ${((Date.now() - started) / 60_000).toFixed(1)} min)\n`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

save(true);
console.log(`bench: ${figures.length} figures in ${((Date.now() - started) / 60_000).toFixed(1)} min → bench/results/latest.json, latest.md`);
