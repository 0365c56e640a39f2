/**
 * The grouped register's heading rows as ordinary grid rows: the group's name, count and 完成率 in
 * the 项目编号 cell (spanning 项目名称), and each subtotal in its own column's cell, so the figures
 * stay under their headers when columns are resized, moved or hidden.
 */
import type { ColDef, ColSpanParams, ICellRendererParams } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyUnit } from '../../../shared/domain/money';
import type { RollupRow } from '../../../shared/domain/rollup';
import { formatKnownAmount, knownSum } from '../../../shared/domain/unknownAmounts';
import type { GroupState } from './grouping';
import type { GridRow } from './registerRow';
import './layoutStrings';

export interface GroupRowContext {
  groups: GroupState;
  unit: MoneyUnit;
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
  return (
    <button
      type="button" className="group-toggle" aria-expanded={open}
      onClick={() => context.groups.toggle(data.key, api)}
      title={open ? t('group.collapse') : t('group.expand')}
    >
      <span className={open ? 'chevron chevron-open' : 'chevron'} aria-hidden="true" />
      <span className="group-key">{data.key}</span>
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
  const { t, i18n } = useTranslation('registerLayout');
  const sub = useSubtotal(props);
  const colId = props.column?.getColId() ?? '';
  if (!sub || props.data?.kind !== 'group') return null;
  const value = subtotalOf(sub, colId);
  if (value === undefined) return null;
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  return (
    <span className={value === null ? 'group-sum amount-unknown' : 'group-sum'} aria-label={`${t('group.subtotalOf', { key: props.data.key })} ${props.colDef?.headerName ?? ''}`}>
      {formatKnownAmount(value, props.context.unit, { grouping: true }, lang)}
    </span>
  );
}

/** Beside the sums, how many projects they leave out ("其中 1 个项目总投资未填"), as the 合计 row says it. */
function GroupNoteCell(props: Props) {
  const { t } = useTranslation('workbench');
  const sub = useSubtotal(props);
  if (!sub || (!sub.totalUnknown && !sub.planUnknown)) return null;
  const parts = [sub.totalUnknown ? t('unknown.total', { count: sub.totalUnknown }) : '', sub.planUnknown ? t('unknown.plan', { count: sub.planUnknown }) : ''];
  return <span className="group-unknown">{t('unknown.of', { list: parts.filter(Boolean).join(t('unknown.sep')) })}</span>;
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
      case 'company':
        return { ...col, cellRendererSelector: groupRenderer(GroupNoteCell) };
      default:
        return col;
    }
  });
}
