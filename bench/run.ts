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
import { canRunInBrowser, repoRoot, withBrowserHost } from './browserHost';
import { attempt, failedFigure, markdownTable, sizeTag, type Figure } from './figures';
import { benchDir, generateRegister, serviceFigures } from './serviceFigures';
import { importCsvFigures, reportAndXlsxFigures, useBundledImportWorker, warmLibreOffice } from './fileFigures';
import { heapFigures, registerFigures } from './registerBrowser';
import { ganttFigures } from './ganttBrowser';
import { pgFigures, pgIds } from './pgFigures';

/** The parts of a run: list and rollups; report and imports; the Chromium figures; list and rollups on PostgreSQL. */
const SECTIONS = ['service', 'files', 'browser', 'pg'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '3000,30000' },
    runs: { type: 'string', default: '3' },
    'max-minutes': { type: 'string', default: '15' },
    'no-build': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    // Only some parts of the run, e.g. `--only browser` or `--only service,pg`: see SECTIONS.
    only: { type: 'string', default: SECTIONS.join(',') },
  },
});
const only = new Set(String(values.only).split(',').map((x) => x.trim()));
for (const part of only) if (!(SECTIONS as readonly string[]).includes(part)) throw new Error(`bench: --only takes ${SECTIONS.join(', ')}; not ${part}`);
const wants = (part: Section) => only.has(part);
const sizes = String(values.projects).split(',').map(Number);
const runs = Number(values.runs);

// The whole bench is bounded too: a hang anywhere (it once waited 15 minutes in the register
// section) ends it with a message instead of holding CI.
const maxMinutes = Number(values['max-minutes']);
setTimeout(() => {
  console.error(`bench: not finished after ${maxMinutes} minutes; stopped (--max-minutes)`);
  save(false, `not reached: the run was stopped after ${maxMinutes} minutes (--max-minutes)`);
  process.exit(1);
}, maxMinutes * 60_000).unref();

const browserOn = !values['no-browser'] && wants('browser');
const started = Date.now();
const figures: Figure[] = [];
const out = path.join(repoRoot, 'bench', 'results');

/** Every figure the issue names, for the sizes asked: one never measured is listed as failed, with why. */
function expectedIds(n: number): string[] {
  const tag = sizeTag(n);
  const ids = [`generate-${tag}`];
  if (wants('service')) ids.push(`list-${tag}`, `rollup-chain-${tag}`, `rollup-area-${tag}`, `rollup-chain-area-${tag}`);
  if (wants('files') && n <= 5000) ids.push(`report-${tag}`, `import-xlsx-${tag}`, `import-xlsx-${tag}-vs-libreoffice`);
  if (wants('files') && n >= 30_000) ids.push(`import-csv-${tag}`, `import-csv-${tag}-vs-parse-and-write`, `import-csv-${tag}-vs-libreoffice`);
  if (browserOn) ids.push(...browserIds(n));
  if (wants('pg') && n >= 30_000) ids.push(...pgIds(n));
  return ids;
}

function browserIds(n: number): string[] {
  const tag = sizeTag(n);
  return [`first-rows-${tag}`, `heap-${tag}`, `gantt-open-${tag}`, `gantt-scroll-p95-${tag}`, `gantt-zoom-year-week-${tag}`];
}

/** Written after every step: a run stopped by --max-minutes still leaves the figures it measured, and says which it did not. */
function save(finished: boolean, missingReason = 'not measured'): void {
  fs.mkdirSync(out, { recursive: true });
  const minutes = Math.round((Date.now() - started) / 6000) / 10;
  const missing = sizes.flatMap(expectedIds).filter((id) => !figures.some((f) => f.id === id)).map((id) => failedFigure(id, missingReason));
  const all = [...figures, ...missing];
  fs.writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), minutes, finished, figures: all }, null, 2)}\n`);
  fs.writeFileSync(path.join(out, 'latest.md'), `${markdownTable(all)}\n`);
}

const say = (f: Figure[]) => {
  for (const x of f) {
    const u = x.unit === 'MB' ? 'MB' : 'ms';
    if (x.ms === null || x.floorMs === null || x.ratio === null) {
      console.log(`  ${x.id.padEnd(34)} not measured: ${x.failed ?? ''}`);
      continue;
    }
    console.log(`  ${x.id.padEnd(34)} ${x.ms.toFixed(1).padStart(9)} ${u}  floor ${x.floorMs.toFixed(1).padStart(9)} ${u}  ×${x.ratio.toFixed(2).padEnd(6)} ${x.target ? `target ${x.target}` : ''}`);
  }
  figures.push(...f);
  save(false);
};

if (!values['no-build'] && browserOn) {
  // The pages are timed on the production build of the renderer, as users get it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  process.env.NODE_ENV = nodeEnv;
}

console.log(`bench: ${runs} runs of each quick figure (median), one of each import, generate and report; ratio = time / floor\n`);
const dir = benchDir();
const libreOffice = wants('files') && warmLibreOffice(dir);
if (wants('files')) await useBundledImportWorker();
if (!libreOffice && wants('files')) console.log('  (LibreOffice not found: its comparisons are left out)');
try {
  for (const n of sizes) {
    console.log(`${n} projects`);
    const tag = sizeTag(n);
    const { ledger, figures: gen, dbPath } = await generateRegister(n, dir);
    say(gen);
    if (wants('service')) say(await attempt([`list-${tag}`, `rollup-chain-${tag}`, `rollup-area-${tag}`, `rollup-chain-area-${tag}`], () => serviceFigures(ledger, n, runs)));
    if (wants('files') && n <= 5000) say(await attempt([`report-${tag}`, `import-xlsx-${tag}`, ...(libreOffice ? [`import-xlsx-${tag}-vs-libreoffice`] : [])], () => reportAndXlsxFigures(ledger, n, dir, libreOffice)));
    if (wants('files') && n >= 30_000) say(await attempt([`import-csv-${tag}`, `import-csv-${tag}-vs-parse-and-write`, ...(libreOffice ? [`import-csv-${tag}-vs-libreoffice`] : [])], () => importCsvFigures(ledger, n, dir, libreOffice)));
    await ledger.close();
    if (browserOn && canRunInBrowser('Chromium figures')) {
      // One host and one page per size: the register's figures, then 进度甘特's. Each step that
      // fails (a page that never shows what it waits for) fails its own figures, with the reason.
      say(await attempt(browserIds(n), () => withBrowserHost(dbPath, async (page, origin) => [
        ...(await attempt([`first-rows-${tag}`], () => registerFigures(page, origin, n, runs))),
        ...(await attempt([`heap-${tag}`], () => heapFigures(page, origin, n))),
        ...(await attempt([`gantt-open-${tag}`, `gantt-scroll-p95-${tag}`, `gantt-zoom-year-week-${tag}`], () => ganttFigures(page, n, runs))),
      ])));
    }
    // Issue 18: the same list and rollups on PostgreSQL, at the size a team register reaches.
    if (wants('pg') && n >= 30_000) say(await attempt(pgIds(n), () => pgFigures(n, runs, dbPath)));
    console.log(`  (${sizeTag(n)} done at ${((Date.now() - started) / 60_000).toFixed(1)} min)\n`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

save(true);
console.log(`bench: ${figures.length} figures in ${((Date.now() - started) / 60_000).toFixed(1)} min → bench/results/latest.json, latest.md`);
