/** The register's 导出 CSV carries amounts to the 元 in the display unit, so importing it back changes no figure. */
import { describe, expect, it } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import { parseAmount } from '../../shared/domain/money';
import { shownRegisterTable } from '../../renderer/src/register/shownTable';
import type { GridRow } from '../../renderer/src/register/registerRow';

interface FakeColumn { id: string; header: string; amount: boolean }

/** Just enough of ag-grid's API for shownRegisterTable: displayed columns, rows in order, cell values. */
function fakeGrid(columns: FakeColumn[], rows: Array<Record<string, string | number>>): GridApi<GridRow> {
  const cols = columns.map((c) => ({ id: c.id, header: c.header, getColDef: () => (c.amount ? { filter: 'agNumberColumnFilter' } : {}) }));
  const nodes = rows.map((r) => ({ data: { kind: 'project', p: r } }));
  const grid = {
    getAllDisplayedColumns: () => cols,
    getDisplayNameForColumn: (c: (typeof cols)[number]) => c.header,
    forEachNodeAfterFilterAndSort: (fn: (node: (typeof nodes)[number]) => void) => nodes.forEach(fn),
    // Not grouped: no group state in the grid's context.
    getGridOption: () => undefined,
    getCellValue: ({ rowNode, colKey }: { rowNode: (typeof nodes)[number]; colKey: (typeof cols)[number] }) => rowNode.data.p[colKey.id] ?? null,
  };
  return grid as unknown as GridApi<GridRow>;
}

describe('register CSV amounts', () => {
  it.each(['万元', '亿元'] as const)('in %s keep every 元 (not the two decimals the cells show)', (unit) => {
    const grid = fakeGrid(
      [{ id: 'code', header: '项目编号', amount: false }, { id: 'annualPlan', header: `年度计划投资（${unit}）`, amount: true }],
      [{ code: 'A-1', annualPlan: 123_456_789 }, { code: 'A-2', annualPlan: 7 }, { code: 'A-3', annualPlan: 2_000_000_000 }],
    );
    const table = shownRegisterTable(grid, unit);
    expect(table.header).toEqual(['项目编号', `年度计划投资（${unit}）`]);
    const back = table.rows.map((r) => {
      const parsed = parseAmount(r[1] as number, unit);
      return parsed.ok ? parsed.yuan : null;
    });
    expect(back).toEqual([123_456_789, 7, 2_000_000_000]);
  });
});
