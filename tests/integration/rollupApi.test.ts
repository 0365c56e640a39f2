/** The 投资汇总 API on the sample register: plan vs completed by month, and the 晾晒 ranking. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp } from './helpers';

describe('rollups.monthly and rollups.ranking on the sample register', () => {
  let ledger: Ledger;
  beforeAll(async () => { ledger = await openTemp({ seed: true }); });
  afterAll(() => ledger?.close());

  it('sums each month\'s planned and completed over the projects of the slice, with running totals', async () => {
    const rows = await ledger.send('projects.list', { chain: '新能源' });
    expect(rows.length).toBeGreaterThan(1);
    const planned = new Array<number>(12).fill(0);
    const completed = new Array<number>(12).fill(0);
    for (const row of rows) {
      for (const m of await ledger.send('monthly.list', { projectId: row.id, year: 2026 })) {
        planned[Number(m.month.slice(5)) - 1]! += m.planned;
        completed[Number(m.month.slice(5)) - 1]! += m.completed;
      }
    }
    const series = await ledger.send('rollups.monthly', { year: 2026, slice: { chain: '新能源' } });
    expect(series.months.map((m) => m.planned)).toEqual(planned);
    expect(series.months.map((m) => m.completed)).toEqual(completed);
    expect(series.months[11]!.completedToDate).toBe(completed.reduce((a, b) => a + b, 0));
    expect(series.annualPlan).toBe(rows.reduce((s, r) => s + (r.annualPlan ?? 0), 0));
    // 1–11月 from the chart's running total is what the register shows for November.
    expect(series.months[10]!.completedToDate).toBe(rows.reduce((s, r) => s + r.completedYtd, 0));
  });

  it('ranks every area of the register for the running quarter, judged on today', async () => {
    const ranking = await ledger.send('rollups.ranking', { group: 'area' });
    expect(ranking).toMatchObject({ quarter: '2026-Q4', previousQuarter: '2026-Q3', asOf: '2026-11-22', previousAsOf: '2026-09-30' });
    const rows = await ledger.send('projects.list', {});
    expect(ranking.rows.reduce((n, r) => n + r.current.projects, 0)).toBe(rows.length);
    expect(new Set(ranking.rows.map((r) => r.key))).toEqual(new Set(rows.map((r) => r.area)));
    // Ranks run from 1 and never go down the table.
    expect(ranking.rows[0]!.rank).toBe(1);
    ranking.rows.forEach((r, i) => { if (i > 0) expect(r.rank).toBeGreaterThanOrEqual(ranking.rows[i - 1]!.rank); });

    // Red nodes today are the nodes the schedule shows as 逾期 by their dates (卡点 aside).
    const area = ranking.rows.find((r) => r.current.redNodes > 0)!;
    expect(area).toBeDefined();
    let red = 0;
    for (const row of rows.filter((r) => r.area === area.key)) {
      red += (await ledger.send('nodes.list', { projectId: row.id })).filter((n) => n.light.color === 'red' && !n.light.reason).length;
    }
    expect(area.current.redNodes).toBe(red);
  });

  it('counts 新签约 in a quarter from the signing dates, by 责任单位', async () => {
    const rows = await ledger.send('projects.list', {});
    const signedIn = (from: string, to: string) => rows.filter((r) => r.signedOn !== null && r.signedOn >= from && r.signedOn <= to).length;
    const ranking = await ledger.send('rollups.ranking', { group: 'ownerUnit', quarter: '2023-Q2' });
    expect(ranking.rows.reduce((n, r) => n + r.current.signed, 0)).toBe(signedIn('2023-04-01', '2023-06-30'));
    expect(ranking.rows.reduce((n, r) => n + r.previous.signed, 0)).toBe(signedIn('2023-01-01', '2023-03-31'));
    expect(new Set(ranking.rows.map((r) => r.key))).toEqual(new Set(rows.map((r) => r.ownerUnit || '未填')));
  });

  it('refuses a bad quarter or size band with a message that names it', async () => {
    await expect(ledger.send('rollups.ranking', { group: 'area', quarter: '2026-Q5' })).rejects.toMatchObject({ body: { message: expect.stringContaining('季度应为 YYYY-Qn') } });
    await expect(ledger.send('rollups.matrix', { rows: 'chain', slice: { size: '100亿以上' } })).rejects.toMatchObject({ body: { message: expect.stringContaining('投资规模应为') } });
  });
});
