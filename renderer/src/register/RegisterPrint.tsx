/**
 * 打印 for the register. The grid draws only the rows on screen, so printing it would cut the list
 * at a screenful: instead, just before printing (our 打印 button, Ctrl+P, the menu's 文件 → 打印) a
 * plain table of every row the filters leave is put in the page, and the print styles show only
 * that table (A4 landscape, the header repeated on every page). It is dropped after printing.
 */
import type { GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isIsoMonth } from '../../../shared/domain/dates';
import { monthLabel } from '../../../shared/domain/monthEnd';
import type { Money } from '../common/money';
import { PrintButton } from '../common/PrintButton';
import { useApiQuery } from '../common/useApiQuery';
import type { GroupRowContext } from './groupCells';
import { idSliceFromParams, sliceEntries, sliceFromParams, sliceLabel } from './routeSlice';
import { DIMENSION_LABELS_EN } from './strings';
import { registerPrintTable, type PrintTable } from './registerPrint';
import type { GridRow } from './registerRow';
import './layoutStrings';
import './register-print.css';

interface Props {
  grid: GridApi<GridRow> | null;
  money: Money;
  /** All projects in the register, to say "of N" when a filter is on. */
  total: number;
  /** The route: its slice (产业链：新能源, 首页：红灯项目) and a closed month are named on paper. */
  params: URLSearchParams;
}

/** "产业链：新能源，2026年10月月结": what part of the register the page shows, beyond the filters. */
function scopeText(params: URLSearchParams, en: boolean, t: TFunction): string {
  const parts = sliceEntries(sliceFromParams(params)).map(([by, value]) => `${en ? (DIMENSION_LABELS_EN[by] ?? by) : sliceLabel(by)}${en ? ': ' : '：'}${value}`);
  const ids = idSliceFromParams(params);
  if (ids) parts.push(ids.label || t('workbench:slice.ids'));
  const month = params.get('month');
  if (month && isIsoMonth(month)) parts.push(t('registerLayout:print.closedMonth', { month: monthLabel(month) }));
  return parts.join(en ? ', ' : '，');
}

export function RegisterPrint({ grid, money, total, params }: Props) {
  const { t } = useTranslation('registerLayout');
  const en = money.en;
  const [table, setTable] = useState<PrintTable | null>(null);
  const [info] = useApiQuery('data.info', {});
  const today = info.status === 'ok' ? info.data.today : '';

  useEffect(() => {
    if (!grid) return;
    const before = () => {
      if (grid.isDestroyed()) return;
      const groups = (grid.getGridOption('context') as GroupRowContext | undefined)?.groups ?? null;
      // Synchronously: the page is laid out for print right after this handler returns.
      flushSync(() => setTable(registerPrintTable(grid, groups, money, t)));
    };
    const after = () => setTable(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [grid, money, t]);

  if (!table) return null;
  const scope = scopeText(params, en, t);
  return (
    <section className="register-print">
      <h1>{t('print.heading')}</h1>
      <p className="register-print-meta">
        {t('print.meta', { count: table.count, unit: money.unit, date: today })}
        {table.count !== total && ` · ${t('print.filtered', { total })}`}
        {scope && ` · ${scope}`}
      </p>
      <table>
        <thead>
          <tr>{table.columns.map((c) => <th key={c.id} className={`col-${c.id}${c.amount ? ' num' : ''}`}>{c.header}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => {
            let at = 0;
            return (
              <tr key={i} className={`print-${row.kind}`}>
                {row.cells.map((cell, j) => {
                  const column = table.columns[at];
                  at += cell.span ?? 1;
                  const className = cell.span && cell.span > 1 ? 'print-label' : `col-${column?.id ?? ''}${column?.amount ? ' num' : ''}`;
                  return (
                    <td key={j} colSpan={cell.span} className={className}>
                      {cell.light && <span className={`print-dot light-${cell.light}`} aria-hidden="true">● </span>}
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The register's 打印 button: the browser's print, which the listener above prepares. */
export function RegisterPrintButton() {
  const { t } = useTranslation('registerLayout');
  return <PrintButton title={t('print.title')} />;
}
