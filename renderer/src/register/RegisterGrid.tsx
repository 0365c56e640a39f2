/**
 * The register grid: AG Grid Community with every field as a column, inline edits checked before
 * and by the service, the quick search, column filters, a pinned 合计 row that follows them, and
 * the grouped view with folding subtotal rows (see grouping.ts, groupCells.tsx).
 */
import {
  AllCommunityModule, ModuleRegistry,
  type CellEditRequestEvent, type GetRowIdParams, type GridApi, type GridReadyEvent, type IRowNode, type PostSortRowsParams,
  type RowClassParams, type RowSelectionOptions, type SelectionColumnDef,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money } from '../common/money';
import type { CodeLists, LightColor, ProjectRow } from '../../../shared/domain/types';
import { currentLanguage } from '../i18n';
import { CellRefusal } from './CellRefusal';
import { withChecklistFilters } from './checklistColumns';
import { withEnglishColumns } from './englishColumns';
import { defaultColumn, registerColumns } from './columns';
import { gridLocaleText } from './gridLocale';
import { registerTheme } from './gridTheme';
import { withGroupCells, type GroupRowContext } from './groupCells';
import { groupRows, GroupState, type GroupDimension } from './grouping';
import { addToTally, EMPTY_TALLY, rowId, type GridRow, type RegisterTally } from './registerRow';
import { useCellEdit } from './useCellEdit';
import { useGridRange } from './useGridRange';
import { usePasteCells } from './usePasteCells';
import { useRangeEdits } from './useRangeEdits';
import { PasteReport } from './PasteReport';
import { editableRowsOnly } from '../team/gridEditable';
import './excel.css';

ModuleRegistry.registerModules([AllCommunityModule]);

interface Props {
  projects: ProjectRow[];
  money: Money;
  ytdMonth: number;
  lists: CodeLists;
  quickFilter: string;
  groupBy: GroupDimension | null;
  /** Only projects of these lights, when set (the red/yellow counters and 本月预警). */
  lights: LightColor[] | null;
  onTally: (tally: RegisterTally) => void;
  onSelection: (ids: number[]) => void;
  onSaved: (row: ProjectRow) => void;
  onReady: (api: GridApi<GridRow>) => void;
  /** Column layout, sort or filters changed by the user: time to remember the view. */
  onLayout: () => void;
  /** A closed month's frozen rows: no cell opens for editing. */
  readOnly?: boolean;
  /** 团队版 填报: only these rows' cells open for editing (their own area's projects). */
  rowEditable?: ((project: ProjectRow) => boolean) | undefined;
  /** Several rows saved at once (a paste): put in place in one go, not one re-render per row. */
  onSavedRows?: (rows: ProjectRow[]) => void;
  /** A short notice (copied, pasted, why a paste failed). */
  notify?: (text: string, tone?: 'info' | 'error') => void;
  /** Only the first rows are in: no 合计 row until the whole register is (it would be theirs, not the register's). */
  partial?: boolean;
  /** The first rows are drawn (AG Grid's firstDataRendered). */
  onFirstRows?: (() => void) | undefined;
}

function sameTally(a: RegisterTally, b: RegisterTally): boolean {
  return (Object.keys(a) as Array<keyof RegisterTally>).every((k) => a[k] === b[k]);
}

const getRowId = (p: GetRowIdParams<GridRow>) => rowId(p.data);
const getRowClass = (p: RowClassParams<GridRow>) => (p.node.rowPinned ? 'row-total' : p.data?.kind === 'group' ? 'row-group' : undefined);
const ROW_SELECTION: RowSelectionOptions<GridRow> = {
  mode: 'multiRow',
  checkboxes: (p) => p.data?.kind === 'project',
  headerCheckbox: true,
  // The header box selects what the filters show, never hidden rows (归档 acts on the selection).
  selectAll: 'filtered',
  isRowSelectable: (node) => node.data?.kind === 'project',
  enableClickSelection: false,
};
const SELECTION_COLUMN: SelectionColumnDef = { pinned: 'left', width: 40, suppressHeaderMenuButton: true };

/** One wrapper per project object, so an unchanged project keeps its row object (and its DOM). */
const wrappers = new WeakMap<ProjectRow, GridRow>();
function wrap(p: ProjectRow): GridRow {
  let row = wrappers.get(p);
  if (!row) wrappers.set(p, (row = { kind: 'project', p }));
  return row;
}

export function RegisterGrid(props: Props) {
  const { projects, money, ytdMonth, lists, quickFilter, groupBy, lights, onTally, onSelection, onSaved, onReady, onLayout, partial = false } = props;
  const { t } = useTranslation();
  const language = currentLanguage();
  const readOnly = props.readOnly ?? false;
  const rowEditable = props.rowEditable;
  const columns = useMemo(() => {
    const all = withEnglishColumns(withGroupCells(withChecklistFilters(registerColumns(t, money, ytdMonth, lists), lists)), money.en);
    return readOnly ? all.map((c) => ({ ...c, editable: false })) : rowEditable ? editableRowsOnly(all, rowEditable) : all;
  }, [t, money, ytdMonth, lists, readOnly, rowEditable]);
  const localeText = useMemo(() => gridLocaleText(language), [language]);
  const [tally, setTally] = useState<RegisterTally>(EMPTY_TALLY);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const groups = useRef(new GroupState()).current;
  groups.by = groupBy;
  const context = useMemo<GroupRowContext>(() => ({ groups, money, ytdMonth, refused: null }), [groups, money, ytdMonth]);
  const lightsRef = useRef(lights);
  lightsRef.current = lights;
  const unit = money.display.unit;
  const edit = useCellEdit(unit, onSaved);
  // Excel habits: a cell range, Ctrl+C as TSV, Ctrl+V of a block (useGridRange, usePasteCells).
  const notifyRef = useRef(props.notify);
  notifyRef.current = props.notify;
  const notify = useCallback((text: string, tone?: 'info' | 'error') => notifyRef.current?.(text, tone), []);
  const range = useGridRange({ unit, container, notify });
  const savedRowsRef = useRef(props.onSavedRows);
  savedRowsRef.current = props.onSavedRows;
  const onSavedRows = useCallback((rows: ProjectRow[]) => (savedRowsRef.current ? savedRowsRef.current(rows) : rows.forEach(onSaved)), [onSaved]);
  const pasting = usePasteCells({ unit, readOnly, container, range, onSavedRows, notify });
  const rangeEdits = useRangeEdits({ unit, readOnly, container, range, writer: pasting, notify });
  const onKeyDownCapture = useCallback((e: ReactKeyboardEvent<HTMLDivElement>) => {
    range.onKeyDownCapture(e);
    if (!e.isPropagationStopped()) rangeEdits.onKeyDownCapture(e);
  }, [range, rangeEdits]);
  const colDefaults = useMemo(() => ({
    ...defaultColumn,
    cellClassRules: { ...defaultColumn.cellClassRules, ...range.classRules, 'cell-paste-refused': pasting.isRefused },
  }), [range.classRules, pasting.isRefused]);
  const apiForMarks = useRef<GridApi<GridRow> | null>(null);
  useEffect(() => {
    const previous = context.refused;
    context.refused = edit.refusal ? { rowId: edit.refusal.rowId, colId: edit.refusal.colId } : null;
    const rows = [previous?.rowId, context.refused?.rowId].flatMap((id) => (id ? [apiForMarks.current?.getRowNode(id)] : []));
    apiForMarks.current?.refreshCells({ force: true, rowNodes: rows.filter((n): n is IRowNode<GridRow> => !!n) });
  }, [edit.refusal, context]);

  const rowData = useMemo(() => [...groupRows(projects, groupBy), ...projects.map(wrap)], [projects, groupBy]);

  const recount = useCallback((api: GridApi<GridRow>) => {
    let next = EMPTY_TALLY;
    api.forEachNodeAfterFilter((node) => {
      if (node.data?.kind === 'project') next = addToTally(next, node.data.p);
    });
    setTally((old) => (sameTally(old, next) ? old : next));
    onTally(next);
  }, [onTally]);

  const pinned = useMemo<GridRow[]>(() => (partial ? [] : [{ kind: 'total', tally }]), [tally, partial]);
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const lightKey = lights?.join(',') ?? '';
  const lastLightKey = useRef(lightKey);
  if (lastLightKey.current !== lightKey && apiRef.current) {
    lastLightKey.current = lightKey;
    const api = apiRef.current;
    queueMicrotask(() => api.onFilterChanged());
  }

  // Stable callbacks: AG Grid treats a new function as a changed option and redraws.
  const latest = useRef({ onSelection, onLayout, recount, edit: edit.onCellEditRequest });
  latest.current = { onSelection, onLayout, recount, edit: edit.onCellEditRequest };
  const handlers = useMemo(() => ({
    postSortRows: (p: PostSortRowsParams<GridRow>) => groups.arrange(p.nodes, p.api),
    isExternalFilterPresent: () => !!lightsRef.current?.length,
    doesExternalFilterPass: (node: IRowNode<GridRow>) => node.data?.kind !== 'project' || !!lightsRef.current?.includes(node.data.p.light.color),
    onSelectionChanged: (e: { api: GridApi<GridRow> }) =>
      latest.current.onSelection(e.api.getSelectedRows().flatMap((r) => (r.kind === 'project' ? [r.p.id] : []))),
    onCellEditRequest: (e: CellEditRequestEvent<GridRow>) => void latest.current.edit(e),
    onRowDataUpdated: (e: { api: GridApi<GridRow> }) => latest.current.recount(e.api),
    onFilterChanged: (e: { api: GridApi<GridRow> }) => { latest.current.recount(e.api); latest.current.onLayout(); },
    onColumnMoved: (e: { finished: boolean }) => { if (e.finished) latest.current.onLayout(); },
    onColumnResized: (e: { finished: boolean; source: string }) => { if (e.finished && e.source === 'uiColumnResized') latest.current.onLayout(); },
  }), [groups]);

  const ready = useCallback((e: GridReadyEvent<GridRow>) => {
    apiRef.current = e.api;
    apiForMarks.current = e.api;
    range.apiRef.current = e.api;
    onReady(e.api);
  }, [onReady, range.apiRef]);

  return (
    <div className="register-grid" ref={setContainer} onKeyDown={(e) => { if (e.key === 'Escape') { edit.dismiss(); pasting.dismiss(); } }}
      onKeyDownCapture={onKeyDownCapture} onMouseDownCapture={range.onMouseDownCapture}>
      <AgGridReact<GridRow>
        key={`${language}-${money.display.unit}-${money.display.decimals}`}
        theme={registerTheme}
        rowData={rowData}
        columnDefs={columns}
        defaultColDef={colDefaults}
        localeText={localeText}
        context={context}
        quickFilterText={quickFilter}
        includeHiddenColumnsInQuickFilter
        pinnedBottomRowData={pinned}
        getRowId={getRowId}
        getRowClass={getRowClass}
        postSortRows={handlers.postSortRows}
        isExternalFilterPresent={handlers.isExternalFilterPresent}
        doesExternalFilterPass={handlers.doesExternalFilterPass}
        rowSelection={ROW_SELECTION}
        selectionColumnDef={SELECTION_COLUMN}
        onSelectionChanged={handlers.onSelectionChanged}
        readOnlyEdit
        onCellEditRequest={handlers.onCellEditRequest}
        onCellEditingStarted={edit.dismiss}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        onGridReady={ready}
        onFirstDataRendered={props.onFirstRows}
        onCellMouseDown={range.onCellMouseDown}
        onCellMouseOver={range.onCellMouseOver}
        onCellFocused={range.onCellFocused}
        onRowDataUpdated={handlers.onRowDataUpdated}
        onFilterChanged={handlers.onFilterChanged}
        onSortChanged={onLayout}
        onColumnMoved={handlers.onColumnMoved}
        onColumnResized={handlers.onColumnResized}
        onColumnVisible={onLayout}
        onColumnPinned={onLayout}
        tooltipShowDelay={400}
        enableCellTextSelection
        // About twenty columns: drawing them all keeps headers and cells findable and costs little.
        suppressColumnVirtualisation
        // Rows move at once, as in a spreadsheet; animating thousands of rows only slows the view.
        animateRows={false}
        suppressCellFocus={false}
      />
      <CellRefusal refusal={edit.refusal} container={container} onDismiss={edit.dismiss} />
      <PasteReport report={pasting.report} container={container} onDismiss={pasting.dismiss} />
    </div>
  );
}
