/**
 * The project column beside the chart: the rows around the screen (a window the board widens as
 * the screen nears its edge), each with the register's light, the project's name (a link to its
 * 项目详情) and 总投资; group rows fold and show count and total. The board moves the inner column
 * with the scroll (`innerRef`), so scrolling within the window renders nothing.
 */
import { memo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import type { Money } from '../common/money';
import { ROW_H } from './geometry';
import { lightLabel, lightReason } from '../common/domainText';
import { groupKeyText, type GanttRow } from './ganttRows';

/** The rows [first, last) the column renders. */
export interface RowWindow {
  first: number;
  last: number;
}

interface Props {
  rows: readonly GanttRow[];
  window: RowWindow;
  height: number;
  money: Money;
  onOpen: (projectId: number) => void;
  onToggle: (key: string) => void;
  /** The inner column, moved by the board as it scrolls. */
  innerRef: RefObject<HTMLDivElement | null>;
}

interface ItemProps {
  row: GanttRow;
  index: number;
  money: Money;
  onOpen: (projectId: number) => void;
  onToggle: (key: string) => void;
}

/** One row, memoised: when the window moves, the rows still in it are not rendered again. */
const RowItem = memo(function RowItem({ row, index, money, onOpen, onToggle }: ItemProps) {
  const { t, i18n } = useTranslation('gantt');
  const en = i18n.resolvedLanguage === 'en';
  const top = index * ROW_H;
  if (row.kind === 'group') {
    return (
      <div role="listitem" className="gantt-row gantt-group-row" style={{ top }}>
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
    <div role="listitem" className="gantt-row" style={{ top }} data-project-id={p.id}>
      <span className={`light-dot dot-${p.light.color}`} title={`${lightLabel(p.light, en)}${p.light.reason ? `${en ? ': ' : '：'}${lightReason(p.light, en)}` : ''}`} aria-label={lightLabel(p.light, en)} role="img" />
      <button type="button" className="gantt-name" title={t('openProject', { name: p.name })} onClick={() => onOpen(p.id)}>
        {p.name}
      </button>
      <span className={p.totalInvestment === null ? 'gantt-amount amount-unknown' : 'gantt-amount'}>{money.amount(p.totalInvestment)}</span>
    </div>
  );
});

export const GanttRowList = memo(function GanttRowList({ rows, window: { first, last }, height, money, onOpen, onToggle, innerRef }: Props) {
  const { t } = useTranslation('gantt');
  // Keyed by slot (the row's index modulo the window's size): when the window moves, the rows
  // that come in take over the elements of the rows that left, so React rewrites a few texts
  // instead of removing and creating elements.
  const slots = Math.max(1, last - first);
  const items = [];
  for (let i = first; i < last; i++) {
    const row = rows[i];
    if (row) items.push(<RowItem key={i % slots} row={row} index={i} money={money} onOpen={onOpen} onToggle={onToggle} />);
  }
  return (
    <div className="gantt-rows" role="list" aria-label={t('column.project')} style={{ height }}>
      <div ref={innerRef} className="gantt-rows-inner">{items}</div>
    </div>
  );
});
