/**
 * Delete (or Backspace), Ctrl+X and Ctrl+D on the register's range, as Excel does them:
 * Delete clears the range's editable cells (an amount becomes 未填, never 0), Ctrl+X puts the range
 * on the clipboard and clears it, Ctrl+D fills the range's first row down (a one-row range takes
 * the project above). Computed columns (阶段, 灯, 1–N月完成, 当前节点) in the range are passed over.
 * Each writes through usePasteCells' writer: one transaction, one edit that one Ctrl+Z takes back,
 * refused cells (a 项目名称 left empty, a project saved elsewhere) marked and named.
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayUnit } from '../../../shared/domain/money';
import { cellText } from './cellText';
import { fieldSpec } from './fields';
import { boundsOf } from './rangeSelection';
import type { GridRow } from './registerRow';
import { gridHasCellFocus, type useGridRange } from './useGridRange';
import type { CellWrite, usePasteCells } from './usePasteCells';
import './rangeEditStrings';

interface Options {
  unit: DisplayUnit;
  readOnly: boolean;
  container: HTMLElement | null;
  range: ReturnType<typeof useGridRange>;
  writer: ReturnType<typeof usePasteCells>;
  notify: (text: string, tone?: 'info' | 'error') => void;
}

const isProject = (node: IRowNode<GridRow> | undefined): node is IRowNode<GridRow> => node?.data?.kind === 'project';

/** A cell a user may write: a field (not a computed column) open for editing on this row. */
function writable(node: IRowNode<GridRow>, column: Column): boolean {
  return !!fieldSpec(column.getColId()) && column.isCellEditable(node);
}

/** The nearest project shown above display row `top` (group headings passed over). */
function projectAbove(api: GridApi<GridRow>, top: number): IRowNode<GridRow> | null {
  for (let i = top - 1; i >= 0; i -= 1) {
    const node = api.getDisplayedRowAtIndex(i);
    if (isProject(node)) return node;
  }
  return null;
}

export function useRangeEdits({ unit, readOnly, container, range, writer, notify }: Options) {
  const { t } = useTranslation('excel');

  const clear = useCallback(async (kind: 'clear' | 'cut') => {
    const where = range.current();
    if (!where) return;
    if (readOnly) { notify(t('closedMonthEdit'), 'error'); return; }
    const writes: CellWrite[] = where.nodes.filter(isProject).flatMap((node) => where.columns.filter((c) => writable(node, c)).map((column) => ({ node, column, text: '' })));
    if (writes.length === 0) { notify(t('nothingEditable')); return; }
    await writer.write(writes, kind);
  }, [range, readOnly, writer, notify, t]);

  const fillDown = useCallback(async () => {
    const api = range.apiRef.current;
    const where = range.current();
    if (!api || !where) return;
    if (readOnly) { notify(t('closedMonthEdit'), 'error'); return; }
    const rows = where.nodes.filter(isProject);
    const source = rows.length >= 2 ? rows[0]! : projectAbove(api, boundsOf(where.range).top);
    if (!source) { notify(t('fillNoSource')); return; }
    const targets = rows.length >= 2 ? rows.slice(1) : rows;
    // The source's cells as Ctrl+C gives them (exact amounts, ISO dates), read back as a paste reads them.
    const writes: CellWrite[] = targets.flatMap((node) => where.columns.filter((c) => writable(node, c)).map((column) => ({ node, column, text: cellText(api, source, column, unit) })));
    if (writes.length === 0) { notify(t('nothingEditable')); return; }
    await writer.write(writes, 'fill');
  }, [range, readOnly, writer, unit, notify, t]);

  /** Delete / Backspace and Ctrl+D on a cell (not while typing in an editor), before AG Grid takes them. */
  const onKeyDownCapture = useCallback((e: ReactKeyboardEvent<HTMLElement>) => {
    if (e.altKey || !gridHasCellFocus(container, range.apiRef.current)) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if ((e.key === 'Delete' || e.key === 'Backspace') && !ctrl && !e.shiftKey) {
      e.preventDefault();
      e.stopPropagation();
      void clear('clear');
    } else if (ctrl && !e.shiftKey && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      e.stopPropagation();
      void fillDown();
    }
  }, [container, range.apiRef, clear, fillDown]);

  // Ctrl+X: the browser's cut event, so the clipboard takes the range as Ctrl+C gives it. The
  // listener stays put across renders (the latest state read through a ref).
  const latest = useRef({ range, readOnly, clear, notify, t });
  latest.current = { range, readOnly, clear, notify, t };
  useEffect(() => {
    const onCut = (e: ClipboardEvent) => {
      const now = latest.current;
      if (!e.clipboardData || !gridHasCellFocus(container, now.range.apiRef.current)) return;
      e.preventDefault();
      if (now.readOnly) { now.notify(now.t('closedMonthEdit'), 'error'); return; }
      const copied = now.range.clipboard();
      if (!copied) return;
      e.clipboardData.setData('text/plain', copied.tsv);
      void now.clear('cut');
    };
    document.addEventListener('cut', onCut);
    return () => document.removeEventListener('cut', onCut);
  }, [container]);

  return useMemo(() => ({ onKeyDownCapture, clear, fillDown }), [onKeyDownCapture, clear, fillDown]);
}
