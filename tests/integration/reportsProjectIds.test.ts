/** A report for exactly the projects the register shows (a saved view, a search): `filter.projectIds`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, type Worksheet } from '../../electron/services/excel/exceljs';
import type { Ledger } from '../../electron/services/ledger';
import { yuanFromUnit } from '../../shared/reports/reportAmounts';
import type { MethodInput } from '../../shared/contract';
import type { ProjectRow } from '../../shared/domain/types';
import { openTemp } from './helpers';

async function progressSheet(ledger: Ledger, filter: NonNullable<MethodInput<'reports.export'>['filter']>): Promise<Worksheet> {
  const file = await ledger.send('reports.export', { report: 'progress', month: '2026-11', unit: '万元', filter });
  return (await readWorkbook(Buffer.from(file.base64, 'base64'))).worksheets[0]!;
}

/** The project names listed (rows numbered in 序号) and the 合计 row's count and 总投资 in 元. */
function readBack(ws: Worksheet): { names: string[]; count: number; total: number } {
  const names: string[] = [];
  let count = -1;
  let total = -1;
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    if (typeof row.getCell(1).value === 'number') names.push(String(row.getCell(2).value));
    const m = /^合计（(\d+)个项目）$/.exec(String(row.getCell(2).value ?? ''));
    if (m) {
      count = Number(m[1]);
      total = yuanFromUnit(row.getCell(6).value as number, '万元');
    }
  });
  return { names, count, total };
}

describe('reports.export limited to projectIds', () => {
  let ledger: Ledger;
  let projects: ProjectRow[];
  beforeAll(async () => {
    ledger = await openTemp({ seed: true });
    projects = await ledger.send('projects.list', {});
  });
  afterAll(() => ledger.close());

  it('lists exactly those projects and its 合计 is the sum of their 总投资 to the 元', async () => {
    // Every third project: several 产业链, so the subtotals span groups.
    const chosen = projects.filter((_, i) => i % 3 === 0);
    expect(chosen.length).toBeGreaterThan(3);
    expect(chosen.length).toBeLessThan(projects.length);
    const got = readBack(await progressSheet(ledger, { projectIds: chosen.map((p) => p.id) }));
    expect(got.names.sort()).toEqual(chosen.map((p) => p.name).sort());
    expect(got.count).toBe(chosen.length);
    expect(got.total).toBe(chosen.reduce((sum, p) => sum + (p.totalInvestment ?? 0), 0));
  });

  it('applies after the other filters: ids outside the 产业链 are left out', async () => {
    const chain = projects[0]!.chain!;
    const chosen = [projects[0]!, ...projects.filter((p) => p.chain !== chain).slice(0, 2)];
    const got = readBack(await progressSheet(ledger, { chain, projectIds: chosen.map((p) => p.id) }));
    expect(got.names).toEqual([projects[0]!.name]);
    expect(got.total).toBe(projects[0]!.totalInvestment);
  });

  it('refuses ids that are not positive integers', async () => {
    await expect(progressSheet(ledger, { projectIds: [0] })).rejects.toThrow(/正整数/);
  });
});
