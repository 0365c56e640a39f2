/**
 * Zip bombs and oversized workbooks, each sent through imports.inspect in its own process so its
 * memory is measured alone: every refused file is refused within 5 s, with the process's peak RSS
 * under 300 MB, naming the file and the limit in Chinese and English. A workbook just under the
 * row cap is read, and its time and memory are reported.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { blankBomb, listWorkbook, sharedStringsBomb } from '../fixtures/xlsxBuild';
import type { StressFamily } from './family';
import { check, REPO_ROOT, tempDir } from './lib';

const REFUSE_WITHIN_MS = 5_000;
const PEAK_RSS_MB = 300;

interface ChildResult {
  outcome: 'read' | 'refused' | 'error';
  code?: string;
  message?: string;
  messageEn?: string;
  dataRows?: number;
  ms: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

const CASES: Array<{ label: string; name: string; make: () => Buffer; limit?: { zh: string; en: string } }> = [
  { label: 'lying bomb (1.5 GB inside, declares 4 KB)', name: '街道报送.xlsx', make: () => blankBomb(1536, { lie: true }), limit: { zh: '200 MB', en: '200 MB' } },
  { label: 'honest workbook just over the 200 MB cap', name: '全区汇总.xlsx', make: () => blankBomb(201, { lie: false }), limit: { zh: '200 MB', en: '200 MB' } },
  { label: 'sheet of 50,001 rows (row cap)', name: '全区清单.xlsx', make: () => listWorkbook(50_001), limit: { zh: '50000 行', en: '50000 rows' } },
  { label: '1,000,001 shared strings', name: '文本.xlsx', make: () => sharedStringsBomb(1_000_001), limit: { zh: '1000000 个不同的文本', en: '1000000 distinct texts' } },
  { label: 'sheet of 50,000 rows (just under the row cap)', name: '全区清单-足额.xlsx', make: () => listWorkbook(50_000) },
];

function inChild(file: string, name: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tests/stress/bombChild.ts', file, name], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 180_000 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`bomb child printed nothing (exit ${r.status}, ${r.signal}):\n${r.stderr}`);
  return JSON.parse(line) as ChildResult;
}

export const bombsFamily: StressFamily = {
  name: 'bombs',
  budgetMs: 420_000,
  async run() {
    const dir = tempDir();
    const parts: string[] = [];
    try {
      for (const c of CASES) {
        const file = path.join(dir, c.name);
        const bytes = c.make();
        fs.writeFileSync(file, bytes);
        const r = inChild(file, c.name);
        const size = `${(bytes.length / 1048576).toFixed(1)} MB file`;
        if (!c.limit) {
          check(r.outcome === 'read' && r.dataRows === 49_999, `${c.label}: ${JSON.stringify(r)}`);
          parts.push(`${c.label}: read in ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb} MB`);
          continue;
        }
        check(r.outcome === 'refused' && r.code === 'refused', `${c.label}: not refused: ${JSON.stringify(r)}`);
        check(r.ms <= REFUSE_WITHIN_MS, `${c.label}: refused after ${r.ms} ms (limit ${REFUSE_WITHIN_MS} ms)`);
        check(r.peakRssMb < PEAK_RSS_MB, `${c.label}: peak RSS ${r.peakRssMb} MB (limit ${PEAK_RSS_MB} MB)`);
        check(r.message!.includes(c.name) && r.message!.includes(c.limit.zh), `${c.label}: the refusal does not name the file and limit: ${r.message}`);
        check(r.messageEn!.includes(c.name) && r.messageEn!.includes(c.limit.en), `${c.label}: the English refusal does not name the file and limit: ${r.messageEn}`);
        parts.push(`${c.label} (${size}): refused in ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb} MB`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return `${CASES.length - 1} refused within ${REFUSE_WITHIN_MS / 1000} s under ${PEAK_RSS_MB} MB — ${parts.join('; ')}`;
  },
};
