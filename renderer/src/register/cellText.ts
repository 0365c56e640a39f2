/**
 * What a register cell puts on the clipboard. Amounts go as the exact number in the screen unit,
 * without thousands separators (as the inline editor shows them): Excel and WPS read that as a
 * number, and pasting it back into the register gives the same 元, where the rounded, separated
 * figure on screen would not. An unknown amount (未填) goes as an empty cell, which pastes back as
 * unknown; dates as 2026-03-01, which Excel reads as a date; tags joined with 、; computed columns
 * (阶段, 灯, 当前节点) as they read on screen.
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { DisplayUnit } from '../../../shared/domain/money';
import { amountEditText } from '../common/fieldInput';
import { fieldSpec } from './fields';
import type { GridRow } from './registerRow';

const AMOUNT_COLUMNS = new Set(['completedYtd']);

/** The exact figure in the screen unit, no separators: what Excel and WPS take as a number. */
function amountText(yuan: number | null, unit: DisplayUnit): string {
  return amountEditText(yuan, { unit, decimals: 0 }).replace(/,/g, '');
}

export function cellText(api: GridApi<GridRow>, node: IRowNode<GridRow>, column: Column, unit: DisplayUnit): string {
  const row = node.data;
  if (row?.kind !== 'project') return '';
  const colId = column.getColId();
  const spec = fieldSpec(colId);
  if (spec) {
    const value = row.p[spec.field];
    if (spec.kind === 'amount' || spec.kind === 'optionalAmount') return amountText(typeof value === 'number' ? value : null, unit);
    if (Array.isArray(value)) return value.join('、');
    return value === null || value === undefined ? '' : String(value);
  }
  if (AMOUNT_COLUMNS.has(colId)) return amountText(row.p.completedYtd, unit);
  const shown = api.getCellValue({ rowNode: node, colKey: column, useFormatter: true }) as unknown;
  return shown === null || shown === undefined ? '' : String(shown);
}
