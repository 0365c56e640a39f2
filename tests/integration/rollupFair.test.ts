/**
 * The seeds report: 第四届投资贸易与科技人才洽谈会 (2022-11-22) signed 30 projects, 总投资 319.5亿元.
 * The sample register already holds one of them; the other 29 are entered through the API with
 * amounts as the teams type them, and the rollup by signing date must give back 30 and 319.5亿 exactly.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { formatAmount, parseAmount } from '../../shared/domain/money';
import { openTemp } from './helpers';

const FAIR_DAY = '2022-11-22';
const FAIR_COUNT = 30;
const FAIR_TOTAL = 319_5000_0000; // 319.5亿元 in 元

/** Uneven amounts in the forms the lists use: 亿 with decimals, 万元 with separators, "约". */
const TYPED = [
  '12.35亿', '8.6亿元', '5000万', '1,200万元', '约7亿元', '3.08 亿', '15亿', '2.4亿', '9,860万元', '6.75亿',
  '11.2亿', '4.05亿', '3亿', '7.77亿', '1.15亿', '20亿', '5.5亿', '8,800万', '2.66亿', '10.1亿',
  '6亿', '3.33亿', '4.4亿', '13.6亿', '2.2亿', '9.09亿', '1.86亿', '7.3亿',
];

describe('第四届投洽会 2022-11-22: 30 projects, 319.5亿元', () => {
  let ledger: Ledger;
  beforeAll(async () => { ledger = await openTemp({ seed: true }); });
  afterAll(() => ledger?.close());

  it('adds up the batch entered through the API, to the 元', async () => {
    const before = await ledger.send('rollups.bySigningDate', { year: 2022 });
    const already = before.rows.find((r) => r.key === FAIR_DAY) ?? { count: 0, totalInvestment: 0 };
    expect(already.count).toBeGreaterThan(0); // the sample's 凯金新能源负极材料项目
    const otherDays = before.rows.filter((r) => r.key !== FAIR_DAY);

    const typed = TYPED.map((text) => {
      const parsed = parseAmount(text);
      if (!parsed.ok) throw new Error(`not an amount: ${text}`);
      return parsed.yuan;
    });
    // The published figure is the batch total; the last project carries what the typed ones leave.
    const missing = FAIR_COUNT - already.count;
    const amounts = typed.slice(0, missing - 1);
    amounts.push(FAIR_TOTAL - already.totalInvestment - amounts.reduce((s, a) => s + a, 0));
    expect(amounts.every((a) => a > 0)).toBe(true);

    const chains = ['新能源', '半导体及光电', '高端装备', '生物医药', '数字经济'];
    for (const [i, totalInvestment] of amounts.entries()) {
      await ledger.send('projects.create', {
        code: `TQH-2022-${String(i + 1).padStart(3, '0')}`,
        name: `投洽会签约项目${i + 1}`,
        chain: chains[i % chains.length]!,
        area: '湖州科技城',
        signedOn: FAIR_DAY,
        totalInvestment,
      });
    }

    const after = await ledger.send('rollups.bySigningDate', { year: 2022 });
    const fair = after.rows.find((r) => r.key === FAIR_DAY)!;
    expect(fair.count).toBe(FAIR_COUNT);
    expect(fair.totalInvestment).toBe(FAIR_TOTAL);
    expect(formatAmount(fair.totalInvestment, '亿元', { withUnit: true })).toBe('319.50亿元');
    // Other signing days of 2022 are untouched, and the year holds the batch plus them.
    expect(after.rows.filter((r) => r.key !== FAIR_DAY)).toEqual(otherDays.map((r) => ({ ...r, share: expect.any(Number) as number })));
    const year = (await ledger.send('rollups.by', { by: 'year' })).rows.find((r) => r.key === '2022年')!;
    expect(year.totalInvestment).toBe(FAIR_TOTAL + otherDays.reduce((s, r) => s + r.totalInvestment, 0));

    // The same slice through the rollup tables, by chain: the chain rows add up to the batch.
    const byChain = await ledger.send('rollups.matrix', { rows: 'chain', slice: { date: FAIR_DAY } });
    expect(byChain.table.total).toMatchObject({ count: FAIR_COUNT, totalInvestment: FAIR_TOTAL });
  });

  it('gives the same figures from the CLI', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'rollup', '--by', 'date', '--year', '2022', '--json', '--db', ledger.ctx.dbPath, '--today', '2026-11-22'],
      { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const table = JSON.parse(r.stdout) as { unit: string; rows: Array<{ key: string; count: number; totalInvestment: number }> };
    expect(table.unit).toBe('元');
    expect(table.rows.find((row) => row.key === FAIR_DAY)).toMatchObject({ count: FAIR_COUNT, totalInvestment: FAIR_TOTAL });
    const text = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'rollup', '--by', 'date', '--year', '2022', '--db', ledger.ctx.dbPath], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(text.stdout).toMatch(/按签约日期汇总/);
    expect(text.stdout).toMatch(/2022-11-22\S*\s+30\s+319\.50/);
  });
});
