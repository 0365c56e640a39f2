/**
 * Files in and out: importing a GB18030 CSV of 30,000 projects and the 推进情况表 .xlsx of 3,000,
 * each beside parsing the same file with the same libraries (iconv-lite + csv-parse; exceljs) and
 * beside LibreOffice converting it to CSV; writing the 推进情况表 beside exceljs writing the same
 * cells unstyled.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import type { Ledger } from '../electron/services/ledger';
import { openLedger } from '../electron/services/ledger';
import { newWorkbook, preloadExceljs, readWorkbook, sheetRows, workbookBytes } from '../electron/services/excel/exceljs';
import { fixedClock } from '../shared/domain/dates';
import Database from 'better-sqlite3';
import { BENCH_TODAY, rawInsertMs } from './serviceFigures';
import { build } from 'vite';
import { figure, once, sizeTag, type Figure } from './figures';
import { repoRoot } from './browserHost';

/**
 * The worker threads bundled as the desktop app ships them (Vite, beside main.js): the service
 * worker a large import's commit runs on, and the reading worker. Under tsx a worker compiles its
 * TypeScript on every start, seconds the app never spends. Returns what the figures say about it.
 */
let workerNote = 'on the main thread, its reading worker compiled by tsx at its start';
let desktopPath = false;

export async function useBundledImportWorker(): Promise<void> {
  // Inside the repository, so that its imports (exceljs, iconv-lite…) resolve from node_modules as the app's do.
  const outDir = path.join(repoRoot, 'dist', 'bench-worker');
  const entry = process.env.LEDGER_ELECTRON_ENTRY;
  const nodeEnv = process.env.NODE_ENV;
  try {
    fs.rmSync(outDir, { recursive: true, force: true });
    process.env.NODE_ENV = 'production';
    for (const worker of ['importReadWorker', 'serviceWorker']) {
      process.env.LEDGER_ELECTRON_ENTRY = worker;
      await build({ configFile: path.join(repoRoot, 'vite.electron.config.ts'), logLevel: 'warn', build: { outDir } });
    }
    process.env.LEDGER_BUNDLED_WORKERS = outDir;
    workerNote = 'on its bundled worker thread, as the desktop app runs it';
    desktopPath = true;
  } catch (err) {
    console.log(`  (the workers could not be bundled, so the import runs on the main thread under tsx: ${(err as Error).message.split('\n')[0]})`);
  } finally {
    restore('LEDGER_ELECTRON_ENTRY', entry);
    restore('NODE_ENV', nodeEnv);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

const MONTH = BENCH_TODAY.slice(0, 7);
const PROFILE = 'file:///tmp/ledger-bench-libreoffice';
const LO_STEP_MS = 180_000;

function wan(yuan: number | null): string {
  return yuan === null ? '' : String(yuan / 10_000);
}

/** The register as the project-list CSV a street would send: Chinese headers, amounts in 万元, GB18030. */
async function registerCsv(ledger: Ledger): Promise<Buffer> {
  const rows = await ledger.send('projects.list', {});
  const header = ['项目编号', '项目名称', '建设单位', '产业链', '区域', '级别', '类型', '总投资（万元）', '年度计划投资（万元）', '签约日期', '计划开工', '计划竣工', '责任单位', '形象进度'];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [header.join(',')];
  for (const p of rows) {
    lines.push([p.code, p.name, p.company, p.chain, p.area, p.level, p.kind, wan(p.totalInvestment), wan(p.annualPlan), p.signedOn ?? '', p.plannedStart ?? '', p.plannedCompletion ?? '', p.ownerUnit, p.progressNote].map(quote).join(','));
  }
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030');
}

/**
 * Inspects (untimed) and commits (timed) a file into a fresh, empty register: what 导入 does after
 * its preview, with a large file's commit on a worker thread as in the desktop app.
 */
async function importMs(file: string, bytes: Buffer, dir: string, encoding?: 'gb18030'): Promise<{ ms: number; summary: string; dbPath: string }> {
  const dbPath = path.join(dir, `import-${path.basename(file)}.sqlite`);
  const target = await openLedger({ dbPath, clock: fixedClock(BENCH_TODAY), heavyCallsOffThread: desktopPath });
  try {
    const base = { file: { name: path.basename(file), base64: bytes.toString('base64') }, ...(encoding ? { encoding } : {}) };
    const inspection = await target.send('imports.inspect', base);
    let result: unknown;
    const ms = await once(async () => {
      result = await target.send('imports.commit', {
        ...base, mapping: inspection.mapping, matchKey: 'code', mode: 'add', skipRejected: true, acceptTotalMismatch: true,
        addCodes: [],
      });
    });
    return { ms, summary: JSON.stringify(result).slice(0, 200), dbPath };
  } finally {
    await target.close();
  }
}

/** LibreOffice converting the file to CSV (warmed once beforehand, so its first-start cost is not counted), or null when it is not installed. */
function libreOfficeMs(file: string, infilter: string | null, outDir: string): number | null {
  const args = [`-env:UserInstallation=${PROFILE}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', ...(infilter ? [`--infilter=${infilter}`] : []), '--outdir', outDir, file];
  const t = process.hrtime.bigint();
  const r = spawnSync('libreoffice', args, { timeout: LO_STEP_MS, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error || r.status !== 0) return null;
  return ms;
}

export function warmLibreOffice(dir: string): boolean {
  const probe = path.join(dir, 'warm.csv');
  fs.writeFileSync(probe, 'a,b\n1,2\n');
  return libreOfficeMs(probe, null, path.join(dir, 'lo-out')) !== null;
}

export async function importCsvFigures(ledger: Ledger, n: number, dir: string, withLibreOffice: boolean): Promise<Figure[]> {
  const tag = sizeTag(n);
  const bytes = await registerCsv(ledger);
  const file = path.join(dir, `register-${tag}.csv`);
  fs.writeFileSync(file, bytes);
  const parseMs = await once(() => parse(iconv.decode(bytes, 'gb18030'), { delimiter: ',', relax_column_count: true, relax_quotes: true, bom: true }));
  const { ms, summary, dbPath } = await importMs(file, bytes, dir, 'gb18030');
  console.log(`  import-csv-${tag}: ${(bytes.length / 1e6).toFixed(1)} MB; ${summary}`);
  const out = [figure(`import-csv-${tag}`, ms, parseMs, `parse only: iconv-lite GB18030 decode + csv-parse (import: ${workerNote})`, { target: '≤ ×2' })];
  // What no import can skip: the parse, and writing what the import wrote (its projects, audit rows
  // and batch row, read back untimed) by raw better-sqlite3 INSERTs in one transaction.
  const imported = new Database(dbPath, { readonly: true });
  try {
    const writeMs = await rawInsertMs(imported, dir, `import-${tag}`);
    out.push(figure(`import-csv-${tag}-vs-parse-and-write`, ms, parseMs + writeMs, 'the parse + raw better-sqlite3 INSERTs of the rows the import wrote, one transaction'));
  } finally {
    imported.close();
  }
  // 85 is LibreOffice's number for GB18030 (rtl_TextEncoding); 76 (UTF-8) for what it writes.
  const lo = withLibreOffice ? libreOfficeMs(file, 'Text - txt - csv (StarCalc):44,34,85', path.join(dir, 'lo-out')) : null;
  if (lo !== null) out.push(figure(`import-csv-${tag}-vs-libreoffice`, ms, lo, 'libreoffice --headless --convert-to csv of the same file', { target: '< ×1' }));
  return out;
}

export async function reportAndXlsxFigures(ledger: Ledger, n: number, dir: string, withLibreOffice: boolean): Promise<Figure[]> {
  const tag = sizeTag(n);
  let base64 = '';
  // exceljs loads at its first use (excel/exceljs.ts), once a process: loaded here as for the floor,
  // so the figure is the report's writing, not the library's load.
  preloadExceljs();
  const reportMs = await once(async () => { base64 = (await ledger.send('reports.export', { report: 'progress', month: MONTH })).base64; });
  const bytes = Buffer.from(base64, 'base64');
  const file = path.join(dir, `progress-${tag}.xlsx`);
  fs.writeFileSync(file, bytes);

  // The same cells, unstyled: read from the report (untimed), then written by exceljs alone.
  const read = await readWorkbook(bytes);
  const sheets = read.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws, 1_000_000) }));
  const plainMs = await once(async () => {
    const wb = newWorkbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      for (const r of s.rows) ws.addRow(r);
    }
    await workbookBytes(wb);
  });
  const out = [figure(`report-${tag}`, reportMs, plainMs, 'exceljs writing the same cells unstyled', { target: '≤ ×2' })];

  const parseMs = await once(async () => {
    const wb = await readWorkbook(bytes);
    for (const ws of wb.worksheets) sheetRows(ws, 1_000_000);
  });
  const { ms, summary } = await importMs(file, bytes, dir);
  console.log(`  import-xlsx-${tag}: ${(bytes.length / 1e6).toFixed(1)} MB; ${summary}`);
  out.push(figure(`import-xlsx-${tag}`, ms, parseMs, `parse only: exceljs load + every row read (import: ${workerNote})`));
  const lo = withLibreOffice ? libreOfficeMs(file, null, path.join(dir, 'lo-out')) : null;
  if (lo !== null) out.push(figure(`import-xlsx-${tag}-vs-libreoffice`, ms, lo, 'libreoffice --headless --convert-to csv of the same file'));
  return out;
}
