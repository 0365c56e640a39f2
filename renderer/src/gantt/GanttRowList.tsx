/**
 * The project column beside the chart: only the rows on screen, each with the register's light,
 * the project's name (a link to its 项目详情) and 总投资; group rows fold and show count and total.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import type { Money } from '../common/money';
import { ROW_H, visibleRows } from './geometry';
import { lightLabel, lightReason } from '../common/domainText';
import { groupKeyText, type GanttRow } from './ganttRows';

interface Props {
  rows: readonly GanttRow[];
  scrollTop: number;
  height: number;
  money: Money;
  onOpen: (projectId: number) => void;
  onToggle: (key: string) => void;
}

/** Memoised on the rows and the vertical window: a sideways scroll does not touch the column. */
export const GanttRowList = memo(function GanttRowList({ rows, scrollTop, height, money, onOpen, onToggle }: Props) {
  const { t, i18n } = useTranslation('gantt');
  const en = i18n.resolvedLanguage === 'en';
  const { first, last } = visibleRows({ scrollTop, height, scrollLeft: 0, width: 0 }, rows.length);
  const shown = rows.slice(first, last);
  return (
    <div className="gantt-rows" role="list" aria-label={t('column.project')} style={{ height }}>
      {shown.map((row, i) => {
        const top = (first + i) * ROW_H - scrollTop;
        // Keyed by screen slot, so scrolling rewrites a few texts instead of replacing elements.
        const slot = (first + i) % (Math.ceil(height / ROW_H) + 2);
        if (row.kind === 'group') {
          return (
            <div key={slot} role="listitem" className="gantt-row gantt-group-row" style={{ top }}>
              <button type="button" className="gantt-group-toggle" aria-expanded={!row.collapsed} aria-label={t('groupToggle', { key: groupKeyText(row, en) })} onClick={() => onToggle(row.key)}>
                <span className={row.collapsed ? 'gantt-caret closed' : 'gantt-caret'} aria-hidden="true">▾</span>
                <span className="gantt-group-key">{groupKeyText(row, en)}</span>
                <span className="gantt-group-count">{t('groupCount', { count: row.count })}</span>
                {row.totalUnknown > 0 && <span className="gantt-group-unknown">{t('groupUnknown', { count: row.totalUnknown })}</span>}
              </button>
              <span className="gantt-amount">{money.amount(knownSum(row.totalInvestment, row.totalUnknown, row.count))}</span>
            </div>
          );
        }
        const { p } = row;
        return (
          <div key={slot} role="listitem" className="gantt-row" style={{ top }} data-project-id={p.id}>
            <span className={`light-dot dot-${p.light.color}`} title={`${lightLabel(p.light, en)}${p.light.reason ? `${en ? ': ' : '：'}${lightReason(p.light, en)}` : ''}`} aria-label={lightLabel(p.light, en)} role="img" />
            <button type="button" className="gantt-name" title={t('openProject', { name: p.name })} onClick={() => onOpen(p.id)}>
              {p.name}
            </button>
            <span className={p.totalInvestment === null ? 'gantt-amount amount-unknown' : 'gantt-amount'}>{money.amount(p.totalInvestment)}</span>
          </div>
        );
      })}
    </div>
  );
});
