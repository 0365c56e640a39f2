/**
 * The register's columns: every project field plus the computed ones (阶段, 灯, 1–N月完成, 当前节点).
 * Amounts show in the chosen unit and filter in it; editors follow each field's kind.
 */
import { currentNodeText, lightLabel, lightReason, projectFieldLabel, stageText, tagsText } from '../common/domainText';
import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CodeLists, LightColor, ProjectRow, Stage } from '../../../shared/domain/types';
import { yuanToUnitNumber } from '../../../shared/domain/money';
import { MANUAL_STAGES } from '../../../shared/domain/types';
import { AmountEditor } from '../common/AmountEditor';
import type { Money } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { LightCell } from './LightCell';
import { OpenCell } from './OpenCell';
import { StageCell } from './StageCell';
import { REGISTER_FIELDS, type FieldSpec } from './fields';
import type { GridRow, RegisterTally } from './registerRow';

/** Worst first, so sorting the 灯 column ascending puts red on top. */
const LIGHT_ORDER: Record<LightColor, number> = { red: 0, yellow: 1, amber: 2, blue: 3, grey: 4, green: 5 };

/** Only these are searched by the quick search: name, company, codes and the notes. */
const SEARCHED = new Set(['name', 'company', 'code', 'nationalCode', 'progressNote', 'problems']);

const TOTALLED: ReadonlySet<string> = new Set<keyof RegisterTally>(['totalInvestment', 'annualPlan', 'completedYtd']);

type Col = ColDef<GridRow>;

function projectOf(p: { data?: GridRow | undefined }): ProjectRow | undefined {
  return p.data?.kind === 'project' ? p.data.p : undefined;
}

function amountGetter(field: string) {
  return (p: ValueGetterParams<GridRow>): number | null => {
    if (p.data?.kind === 'total') {
      const tally = p.data.tally;
      if (field === 'totalInvestment') return knownSum(tally.totalInvestment, tally.totalUnknown, tally.count);
      if (field === 'annualPlan') return knownSum(tally.annualPlan, tally.planUnknown, tally.count);
      return TOTALLED.has(field) ? tally[field as keyof RegisterTally] : null;
    }
    const project = projectOf(p);
    return project ? ((project as unknown as Record<string, number | null>)[field] ?? null) : null;
  };
}

function amountColumn(colId: string, headerName: string, money: Money, width: number, editable: boolean): Col {
  return {
    colId,
    headerName,
    width,
    type: 'rightAligned',
    // Keep the right alignment the column type gives; a plain cellClass would replace it.
    cellClass: (p) => ['ag-right-aligned-cell', 'cell-amount', ...(p.data?.kind !== 'group' && p.value === null ? ['amount-unknown'] : [])],
    valueGetter: amountGetter(colId),
    // A project's unknown amount reads 未填, never a blank that could pass for 0.
    valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) =>
      typeof p.value === 'number' ? money.sum(p.value)
        : p.data?.kind === 'project' || (p.data?.kind === 'total' && TOTALLED.has(colId) && p.data.tally.count > 0) ? money.amount(null) : '',
    // People type the amount into the number filter as they read it, in the display unit.
    filter: 'agNumberColumnFilter',
    filterValueGetter: (p) => {
      const value = amountGetter(colId)(p as ValueGetterParams<GridRow>);
      return value === null ? null : yuanToUnitNumber(value, money.display.unit);
    },
    editable: editable ? (p) => p.data?.kind === 'project' : false,
    cellEditor: AmountEditor,
    cellEditorParams: { display: money.display, unitLabel: money.unit },
  };
}

function dateComparator(filterDate: Date, cell: string | null): number {
  if (!cell) return -1;
  const iso = `${filterDate.getFullYear()}-${String(filterDate.getMonth() + 1).padStart(2, '0')}-${String(filterDate.getDate()).padStart(2, '0')}`;
  return cell < iso ? -1 : cell > iso ? 1 : 0;
}

function fieldColumn(spec: FieldSpec, t: TFunction, money: Money, lists: CodeLists): Col {
  const en = money.en;
  const label = projectFieldLabel(spec.field, en);
  const field = spec.field;
  if (spec.kind === 'amount' || spec.kind === 'optionalAmount') {
    return { ...amountColumn(field, `${label}${t('workbench:unitSuffix', { unit: money.unit })}`, money, spec.width, true), hide: !spec.shown };
  }
  const base: Col = {
    colId: field,
    headerName: label,
    width: spec.width,
    hide: !spec.shown,
    tooltipValueGetter: (p) => (p.data?.kind === 'project' && typeof p.valueFormatted === 'string' && p.valueFormatted.length > 8 ? p.valueFormatted : undefined),
    valueGetter: (p) => {
      const project = projectOf(p);
      if (!project) return null;
      const value = project[field];
      return Array.isArray(value) ? tagsText(value, en) : value;
    },
    getQuickFilterText: SEARCHED.has(field) ? (p) => String(p.value ?? '') : () => '',
    editable: (p) => p.data?.kind === 'project',
  };
  switch (spec.kind) {
    case 'code':
      return { ...base, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: ['', ...lists[spec.list ?? 'chain']] } };
    case 'stage':
      return { ...base, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: ['', ...MANUAL_STAGES] }, valueFormatter: (p) => (p.value ? stageText(p.value as Stage, en) : '') };
    case 'date':
      return { ...base, cellClass: 'cell-date', filter: 'agDateColumnFilter', filterParams: { comparator: dateComparator } };
    case 'number':
      return { ...base, type: 'rightAligned', filter: 'agNumberColumnFilter' };
    case 'longText':
      return { ...base, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 2000, rows: 6, cols: 48 } };
    default:
      return { ...base, cellEditor: 'agTextCellEditor' };
  }
}

export function registerColumns(t: TFunction, money: Money, ytdMonth: number, lists: CodeLists): Col[] {
  const en = money.en;
  const fields = new Map(REGISTER_FIELDS.map((spec) => [spec.field, fieldColumn(spec, t, money, lists)]));
  const take = (name: string): Col => {
    const col = fields.get(name as FieldSpec['field']);
    if (!col) throw new Error(`no register column ${name}`);
    fields.delete(name as FieldSpec['field']);
    return col;
  };
  const code = take('code');
  const name = take('name');
  const computed: Col[] = [
    amountColumn('completedYtd', t('workbench:col.completedYtd', { span: monthSpan(ytdMonth, en), unit: money.unit }), money, 164, false),
    {
      colId: 'stage', headerName: t('register.col.stage'), width: 84,
      valueGetter: (p) => projectOf(p)?.stage ?? null, cellRenderer: StageCell, getQuickFilterText: () => '',
    },
    {
      colId: 'light', headerName: t('register.col.light'), width: 168,
      valueGetter: (p) => { const l = projectOf(p)?.light; return l ? lightLabel(l, en) : null; },
      tooltipValueGetter: (p) => { const l = projectOf(p)?.light; return l ? lightReason(l, en) : ''; },
      comparator: (_a, _b, a, b) => (projectOf(a)?.light ? LIGHT_ORDER[projectOf(a)!.light.color] : 9) - (projectOf(b)?.light ? LIGHT_ORDER[projectOf(b)!.light.color] : 9),
      cellRenderer: LightCell, getQuickFilterText: () => '',
    },
    {
      colId: 'currentNode', headerName: t('register.col.currentNode'), width: 104,
      valueGetter: (p) => projectOf(p)?.currentNode ?? null,
      valueFormatter: (p) => (p.value ? currentNodeText(p.value, en) : p.data?.kind === 'project' ? t('register.noCurrentNode') : ''),
      getQuickFilterText: () => '',
    },
    {
      colId: 'nextNode', headerName: t('workbench:col.nextNode'), width: 150, hide: true,
      valueGetter: (p) => {
        const next = projectOf(p)?.nextNode;
        return next ? `${next.name}${next.plannedEnd ? ` ${next.plannedEnd}` : ''}` : null;
      },
      getQuickFilterText: () => '',
    },
  ];
  return [
    {
      colId: 'open', headerName: '', width: 34, pinned: 'left', lockPinned: true, sortable: false, filter: false, resizable: false,
      suppressMovable: true, cellRenderer: OpenCell, getQuickFilterText: () => '', suppressNavigable: true,
    },
    {
      ...code, pinned: 'left', cellClass: 'cell-code',
      valueGetter: (p) => (p.data?.kind === 'total' ? t('register.totalLabel') : (projectOf(p)?.code ?? null)),
    },
    {
      ...name, pinned: 'left', cellClass: 'cell-name',
      valueGetter: (p) => (p.data?.kind === 'total' ? t('register.totalCount', { count: p.data.tally.count }) : (projectOf(p)?.name ?? null)),
      tooltipValueGetter: (p) => projectOf(p)?.name,
    },
    // 阶段 and 灯 first after the name: at 1366×768 they show without scrolling sideways.
    computed[1]!, computed[2]!, take('chain'), take('area'), take('level'),
    take('totalInvestment'), take('annualPlan'), computed[0]!, take('company'), take('cumulativeCompleted'),
    computed[3]!, take('ownerUnit'), computed[4]!,
    ...fields.values(),
  ];
}

export const defaultColumn: ColDef<GridRow> = {
  cellClassRules: {
    'cell-refused': (p) => {
      const refused = (p.context as { refused?: { rowId: string; colId: string } | null } | undefined)?.refused;
      return !!refused && refused.rowId === p.node.id && refused.colId === p.colDef.colId;
    },
  },
  sortable: true,
  resizable: true,
  filter: 'agTextColumnFilter',
  minWidth: 60,
};
