/** A group heading across the grid: the group's name, its count and subtotals, click to fold. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, type MoneyUnit } from '../../../shared/domain/money';
import { DIMENSION_LABELS } from '../../../shared/domain/rollup';
import { formatKnownAmount, knownSum } from '../../../shared/domain/unknownAmounts';
import type { GroupState } from './grouping';
import { DIMENSION_LABELS_EN } from './strings';
import type { GridRow } from './registerRow';

export interface GroupRowContext {
  groups: GroupState;
  unit: MoneyUnit;
  /** The cell whose edit was just refused, outlined until the refusal is dismissed. */
  refused: { rowId: string; colId: string } | null;
}

export function GroupRow({ data, api, context }: CustomCellRendererProps<GridRow, unknown, GroupRowContext>) {
  const { t, i18n } = useTranslation('workbench');
  const groups = context.groups;
  useSyncExternalStore(groups.subscribe, groups.snapshot);
  if (data?.kind !== 'group') return null;
  const sub = groups.subtotals.get(data.key);
  const open = !groups.collapsed.has(data.key);
  const unit = context.unit;
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const by = groups.by ? (i18n.resolvedLanguage === 'en' ? (DIMENSION_LABELS_EN[groups.by] ?? groups.by) : DIMENSION_LABELS[groups.by]) : '';
  return (
    <div className="group-row">
      <button
        type="button"
        className="group-toggle"
        aria-expanded={open}
        onClick={() => groups.toggle(data.key, api)}
        title={open ? t('group.collapse') : t('group.expand')}
      >
        <span className={open ? 'chevron chevron-open' : 'chevron'} aria-hidden="true" />
        <span className="group-dim">{by}</span>
        <span className="group-key">{data.key}</span>
      </button>
      {sub && (
        <span className="group-sums" aria-label={t('group.subtotalOf', { key: data.key })}>
          <span>{t('group.count', { count: sub.count })}</span>
          <span>{t('group.total')} <b>{formatKnownAmount(knownSum(sub.totalInvestment, sub.totalUnknown, sub.count), unit, { grouping: true }, lang)}</b></span>
          <span>{t('group.plan')} <b>{formatKnownAmount(knownSum(sub.annualPlan, sub.planUnknown, sub.count), unit, { grouping: true }, lang)}</b></span>
          <span>{t('group.done')} <b>{formatAmount(sub.completedYtd, unit, { grouping: true })}</b></span>
          <span>{t('group.rate')} <b>{sub.completionRate === null ? '—' : `${(sub.completionRate * 100).toFixed(1)}%`}</b></span>
          <span className="group-unit">{unit}</span>
          {(sub.totalUnknown > 0 || sub.planUnknown > 0) && (
            <span className="group-unknown">
              {[sub.totalUnknown ? t('unknown.total', { count: sub.totalUnknown }) : '', sub.planUnknown ? t('unknown.plan', { count: sub.planUnknown }) : ''].filter(Boolean).join(t('unknown.sep'))}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
