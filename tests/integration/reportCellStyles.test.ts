/**
 * Report cells share their styles (one style object per column kind and row style, so exceljs
 * writes a 3,000-project report in half the time). Marking one cell, a project's light on its
 * current node, must mark that cell only: changing a shared style in place would paint every cell
 * of the column, or every project the colour of the last one. Read back from the written file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, type Cell, type Row } from '../../electron/services/excel/exceljs';
import type { Ledger } from '../../electron/services/ledger';
import { LIGHT_FILL, LIGHT_FONT } from '../../electron/services/reports/lightFills';
import { openTemp } from './helpers';

const CURRENT_NODE = 11;

/** A cell's solid fill colour, or null when it has none. */
function solid(cell: Cell): string | null {
  const fill = cell.fill;
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb ?? null : null;
}

describe('report cells marked with a light, and only those', () => {
  let ledger: Ledger;
  beforeAll(async () => { ledger = await openTemp({ seed: true }); });
  afterAll(() => ledger?.close());

  it('推进情况表: each project\'s current node in its own light; its other cells and the 小计 rows unmarked', async () => {
    const file = await ledger.send('reports.export', { report: 'progress', month: '2026-11' });
    const ws = (await readWorkbook(Buffer.from(file.base64, 'base64'))).worksheets[0]!;
    const projects = await ledger.send('projects.list', {});
    const byCode = new Map(projects.map((p) => [p.code, p]));
    const rows: Row[] = [];
    ws.eachRow((row, n) => { if (n > 3) rows.push(row); });
    const projectRows = rows.filter((row) => byCode.has(String(row.getCell(ws.columnCount).value)));
    expect(projectRows.length).toBe(projects.length);
    const colours = new Set<string>();
    for (const row of projectRows) {
      const p = byCode.get(String(row.getCell(ws.columnCount).value))!;
      const node = row.getCell(CURRENT_NODE);
      expect(solid(node), p.name).toBe(LIGHT_FILL[p.light.color]);
      expect(node.font.color, p.name).toEqual({ argb: LIGHT_FONT[p.light.color] });
      colours.add(p.light.color);
      for (const c of [2, 6, CURRENT_NODE - 1, CURRENT_NODE + 1]) expect(solid(row.getCell(c)), `${p.name} column ${c}`).toBeNull();
      expect(row.getCell(2).font.color).toBeUndefined();
    }
    // The sample holds several lights: a shared style changed in place would leave one colour.
    expect(colours.size).toBeGreaterThan(2);
    const subtotals = rows.filter((row) => /^(合计（|[一二三四五六七八九十]+、)/.test(String(row.getCell(2).value)));
    expect(subtotals.length).toBeGreaterThan(1);
    for (const row of subtotals) expect(solid(row.getCell(CURRENT_NODE))).toMatch(/^FF(F2F2F2|E2EFDA)$/);
  });
});
