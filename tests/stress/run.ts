/**
 * `npm run test:stress`: the register under crashes, hostile files, damaged disks, bombs, old
 * schemas and two writers at once. Each family runs in turn (2 cores are shared) and prints one
 * summary line with its counts; the last lines repeat them all. Exit 1 when any family fails.
 *   npm run test:stress -- bombs migrations     runs only the families named
 */
import { performance } from 'node:perf_hooks';
import { StressFailure, useBundledCli } from './lib';
import { bundleCli } from './bundleCli';
import type { StressFamily } from './family';
import { killFamilies } from './killDuringWrite';
import { propertyFamilies } from './properties';
import { hostileFilesFamily } from './hostileFiles';
import { corruptDatabasesFamily } from './corruptDatabases';
import { bombsFamily } from './bombs';
import { migrationsFamily } from './migrations';
import { hostAndCliFamily } from './hostAndCli';

const FAMILIES: StressFamily[] = [...killFamilies(), ...propertyFamilies(), hostileFilesFamily, corruptDatabasesFamily, bombsFamily, migrationsFamily, hostAndCliFamily];

const wanted = process.argv.slice(2);
const chosen = wanted.length ? FAMILIES.filter((f) => wanted.includes(f.name)) : FAMILIES;
if (wanted.length && chosen.length !== wanted.length) {
  console.error(`unknown family; families: ${FAMILIES.map((f) => f.name).join(', ')}`);
  process.exit(2);
}

function bounded<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StressFailure(`${name} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const started = performance.now();
const bundled = await bundleCli();
useBundledCli(bundled.main, bundled.env);
console.log(`CLI bundled for the suite in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const lines: string[] = [];
let failed = 0;
for (const family of chosen) {
  const t = performance.now();
  let line: string;
  try {
    const summary = await bounded(family.run(), family.budgetMs, family.name);
    line = `ok    ${family.name.padEnd(22)} ${summary} (${((performance.now() - t) / 1000).toFixed(1)} s)`;
  } catch (err) {
    failed++;
    line = `FAIL  ${family.name.padEnd(22)} ${err instanceof StressFailure ? err.message : (err as Error).stack ?? String(err)} (${((performance.now() - t) / 1000).toFixed(1)} s)`;
  }
  console.log(line);
  lines.push(line);
}
console.log(`\n=== stress summary: ${chosen.length - failed} of ${chosen.length} families passed in ${((performance.now() - started) / 1000).toFixed(0)} s ===`);
for (const line of lines) console.log(line);
// Families leave no work behind, but a stray handle must not keep CI waiting.
process.exit(failed ? 1 : 0);
