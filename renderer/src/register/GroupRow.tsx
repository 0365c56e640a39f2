/** A group heading across the grid: the group's name, its count and subtotals, click to fold. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSION_LABELS } from '../../../shared/domain/rollup';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { rollupKeyText } from '../common/domainText';
import type { Money } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import type { GroupState } from './grouping';
import { DIMENSION_LABELS_EN } from './strings';
import type { GridRow } from './registerRow';

export interface GroupRowContext {
  groups: GroupState;
  money: Money;
  ytdMonth: number;
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
  const { money, ytdMonth } = context;
  const en = i18n.resolvedLanguage === 'en';
  const by = groups.by ? (en ? (DIMENSION_LABELS_EN[groups.by] ?? groups.by) : DIMENSION_LABELS[groups.by]) : '';
  const key = groups.by ? rollupKeyText(groups.by, data.key, en) : data.key;
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
        <span className="group-key">{key}</span>
      </button>
      {sub && (
        <span className="group-sums" aria-label={t('group.subtotalOf', { key })}>
          <span>{t('group.count', { count: sub.count })}</span>
          <span>{t('group.total')} <b>{money.amount(knownSum(sub.totalInvestment, sub.totalUnknown, sub.count))}</b></span>
          <span>{t('group.plan')} <b>{money.amount(knownSum(sub.annualPlan, sub.planUnknown, sub.count))}</b></span>
          <span>{t('group.done', { span: monthSpan(ytdMonth, en) })} <b>{money.sum(sub.completedYtd)}</b></span>
          <span>{t('group.rate')} <b>{sub.completionRate === null ? '—' : `${(sub.completionRate * 100).toFixed(1)}%`}</b></span>
          <span className="group-unit">{money.unit}</span>
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
