/**
 * Ctrl+V of a block copied in Excel or WPS (or in the register): it lands from the range's top-left
 * cell, one clipboard cell per grid cell (one value onto a range fills it). Group headings are
 * passed over. Every cell is read as an inline edit reads it (amounts in the screen unit, dates as
 * 2026-03-01, 2026/3/1 or 2026年3月1日, code-list values), computed columns refused; the service
 * checks and saves the rest in one transaction as one edit, so one Ctrl+Z takes the paste back.
 * Refused cells are marked in place, with the reason.
 */
import type { CellClassParams, Column, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api as call, DATA_CHANGED } from '../api/client';
import { errorText } from '../common/errorText';
import type { PastedCell } from '../../../shared/api/edits';
import type { MoneyUnit } from '../../../shared/domain/money';
import type { ProjectRow } from '../../../shared/domain/types';
import { PROJECT_FIELD_LABELS } from '../../../shared/domain/fields';
import { parseTsv } from './clipboardTsv';
import { fieldSpec } from './fields';
import { boundsOf, planPaste, single, extendTo, type CellRange } from './rangeSelection';
import { projectRowId, type GridRow } from './registerRow';
import { valueFromInput } from './useCellEdit';
import { gridHasCellFocus, rangeColumns, type useGridRange } from './useGridRange';
import './excelStrings';
import './rangeEditStrings';

export interface PasteRefusal {
  rowId: string;
  colId: string;
  /** "T-002 乙项目 · 区域" */
  where: string;
  message: string;
  messageEn: string;
}

/** What wrote the cells: it names the notice ("已粘贴 5 个单元格", "已清除 …", "已向下填充 …"). */
export type WriteKind = 'paste' | 'clear' | 'cut' | 'fill';

const DONE: Record<WriteKind, string> = { paste: 'pasted', clear: 'cleared', cut: 'cut', fill: 'filled' };

/** One cell to write and the text that goes into it. */
export interface CellWrite {
  node: IRowNode<GridRow>;
  column: Column;
  text: string;
}

export interface PasteReport {
  kind: WriteKind;
  saved: number;
  refused: PasteRefusal[];
  outside: number;
}

interface Options {
  unit: MoneyUnit;
  readOnly: boolean;
  container: HTMLElement | null;
  range: ReturnType<typeof useGridRange>;
  onSavedRows: (rows: ProjectRow[]) => void;
  notify: (text: string, tone?: 'info' | 'error') => void;
}

function key(rowId: string, colId: string): string {
  return `${rowId}|${colId}`;
}

export function usePasteCells({ unit, readOnly, container, range, onSavedRows, notify }: Options) {
  const { t, i18n } = useTranslation('excel');
  const [report, setReport] = useState<PasteReport | null>(null);
  const marked = useRef(new Set<string>());
  const busy = useRef(false);

  const mark = useCallback((next: PasteReport | null) => {
    marked.current = new Set(next?.refused.map((r) => key(r.rowId, r.colId)) ?? []);
    setReport(next);
    range.apiRef.current?.refreshCells();
  }, [range.apiRef]);

  const isRefused = useCallback((p: CellClassParams<GridRow>) => marked.current.size > 0 && !!p.node.id && marked.current.has(key(p.node.id, p.column.getColId())), []);

  /**
   * Saves cells given as text (each read as an inline edit reads it) through projects.pasteCells:
   * one transaction, one edit for Ctrl+Z. Refused cells are marked and listed; `select` becomes the
   * range afterwards. Paste, Delete, Ctrl+X and Ctrl+D all write this way (useRangeEdits.ts).
   */
  const write = useCallback(async (writes: CellWrite[], kind: WriteKind, options: { outside?: number; select?: CellRange | null } = {}) => {
    const api = range.apiRef.current;
    if (!api || busy.current) return;
    if (readOnly) { notify(t(kind === 'paste' ? 'closedMonth' : 'closedMonthEdit'), 'error'); return; }
    const outsideCount = options.outside ?? 0;
    const refused: PasteRefusal[] = [];
    const cells: PastedCell[] = [];
    const targets = new Map<string, { node: IRowNode<GridRow>; p: ProjectRow }>();
    for (const { node, column, text } of writes) {
      if (node.data?.kind !== 'project') continue;
      const p = node.data.p;
      const colId = column.getColId();
      const spec = fieldSpec(colId);
      const header = column.getColDef().headerName ?? colId;
      const place = { rowId: node.id ?? projectRowId(p.id), colId, where: `${p.code} ${p.name} · ${header}` };
      targets.set(key(place.rowId, colId), { node, p });
      if (!spec || !column.isCellEditable(node)) {
        refused.push({ ...place, message: t('readOnlyColumn', { column: header, lng: 'zh' }), messageEn: t('readOnlyColumn', { column: header, lng: 'en' }) });
        continue;
      }
      const parsed = valueFromInput(spec, text, unit);
      if (!parsed.ok) {
        const label = PROJECT_FIELD_LABELS[spec.field];
        refused.push({ ...place, message: `${label.zh}：${parsed.message}`, messageEn: `${label.en}: ${parsed.messageEn}` });
        continue;
      }
      cells.push({ id: p.id, version: p.version, field: spec.field, value: parsed.value });
    }
    busy.current = true;
    try {
      let saved = 0;
      if (cells.length > 0) {
        const result = await call('projects.pasteCells', { cells });
        saved = result.saved;
        for (const r of result.refused) {
          const rowId = projectRowId(r.id);
          const hit = targets.get(key(rowId, r.field));
          const header = hit ? (api.getColumn(r.field)?.getColDef().headerName ?? r.field) : r.field;
          refused.push({ rowId, colId: r.field, where: hit ? `${hit.p.code} ${hit.p.name} · ${header}` : header, message: r.message, messageEn: r.messageEn });
        }
        if (result.rows.length > 0) onSavedRows(result.rows);
      }
      if (options.select) range.setRange(options.select);
      const outside = outsideCount ? t('outside', { count: outsideCount }) : '';
      if (refused.length > 0) {
        mark({ kind, saved, refused, outside: outsideCount });
      } else {
        mark(null);
        notify((saved > 0 ? t(DONE[kind], { count: saved }) : t('pastedNone')) + outside + (saved > 0 ? ` · ${t('undoHint')}` : ''));
      }
    } catch (err) {
      notify(errorText(err, i18n.resolvedLanguage === 'en'), 'error');
    } finally {
      busy.current = false;
    }
  }, [range, readOnly, unit, onSavedRows, notify, mark, t, i18n]);

  const paste = useCallback(async (text: string) => {
    const api = range.apiRef.current;
    const where = range.current();
    if (!api || !where || busy.current) return;
    if (readOnly) { notify(t('closedMonth'), 'error'); return; }
    const clip = parseTsv(text);
    if (clip.length === 0) return;
    // The rows a paste can land in: the shown projects from the range's first row on.
    const b = boundsOf(where.range);
    const rows: IRowNode<GridRow>[] = [];
    let height = 0;
    for (let i = b.top, n = api.getDisplayedRowCount(); i < n; i += 1) {
      const node = api.getDisplayedRowAtIndex(i);
      if (node?.data?.kind !== 'project') continue;
      rows.push(node);
      if (i <= b.bottom) height += 1;
    }
    const columns = rangeColumns(api);
    const plan = planPaste(clip, { anchor: { row: 0, col: b.left }, focus: { row: Math.max(0, height - 1), col: b.right } }, rows.length, columns.length);
    // As in Excel, the pasted block is the range afterwards (Ctrl+C copies it again).
    const first = plan.targets[0];
    const last = plan.targets[plan.targets.length - 1];
    const top = first ? rows[first.row]?.rowIndex : null;
    const bottom = last ? rows[last.row]?.rowIndex : null;
    const select = first && last && typeof top === 'number' && typeof bottom === 'number' ? extendTo(single({ row: top, col: first.col }), { row: bottom, col: last.col }) : null;
    await write(plan.targets.map((target) => ({ node: rows[target.row]!, column: columns[target.col]!, text: target.text })), 'paste', { outside: plan.outside, select });
  }, [range, readOnly, notify, t, write]);

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const api = range.apiRef.current;
      if (!api || !e.clipboardData || !gridHasCellFocus(container, api)) return;
      e.preventDefault();
      void paste(e.clipboardData.getData('text/plain'));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [container, range.apiRef, paste]);

  // An undo or redo changes what was pasted: the refusals no longer describe the grid.
  useEffect(() => {
    const onChanged = (e: Event) => {
      const method = (e as CustomEvent<{ method: string }>).detail?.method;
      if ((method === 'edits.undo' || method === 'edits.redo') && marked.current.size > 0) mark(null);
    };
    window.addEventListener(DATA_CHANGED, onChanged);
    return () => window.removeEventListener(DATA_CHANGED, onChanged);
  }, [mark]);

  return { report, dismiss: useCallback(() => mark(null), [mark]), isRefused, paste, write };
}
