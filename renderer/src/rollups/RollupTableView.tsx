/** The one-way rollup table: a row per key and the 合计 row; every figure opens its register slice. */
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../shared/domain/money';
import { formatKnownAmount, knownSum } from '../../../shared/domain/unknownAmounts';
import type { RollupDimension, RollupRow, RollupTable } from '../../../shared/domain/rollup';
import { cellSlice, registerHref, type RollupSlice } from '../../../shared/domain/rollupSlice';
import type { DisplayUnit } from './chartOptions';
import { describeSlice, percentText } from './format';

interface Props {
  table: RollupTable;
  slice: RollupSlice;
  unit: DisplayUnit;
  month: string;
}

export function RollupTableView({ table, slice, unit, month }: Props) {
  const { t, i18n } = useTranslation('rollups');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const monthNumber = Number(month.slice(5, 7));
  const line = (row: RollupRow, target: RollupSlice, isTotal: boolean) => {
    const href = registerHref(target);
    const title = t('openSlice', { slice: describeSlice(target, t) });
    const cell = (text: string) => <a href={href} title={title}>{text}</a>;
    return (
      <tr key={isTotal ? '合计' : row.key} className={isTotal ? 'row-total' : undefined}>
        <th scope="row">{isTotal ? t('grandTotal') : cell(keyLabel(table.by, row.key, t))}</th>
        <td>{cell(String(row.count))}</td>
        <td>
          {cell(formatKnownAmount(knownSum(row.totalInvestment, row.totalUnknown, row.count), unit, { grouping: true }, lang))}
          {row.totalUnknown > 0 && <span className="unknown-count" title={t('unknown.total', { count: row.totalUnknown })}>{t('unknown.short', { count: row.totalUnknown })}</span>}
        </td>
        <td className="cell-share">
          <span className="share-bar" style={{ width: `${Math.round(row.share * 100)}%` }} aria-hidden="true" />
          <span className="share-text">{percentText(row.share)}</span>
        </td>
        <td>
          {cell(formatKnownAmount(knownSum(row.annualPlan, row.planUnknown, row.count), unit, { grouping: true }, lang))}
          {row.planUnknown > 0 && <span className="unknown-count" title={t('unknown.plan', { count: row.planUnknown })}>{t('unknown.short', { count: row.planUnknown })}</span>}
        </td>
        <td>{cell(formatAmount(row.completedYtd, unit, { grouping: true }))}</td>
        <td>{row.completionRate === null ? '—' : percentText(row.completionRate)}</td>
      </tr>
    );
  };
  const note = [
    table.total.totalUnknown ? t('unknown.total', { count: table.total.totalUnknown }) : '',
    table.total.planUnknown ? `${t('unknown.plan', { count: table.total.planUnknown })}（${t('unknown.rate')}）` : '',
  ].filter(Boolean).join('；');
  return (
    <>
    <table className="rollup-table">
      <thead>
        <tr>
          <th scope="col">{t(`dims.${table.by}`)}</th>
          <th scope="col">{t('col.count')}</th>
          <th scope="col">{t('col.total')}<span className="th-unit">{t('col.unit', { unit })}</span></th>
          <th scope="col">{t('col.share')}</th>
          <th scope="col">{t('col.plan')}<span className="th-unit">{t('col.unit', { unit })}</span></th>
          <th scope="col">{t('col.ytd', { month: monthNumber })}<span className="th-unit">{t('col.unit', { unit })}</span></th>
          <th scope="col">{t('col.rate')}</th>
        </tr>
      </thead>
      <tbody>{table.rows.map((row) => line(row, cellSlice(slice, [table.by, row.key]), false))}</tbody>
      <tfoot>{line(table.total, slice, true)}</tfoot>
    </table>
    {note && <p className="card-note unknown-note" role="note">{note}</p>}
    </>
  );
}

export function keyLabel(by: RollupDimension, key: string, t: (k: string) => string): string {
  if (by === 'year' && key === '未签约') return t('unsigned');
  return key;
}
