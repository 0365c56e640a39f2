/**
 * The grouped register's heading rows as ordinary grid rows: the group's name, count and 完成率 in
 * the 项目编号 cell (spanning 项目名称), and each subtotal in its own column's cell, so the figures
 * stay under their headers when columns are resized, moved or hidden. Group rows and the 合计 row
 * say which amounts their sums leave out right after the name, where it is seen at 1366×768.
 */
import type { ColDef, ColSpanParams, ICellRendererParams, ValueGetterParams } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import i18n from '../i18n';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollupRow } from '../../../shared/domain/rollup';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { rollupKeyText } from '../common/domainText';
import type { Money } from '../common/money';
import type { GroupState } from './grouping';
import type { GridRow } from './registerRow';
import './layoutStrings';

export interface GroupRowContext {
  groups: GroupState;
  money: Money;
  /** The month 1–N月完成 runs to (its header names the span). */
  ytdMonth: number;
  /** The cell whose edit was just refused, outlined until the refusal is dismissed. */
  refused: { rowId: string; colId: string } | null;
}

type Props = CustomCellRendererProps<GridRow, unknown, GroupRowContext>;

/** The subtotal of one group row, re-read whenever the grid arranges the groups again. */
function useSubtotal({ data, context }: Props): RollupRow | undefined {
  useSyncExternalStore(context.groups.subscribe, context.groups.snapshot);
  return data?.kind === 'group' ? context.groups.subtotals.get(data.key) : undefined;
}

function GroupLabelCell(props: Props) {
  const { t } = useTranslation('registerLayout');
  const sub = useSubtotal(props);
  const { data, api, context } = props;
  if (data?.kind !== 'group') return null;
  const open = !context.groups.collapsed.has(data.key);
  const rate = sub?.completionRate;
  const by = context.groups.by;
  const key = by ? rollupKeyText(by, data.key, context.money.en) : data.key;
  return (
    <button
      type="button" className="group-toggle" aria-expanded={open}
      onClick={() => context.groups.toggle(data.key, api)}
      title={open ? t('group.collapse') : t('group.expand')}
    >
      <span className={open ? 'chevron chevron-open' : 'chevron'} aria-hidden="true" />
      <span className="group-key">{key}</span>
      {sub && <span className="group-count">{t('group.count', { count: sub.count })}</span>}
      {rate !== undefined && rate !== null && <span className="group-rate">{t('group.rate', { rate: `${(rate * 100).toFixed(1)}%` })}</span>}
    </button>
  );
}

/** The group's amounts by column: unknown amounts are counted apart, never summed as 0. */
function subtotalOf(sub: RollupRow, colId: string): number | null | undefined {
  if (colId === 'totalInvestment') return knownSum(sub.totalInvestment, sub.totalUnknown, sub.count);
  if (colId === 'annualPlan') return knownSum(sub.annualPlan, sub.planUnknown, sub.count);
  if (colId === 'completedYtd') return sub.completedYtd;
  return undefined;
}

function GroupAmountCell(props: Props) {
  const { t } = useTranslation('registerLayout');
  const sub = useSubtotal(props);
  const colId = props.column?.getColId() ?? '';
  if (!sub || props.data?.kind !== 'group') return null;
  const value = subtotalOf(sub, colId);
  if (value === undefined) return null;
  const { money, groups } = props.context;
  const key = groups.by ? rollupKeyText(groups.by, props.data.key, money.en) : props.data.key;
  return (
    <span className={value === null ? 'group-sum amount-unknown' : 'group-sum'} aria-label={`${t('group.subtotalOf', { key })} ${props.colDef?.headerName ?? ''}`}>
      {money.amount(value)}
    </span>
  );
}

/**
 * Beside a group's count, how many projects its sums leave out ("其中 1 个项目总投资未填"): in the
 * first cell after the name, running on over the empty cells up to the first amount column.
 */
function GroupNoteCell(props: Props) {
  const { t } = useTranslation('workbench');
  const sub = useSubtotal(props);
  if (!sub) return null;
  return <span className="summary-note">{unknownText(t, sub.totalUnknown, sub.planUnknown)}</span>;
}

/** The same for the pinned 合计 row (its text is the cell's value, so a new tally redraws it). */
function TotalNoteCell({ value }: Props) {
  return typeof value === 'string' && value ? <span className="summary-note">{value}</span> : null;
}

function unknownText(t: TFunction, totalUnknown: number, planUnknown: number): string {
  const parts = [totalUnknown ? t('unknown.total', { count: totalUnknown }) : '', planUnknown ? t('unknown.plan', { count: planUnknown }) : ''].filter(Boolean);
  return parts.length ? t('unknown.of', { list: parts.join(t('unknown.sep')) }) : '';
}

function totalNote(p: ValueGetterParams<GridRow>): string {
  if (p.data?.kind !== 'total') return '';
  const t = i18n.getFixedT(null, 'workbench');
  return unknownText(t, p.data.tally.totalUnknown, p.data.tally.planUnknown);
}

/** Columns from this one up to (not into) the next amount column: the note's room. */
function spanToAmounts(p: ColSpanParams<GridRow>): number {
  if (p.data?.kind !== 'group' && p.data?.kind !== 'total') return 1;
  // Asked while the grid is still laying out its columns (the 合计 row arrives with the whole
  // register), AG Grid can answer nothing: span one column until it has them.
  const shown = (p.api.getAllDisplayedColumns() as ReturnType<typeof p.api.getAllDisplayedColumns> | undefined) ?? [];
  const from = shown.indexOf(p.column);
  let span = 1;
  while (from >= 0 && from + span < shown.length && shown[from + span]!.getColDef().filter !== 'agNumberColumnFilter' && !shown[from + span]!.getPinned()) span += 1;
  return span;
}

const isGroup = (p: { data?: GridRow | undefined }) => p.data?.kind === 'group';

function groupRenderer(component: (props: Props) => ReactNode) {
  return (p: ICellRendererParams<GridRow>) => (isGroup(p) ? { component } : undefined);
}

/** Adds the group rows' cells to the register's columns: the label, the subtotals and the note. */
export function withGroupCells(columns: ColDef<GridRow>[]): ColDef<GridRow>[] {
  return columns.map((col) => {
    switch (col.colId) {
      case 'code':
        return { ...col, colSpan: (p: ColSpanParams<GridRow>) => (isGroup(p) ? 2 : 1), cellRendererSelector: groupRenderer(GroupLabelCell) };
      case 'totalInvestment':
      case 'annualPlan':
      case 'completedYtd':
        return { ...col, cellRendererSelector: groupRenderer(GroupAmountCell) };
      case 'stage': {
        const getter = col.valueGetter as ((p: ValueGetterParams<GridRow>) => unknown) | undefined;
        return {
          ...col,
          valueGetter: (p: ValueGetterParams<GridRow>) => (p.data?.kind === 'total' ? totalNote(p) : getter?.(p)),
          colSpan: spanToAmounts,
          cellRendererSelector: (p: ICellRendererParams<GridRow>) => (isGroup(p) ? { component: GroupNoteCell } : p.data?.kind === 'total' ? { component: TotalNoteCell } : undefined),
        };
      }
      default:
        return col;
    }
  });
}
