/**
 * Child process of the bombs family: opens a fresh register, sends one file through
 * imports.inspect as the app does, and prints one JSON line: outcome, message, time of the call,
 * RSS before it and the process's peak RSS (Linux maxrss, worker threads included).
 *   node --import tsx tests/stress/bombChild.ts FILE NAME
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLedger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import { ApiCallError } from '../../shared/errors';

const [file, name] = process.argv.slice(2);
if (!file || !name) throw new Error('usage: bombChild.ts FILE NAME');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bomb-'));
const ledger = await openLedger({ dbPath: path.join(dir, 'ledger.sqlite'), clock: fixedClock('2026-11-22'), actor: 'stress' });
const base64 = fs.readFileSync(file).toString('base64');
const rssBefore = process.memoryUsage().rss;
const t = performance.now();
let result: Record<string, unknown>;
try {
  const inspection = await ledger.send('imports.inspect', { file: { name, base64 } });
  result = { outcome: 'read', dataRows: inspection.dataRows };
} catch (err) {
  result = err instanceof ApiCallError ? { outcome: 'refused', code: err.body.code, message: err.body.message, messageEn: err.body.messageEn } : { outcome: 'error', message: String(err) };
}
const ms = performance.now() - t;
await ledger.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ ...result, ms: Math.round(ms), rssBeforeMb: Math.round(rssBefore / 1048576), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
