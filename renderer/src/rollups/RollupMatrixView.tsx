/** A two-way table (产业链 × 区域 or × 阶段): 总投资 and count per cell, totals on both edges. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { rollupKeyText } from '../common/domainText';
import type { Money } from '../common/money';
import type { RollupRow } from '../../../shared/domain/rollup';
import type { RollupMatrix } from '../../../shared/domain/rollupMatrix';
import { cellSlice, registerHref, type RollupSlice } from '../../../shared/domain/rollupSlice';
import { describeSlice } from './format';

interface Props {
  matrix: RollupMatrix;
  slice: RollupSlice;
  money: Money;
}

export function RollupMatrixView({ matrix, slice, money }: Props) {
  const { t } = useTranslation('rollups');
  const en = money.en;
  const columns = matrix.columns.rows.map((r) => r.key);
  const max = Math.max(1, ...Object.values(matrix.cells).flatMap((byColumn) => Object.values(byColumn).map((c) => c.totalInvestment)));
  const cell = (row: RollupRow | undefined, target: RollupSlice, kind: 'cell' | 'total' | 'rowTotal') => {
    const shade = kind === 'cell';
    const className = kind === 'rowTotal' ? 'cell-strong col-total' : kind === 'total' ? 'cell-strong' : undefined;
    if (!row || row.count === 0) return <td className="cell-empty">—</td>;
    // A light heat shade helps the eye find the big cells; the numbers stay the message.
    const alpha = shade ? 0.04 + 0.3 * (row.totalInvestment / max) : 0;
    return (
      <td className={className} style={alpha ? { background: `rgba(31, 95, 191, ${alpha.toFixed(3)})` } : undefined}>
        <a href={registerHref(target)} title={t('openSlice', { slice: describeSlice(target, t, en) })}>
          {money.amount(knownSum(row.totalInvestment, row.totalUnknown, row.count))}
          <span className="cell-count">{t('matrixCell', { count: row.count })}</span>
          {row.totalUnknown > 0 && <span className="unknown-count" title={t('unknown.total', { count: row.totalUnknown })}>{t('unknown.short', { count: row.totalUnknown })}</span>}
        </a>
      </td>
    );
  };
  return (
    <table className="rollup-table rollup-matrix">
      <thead>
        <tr>
          <th scope="col" className="corner">{t(`dims.${matrix.rowsBy}`)} \ {t(`dims.${matrix.columnsBy}`)}</th>
          {columns.map((c) => <th scope="col" key={c}>{rollupKeyText(matrix.columnsBy, c, en)}</th>)}
          <th scope="col" className="col-total">{t('grandTotal')}</th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{rollupKeyText(matrix.rowsBy, r.key, en)}</th>
            {columns.map((c) => <Fragment key={c}>{cell(matrix.cells[r.key]?.[c], cellSlice(slice, [matrix.rowsBy, r.key], [matrix.columnsBy, c]), 'cell')}</Fragment>)}
            {cell(r, cellSlice(slice, [matrix.rowsBy, r.key]), 'rowTotal')}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="row-total">
          <th scope="row">{t('grandTotal')}</th>
          {matrix.columns.rows.map((c) => <Fragment key={c.key}>{cell(c, cellSlice(slice, [matrix.columnsBy, c.key]), 'total')}</Fragment>)}
          {cell(matrix.rows.total, slice, 'rowTotal')}
        </tr>
      </tfoot>
    </table>
  );
}
