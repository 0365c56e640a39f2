/**
 * The 投资汇总 table on screen as CSV rows: the same labels, amounts as numbers in the display
 * unit with the decimals shown, shares and rates as the percent text shown, the 合计 row last.
 * A two-way table shows 总投资 and 项目数 in each cell; the CSV gives each its own column.
 */
import type { TFunction } from 'i18next';
import { formatAmount } from '../../../shared/domain/money';
import { rollupKeyText } from '../common/domainText';
import type { Money } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import type { RollupRow, RollupTable } from '../../../shared/domain/rollup';
import type { RollupMatrix } from '../../../shared/domain/rollupMatrix';
import type { ShownTable } from '../reports/CsvExportMenu';
import { percentText } from './format';

type Translate = TFunction<'rollups'>;

export function rollupTableCsv(table: RollupTable, money: Money, month: string, t: Translate): ShownTable {
  const inUnit = (label: string) => label + t('col.unit', { unit: money.unit });
  const header = [t(`dims.${table.by}`), t('col.count'), inUnit(t('col.total')), t('col.share'), inUnit(t('col.plan')),
    inUnit(t('col.ytd', { span: monthSpan(Number(month.slice(5, 7)), money.en) })), t('col.rate'), t('unknown.col')];
  const amount = (yuan: number) => Number(formatAmount(yuan, money.display.unit, { decimals: money.display.decimals }));
  const line = (label: string, row: RollupRow) => [label, row.count, amount(row.totalInvestment), percentText(row.share),
    amount(row.annualPlan), amount(row.completedYtd), row.completionRate === null ? '—' : percentText(row.completionRate),
    // Counted apart, never summed as 0.
    [row.totalUnknown ? t('unknown.total', { count: row.totalUnknown }) : '', row.planUnknown ? t('unknown.plan', { count: row.planUnknown }) : ''].filter(Boolean).join(t('unknown.sep'))];
  return {
    header,
    rows: [...table.rows.map((row) => line(rollupKeyText(table.by, row.key, money.en), row)), line(t('grandTotal'), table.total)],
  };
}

export function rollupMatrixCsv(matrix: RollupMatrix, money: Money, t: Translate): ShownTable {
  const columns = [...matrix.columns.rows.map((c) => rollupKeyText(matrix.columnsBy, c.key, money.en)), t('grandTotal')];
  const header = [`${t(`dims.${matrix.rowsBy}`)} \\ ${t(`dims.${matrix.columnsBy}`)}`,
    ...columns.flatMap((c) => [`${c} ${t('col.total')}${t('col.unit', { unit: money.unit })}`, `${c} ${t('col.count')}`])];
  const amount = (yuan: number) => Number(formatAmount(yuan, money.display.unit, { decimals: money.display.decimals }));
  const pair = (row: RollupRow | undefined) => (row && row.count > 0 ? [amount(row.totalInvestment), row.count] : [null, null]);
  return {
    header,
    rows: [
      ...matrix.rows.rows.map((r) => [rollupKeyText(matrix.rowsBy, r.key, money.en), ...matrix.columns.rows.flatMap((c) => pair(matrix.cells[r.key]?.[c.key])), ...pair(r)]),
      [t('grandTotal'), ...matrix.columns.rows.flatMap((c) => pair(c)), ...pair(matrix.rows.total)],
    ],
  };
}
