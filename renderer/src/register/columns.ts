/** The register's columns: Chinese headers, widths for Chinese text, amounts in 亿元 with exact formatting. */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { LightColor } from '../../../shared/domain/types';
import { formatAmount, yuanToUnitNumber } from '../../../shared/domain/money';
import { LightCell } from './LightCell';
import type { RegisterRow } from './registerRow';
import { StageCell } from './StageCell';

/** Worst first, so sorting the 灯 column ascending puts red on top. */
const LIGHT_ORDER: Record<LightColor, number> = { red: 0, yellow: 1, amber: 2, blue: 3, grey: 4, green: 5 };

function lightRank(row: RegisterRow | undefined): number {
  return row?.light ? LIGHT_ORDER[row.light.color] : 9;
}

const formatYi = (p: ValueFormatterParams<RegisterRow, number>) => (typeof p.value === 'number' ? formatAmount(p.value, '亿元') : '');

export function registerColumns(t: TFunction): ColDef<RegisterRow>[] {
  return [
    { field: 'code', headerName: t('register.col.code'), width: 116, minWidth: 96, cellClass: 'cell-code' },
    { field: 'name', headerName: t('register.col.name'), flex: 2, minWidth: 190, tooltipField: 'name', cellClass: 'cell-name' },
    { field: 'company', headerName: t('register.col.company'), flex: 1.25, minWidth: 150, tooltipField: 'company' },
    { field: 'chain', headerName: t('register.col.chain'), width: 108, minWidth: 86, tooltipField: 'chain' },
    { field: 'area', headerName: t('register.col.area'), width: 108, minWidth: 84, tooltipField: 'area' },
    {
      field: 'totalInvestment',
      headerName: t('register.col.totalInvestment'),
      width: 142,
      minWidth: 124,
      type: 'rightAligned',
      // Keep the right alignment the column type gives; a plain cellClass would replace it.
      cellClass: ['ag-right-aligned-cell', 'cell-amount'],
      valueFormatter: formatYi,
      // People type 亿元 into the number filter, as they read it.
      filter: 'agNumberColumnFilter',
      filterValueGetter: (p) => (p.data ? yuanToUnitNumber(p.data.totalInvestment, '亿元') : null),
      getQuickFilterText: () => '',
    },
    { field: 'stage', headerName: t('register.col.stage'), width: 90, minWidth: 80, cellRenderer: StageCell },
    {
      colId: 'light',
      headerName: t('register.col.light'),
      width: 96,
      minWidth: 84,
      valueGetter: (p) => p.data?.light?.label ?? '',
      tooltipValueGetter: (p) => p.data?.light?.reason ?? '',
      comparator: (_a, _b, nodeA, nodeB) => lightRank(nodeA.data) - lightRank(nodeB.data),
      cellRenderer: LightCell,
    },
    {
      field: 'currentNode',
      headerName: t('register.col.currentNode'),
      width: 108,
      minWidth: 90,
      tooltipField: 'currentNode',
      valueFormatter: (p) => p.value ?? (p.node?.rowPinned ? '' : t('register.noCurrentNode')),
    },
  ];
}

export const defaultColumn: ColDef<RegisterRow> = {
  sortable: true,
  resizable: true,
  filter: 'agTextColumnFilter',
  suppressHeaderMenuButton: true,
};
