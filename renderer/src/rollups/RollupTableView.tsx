/** The one-way rollup table: a row per key and the 合计 row; every figure opens its register slice. */
import { useTranslation } from 'react-i18next';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import type { RollupRow, RollupTable } from '../../../shared/domain/rollup';
import { rollupKeyText } from '../common/domainText';
import type { Money } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import { cellSlice, registerHref, type RollupSlice } from '../../../shared/domain/rollupSlice';
import { describeSlice, percentText } from './format';

interface Props {
  table: RollupTable;
  slice: RollupSlice;
  money: Money;
  month: string;
}

export function RollupTableView({ table, slice, money, month }: Props) {
  const { t } = useTranslation('rollups');
  const en = money.en;
  const unit = money.unit;
  const monthNumber = Number(month.slice(5, 7));
  const line = (row: RollupRow, target: RollupSlice, isTotal: boolean) => {
    const href = registerHref(target);
    const title = t('openSlice', { slice: describeSlice(target, t, en) });
    const cell = (text: string) => <a href={href} title={title}>{text}</a>;
    return (
      <tr key={isTotal ? '合计' : row.key} className={isTotal ? 'row-total' : undefined}>
        <th scope="row">{isTotal ? t('grandTotal') : cell(rollupKeyText(table.by, row.key, en))}</th>
        <td>{cell(String(row.count))}</td>
        <td>
          {cell(money.amount(knownSum(row.totalInvestment, row.totalUnknown, row.count)))}
          {row.totalUnknown > 0 && <span className="unknown-count" title={t('unknown.total', { count: row.totalUnknown })}>{t('unknown.short', { count: row.totalUnknown })}</span>}
        </td>
        <td className="cell-share">
          <span className="share-bar" style={{ width: `${Math.round(row.share * 100)}%` }} aria-hidden="true" />
          <span className="share-text">{percentText(row.share)}</span>
        </td>
        <td>
          {cell(money.amount(knownSum(row.annualPlan, row.planUnknown, row.count)))}
          {row.planUnknown > 0 && <span className="unknown-count" title={t('unknown.plan', { count: row.planUnknown })}>{t('unknown.short', { count: row.planUnknown })}</span>}
        </td>
        <td>{cell(money.sum(row.completedYtd))}</td>
        <td>{row.completionRate === null ? '—' : percentText(row.completionRate)}</td>
      </tr>
    );
  };
  const note = [
    table.total.totalUnknown ? t('unknown.total', { count: table.total.totalUnknown }) : '',
    table.total.planUnknown ? t('unknown.planRate', { plan: t('unknown.plan', { count: table.total.planUnknown }), rate: t('unknown.rate') }) : '',
  ].filter(Boolean).join(t('unknown.sep'));
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
          <th scope="col">{t('col.ytd', { span: monthSpan(monthNumber, en) })}<span className="th-unit">{t('col.unit', { unit })}</span></th>
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
