/**
 * A spreadsheet's range selection on AG Grid Community (its own range selection is Enterprise):
 * click sets the anchor, shift+click, shift+arrows (ctrl+shift+arrows to the edge) and a mouse drag
 * move the corner, Ctrl+A takes every shown cell. The range is drawn with a cell class; Ctrl+C puts
 * it on the clipboard as TSV (see cellText.ts for what each cell gives). Paste goes through
 * usePasteCells.ts from the same range.
 */
import type {
  CellClassParams, CellFocusedEvent, CellMouseDownEvent, CellMouseOverEvent, Column, ColDef, GridApi, IRowNode,
} from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayUnit } from '../../../shared/domain/money';
import { cellText } from './cellText';
import { toTsv } from './clipboardTsv';
import { boundsOf, everything, extendTo, isSingle, moveFocus, single, type CellPos, type CellRange } from './rangeSelection';
import type { GridRow } from './registerRow';
import './excelStrings';

const SELECTION_COLUMN = 'ag-Grid-SelectionColumn';
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** The columns a range runs over: shown ones a cursor can reach (not the row checkbox or the open button). */
export function rangeColumns(api: GridApi<GridRow>): Column[] {
  return api.getAllDisplayedColumns().filter((c) => c.getColId() !== SELECTION_COLUMN && !c.getColDef().suppressNavigable);
}

/** Focus inside the grid on a cell, not in an editor, a filter box or the header menu. */
export function gridHasCellFocus(container: HTMLElement | null, api: GridApi<GridRow> | null): boolean {
  const active = document.activeElement;
  if (!container || !api || !active || !container.contains(active)) return false;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return false;
  if (active instanceof HTMLElement && active.isContentEditable) return false;
  return api.getEditingCells().length === 0 && !!active.closest('.ag-cell, .ag-row, .ag-body');
}

export interface GridRangeOptions {
  unit: DisplayUnit;
  container: HTMLElement | null;
  notify: (text: string) => void;
}

export function useGridRange({ unit, container, notify }: GridRangeOptions) {
  const { t } = useTranslation('excel');
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const range = useRef<CellRange | null>(null);
  /** The range as drawn: its rows and the ids of its columns (a multi-cell range only). */
  const drawn = useRef<{ top: number; bottom: number; cols: Set<string> } | null>(null);
  const dragging = useRef(false);

  const draw = useCallback(() => {
    const api = apiRef.current;
    const r = range.current;
    if (!api) return;
    if (!r || isSingle(r)) {
      drawn.current = null;
    } else {
      const b = boundsOf(r);
      drawn.current = { top: b.top, bottom: b.bottom, cols: new Set(rangeColumns(api).slice(b.left, b.right + 1).map((c) => c.getColId())) };
    }
    // Without force, AG Grid re-applies class rules to the drawn cells and redraws nothing else.
    api.refreshCells();
  }, []);

  const setRange = useCallback((next: CellRange | null) => {
    range.current = next;
    draw();
  }, [draw]);

  const posOf = useCallback((rowIndex: number | null | undefined, column: Column | string | null | undefined): CellPos | null => {
    const api = apiRef.current;
    if (!api || rowIndex === null || rowIndex === undefined || !column) return null;
    const colId = typeof column === 'string' ? column : column.getColId();
    const col = rangeColumns(api).findIndex((c) => c.getColId() === colId);
    return col < 0 ? null : { row: rowIndex, col };
  }, []);

  const inRange = useCallback((p: CellClassParams<GridRow>) => {
    const d = drawn.current;
    const index = p.node.rowIndex;
    return !!d && !p.node.rowPinned && index !== null && index >= d.top && index <= d.bottom && d.cols.has(p.column.getColId());
  }, []);

  const onCellMouseDown = useCallback((e: CellMouseDownEvent<GridRow>) => {
    const mouse = e.event as MouseEvent | null | undefined;
    if (e.node.rowPinned || (mouse && mouse.button !== 0)) return;
    const at = posOf(e.rowIndex, e.column);
    if (!at) return;
    if (mouse?.shiftKey && range.current) {
      setRange(extendTo(range.current, at));
    } else {
      setRange(single(at));
      dragging.current = true;
    }
  }, [posOf, setRange]);

  const onCellMouseOver = useCallback((e: CellMouseOverEvent<GridRow>) => {
    const mouse = e.event as MouseEvent | null | undefined;
    if (!dragging.current || !range.current || e.node.rowPinned) return;
    if (mouse && (mouse.buttons & 1) === 0) {
      dragging.current = false;
      return;
    }
    const at = posOf(e.rowIndex, e.column);
    const f = range.current.focus;
    if (at && (at.row !== f.row || at.col !== f.col)) {
      container?.classList.add('range-dragging');
      // A drag across cells selects cells, not the text in them.
      window.getSelection()?.removeAllRanges();
      setRange(extendTo(range.current, at));
    }
  }, [posOf, setRange, container]);

  useEffect(() => {
    const up = () => {
      dragging.current = false;
      container?.classList.remove('range-dragging');
    };
    document.addEventListener('mouseup', up);
    return () => document.removeEventListener('mouseup', up);
  }, [container]);

  /** The keyboard moved the cursor (no shift): the range is that one cell again. Clicks are the mousedown's. */
  const onCellFocused = useCallback((e: CellFocusedEvent<GridRow>) => {
    if (e.sourceEvent instanceof MouseEvent || e.rowPinned || typeof e.rowIndex !== 'number') return;
    const at = posOf(e.rowIndex, e.column as Column | string | null);
    if (at) setRange(single(at));
  }, [posOf, setRange]);

  /** Shift+arrows and Ctrl+A, taken before AG Grid moves its cursor. */
  const onKeyDownCapture = useCallback((e: ReactKeyboardEvent<HTMLElement>) => {
    const api = apiRef.current;
    if (!api || !gridHasCellFocus(container, api)) return;
    const rows = api.getDisplayedRowCount();
    const cols = rangeColumns(api).length;
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      e.stopPropagation();
      setRange(everything(rows, cols));
      return;
    }
    if (!e.shiftKey || !ARROWS.has(e.key)) return;
    const focused = api.getFocusedCell();
    const start = range.current ?? (focused ? (() => { const at = posOf(focused.rowIndex, focused.column); return at ? single(at) : null; })() : null);
    if (!start) return;
    e.preventDefault();
    e.stopPropagation();
    const next = moveFocus(start, e.key, rows, cols, e.ctrlKey || e.metaKey);
    setRange(next);
    api.ensureIndexVisible(next.focus.row);
    const column = rangeColumns(api)[next.focus.col];
    if (column) api.ensureColumnVisible(column);
  }, [container, posOf, setRange]);

  const onMouseDownCapture = useCallback((e: ReactMouseEvent<HTMLElement>) => {
    // Shift+click extends the range: keep the browser from selecting the text between the clicks.
    if (e.shiftKey && (e.target as HTMLElement).closest('.ag-cell')) e.preventDefault();
  }, []);

  /** The range (or the cursor's cell) as rows of nodes and columns. */
  const current = useCallback((): { nodes: IRowNode<GridRow>[]; columns: Column[]; range: CellRange } | null => {
    const api = apiRef.current;
    if (!api) return null;
    let r = range.current;
    if (!r) {
      const focused = api.getFocusedCell();
      const at = focused && !focused.rowPinned ? posOf(focused.rowIndex, focused.column) : null;
      if (!at) return null;
      r = single(at);
    }
    const b = boundsOf(r);
    const columns = rangeColumns(api).slice(b.left, b.right + 1);
    const nodes: IRowNode<GridRow>[] = [];
    for (let i = b.top; i <= b.bottom; i += 1) {
      const node = api.getDisplayedRowAtIndex(i);
      if (node) nodes.push(node);
    }
    return { nodes, columns, range: r };
  }, [posOf]);

  /** The range as TSV (Ctrl+C, Ctrl+X), with its size. */
  const clipboard = useCallback((): { tsv: string; rows: number; cols: number } | null => {
    const api = apiRef.current;
    const what = current();
    if (!api || !what) return null;
    // Group headings are not data: copied rows are the projects, as Excel copies visible rows.
    const rows = what.nodes.filter((n) => n.data?.kind === 'project').map((n) => what.columns.map((c) => cellText(api, n, c, unit)));
    return rows.length === 0 ? null : { tsv: toTsv(rows), rows: rows.length, cols: what.columns.length };
  }, [current, unit]);

  useEffect(() => {
    const onCopy = (e: ClipboardEvent) => {
      if (!e.clipboardData || !gridHasCellFocus(container, apiRef.current)) return;
      const copied = clipboard();
      if (!copied) return;
      e.clipboardData.setData('text/plain', copied.tsv);
      e.preventDefault();
      notify(t('copied', { count: copied.rows * copied.cols, rows: copied.rows, cols: copied.cols }));
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [container, clipboard, notify, t]);

  const classRules = useMemo<NonNullable<ColDef<GridRow>['cellClassRules']>>(() => ({ 'cell-in-range': inRange }), [inRange]);

  return useMemo(() => ({
    apiRef, range, setRange, current, clipboard, classRules,
    onCellMouseDown, onCellMouseOver, onCellFocused, onKeyDownCapture, onMouseDownCapture,
  }), [setRange, current, clipboard, classRules, onCellMouseDown, onCellMouseOver, onCellFocused, onKeyDownCapture, onMouseDownCapture]);
}
