/** 分组: none, 产业链, 区域, 阶段 or 级别, as a segmented control; fold or open every group. */
import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { DIMENSION_LABELS } from '../../../shared/domain/rollup';
import { GROUP_DIMENSIONS, type GroupDimension } from './grouping';
import type { GroupRowContext } from './groupCells';
import type { GridRow } from './registerRow';
import { DIMENSION_LABELS_EN } from './strings';

interface Props {
  groupBy: GroupDimension | null;
  onGroupBy: (by: GroupDimension | null) => void;
  grid: GridApi<GridRow> | null;
}

export function GroupPicker({ groupBy, onGroupBy, grid }: Props) {
  const { t, i18n } = useTranslation('workbench');
  const en = i18n.resolvedLanguage === 'en';
  const options: Array<[GroupDimension | null, string]> = [[null, t('group.none')], ...GROUP_DIMENSIONS.map((d) => [d, en ? (DIMENSION_LABELS_EN[d] ?? d) : DIMENSION_LABELS[d]] as [GroupDimension, string])];
  const groups = (grid?.getGridOption('context') as GroupRowContext | undefined)?.groups;
  return (
    <div className="group-picker">
      <span className="tool-label" id="group-by-label">{t('group.label')}</span>
      <div className="segmented" role="radiogroup" aria-labelledby="group-by-label">
        {options.map(([value, label]) => (
          <button key={label} type="button" role="radio" aria-checked={groupBy === value} className={groupBy === value ? 'segment active' : 'segment'} onClick={() => onGroupBy(value)}>
            {label}
          </button>
        ))}
      </div>
      {groupBy && grid && groups && (
        <span className="group-fold">
          <button type="button" className="link-button" onClick={() => groups.setAll(false, grid)}>{t('group.expandAll')}</button>
          <button type="button" className="link-button" onClick={() => groups.setAll(true, grid)}>{t('group.collapseAll')}</button>
        </span>
      )}
    </div>
  );
}
