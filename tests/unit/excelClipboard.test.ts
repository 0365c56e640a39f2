/**
 * The register's Excel habits, pure parts: TSV as Excel and WPS write it (quoted cells with tabs,
 * line breaks and quotes survive), the range model, where a pasted block lands, and which edit
 * Ctrl+Z and Ctrl+Y pick from the history.
 */
import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../renderer/src/register/clipboardTsv';
import { boundsOf, contains, everything, moveFocus, planPaste, single, extendTo } from '../../renderer/src/register/rangeSelection';
import { pickRedo, pickUndo } from '../../electron/services/editStack';
import type { EditHead } from '../../electron/db/queries/editActions';

describe('TSV on the clipboard', () => {
  it('reads what Excel puts there: CRLF rows, a trailing line break, quoted cells with tabs, breaks and quotes', () => {
    const excel = '甲\t"第一行\r\n第二行"\t12.5\r\n乙\t"说 ""好"""\t\r\n"a\tb"\t\t3\r\n';
    expect(parseTsv(excel)).toEqual([
      ['甲', '第一行\r\n第二行', '12.5'],
      ['乙', '说 "好"', ''],
      ['a\tb', '', '3'],
    ]);
  });

  it('keeps a stray quote that does not open a quoted cell as text', () => {
    expect(parseTsv('5"屏\t"半引号\nx')).toEqual([['5"屏', '"半引号'], ['x']]);
  });

  it('round-trips any block through toTsv and parseTsv', () => {
    const block = [['项目', '备注\n两行', 'tab\there'], ['"引号"', '', '1,234.5']];
    expect(parseTsv(toTsv(block))).toEqual(block);
    expect(toTsv(block)).toBe('项目\t"备注\n两行"\t"tab\there"\r\n"""引号"""\t\t1,234.5');
  });

  it('treats an empty clipboard as no cells, and one value as one cell', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('42\r\n')).toEqual([['42']]);
    expect(parseTsv('a\nb\n')).toEqual([['a'], ['b']]);
  });

  it('reads a 30,000-row paste in linear time (a quadratic reader takes minutes here)', () => {
    const big = Array.from({ length: 30_000 }, (_, i) => `P-${i}\t项目${i}\t${i}.5\t2026/3/1`).join('\r\n');
    const started = performance.now();
    const rows = parseTsv(big);
    expect(rows).toHaveLength(30_000);
    expect(rows[29_999]).toEqual(['P-29999', '项目29999', '29999.5', '2026/3/1']);
    // Generous for a busy 2-core machine (about 0.1–0.9 s seen); re-scanning the rest of the text per cell took far longer.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('the cell range', () => {
  it('spans anchor to focus whichever way it was dragged', () => {
    const r = extendTo(single({ row: 5, col: 3 }), { row: 2, col: 1 });
    expect(boundsOf(r)).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
    expect(contains(r, 4, 2)).toBe(true);
    expect(contains(r, 6, 2)).toBe(false);
    expect(everything(10, 4)).toEqual({ anchor: { row: 0, col: 0 }, focus: { row: 9, col: 3 } });
  });

  it('moves the corner with shift+arrows, to the edge with ctrl, never outside the grid', () => {
    let r = single({ row: 0, col: 0 });
    r = moveFocus(r, 'ArrowDown', 10, 4);
    r = moveFocus(r, 'ArrowRight', 10, 4);
    expect(r).toEqual({ anchor: { row: 0, col: 0 }, focus: { row: 1, col: 1 } });
    expect(moveFocus(r, 'ArrowUp', 10, 4, false).focus).toEqual({ row: 0, col: 1 });
    expect(moveFocus(moveFocus(r, 'ArrowUp', 10, 4), 'ArrowUp', 10, 4).focus).toEqual({ row: 0, col: 1 });
    expect(moveFocus(r, 'ArrowDown', 10, 4, true).focus).toEqual({ row: 9, col: 1 });
    expect(moveFocus(r, 'ArrowRight', 10, 4, true).focus).toEqual({ row: 1, col: 3 });
  });
});

describe('where a pasted block lands', () => {
  it('lands cell for cell from the top-left of the range, counting what falls outside', () => {
    const { targets, outside } = planPaste([['a', 'b'], ['c', 'd'], ['e', 'f']], single({ row: 8, col: 2 }), 10, 4);
    expect(targets).toEqual([
      { row: 8, col: 2, text: 'a' }, { row: 8, col: 3, text: 'b' },
      { row: 9, col: 2, text: 'c' }, { row: 9, col: 3, text: 'd' },
    ]);
    expect(outside).toBe(2);
  });

  it('fills a range with one value, and repeats a block over a range that is a whole multiple of it', () => {
    const fill = planPaste([['x']], extendTo(single({ row: 1, col: 1 }), { row: 3, col: 2 }), 10, 4);
    expect(fill.targets.map((t) => `${t.row},${t.col}=${t.text}`)).toEqual(['1,1=x', '1,2=x', '2,1=x', '2,2=x', '3,1=x', '3,2=x']);
    const tile = planPaste([['a'], ['b']], extendTo(single({ row: 0, col: 0 }), { row: 3, col: 0 }), 10, 4);
    expect(tile.targets.map((t) => t.text)).toEqual(['a', 'b', 'a', 'b']);
    // Not a multiple: the block lands once, as Excel does.
    const once = planPaste([['a'], ['b']], extendTo(single({ row: 0, col: 0 }), { row: 2, col: 0 }), 10, 4);
    expect(once.targets.map((t) => t.text)).toEqual(['a', 'b']);
  });
});

describe('which edit Ctrl+Z and Ctrl+Y take', () => {
  const rec = { projectId: 1, what: 'edit' as const, cells: 1, lastChangeId: 0 };
  const head = (id: number, kind: EditHead['kind'], target = 0): EditHead => ({ id, at: '', actor: 'a', kind, target, record: rec });

  it('undoes newest first, skipping what was undone; redoes the last undo until a new edit', () => {
    // E1, E2, undo E2, undo E1 — newest first.
    const heads = [head(4, 'undo', 1), head(3, 'undo', 2), head(2, 'edit'), head(1, 'edit')];
    expect(pickUndo(heads)).toBeUndefined();
    expect(pickRedo(heads)?.id).toBe(4);
    // …then redo (of undo 4): the next redo is undo 3, and Ctrl+Z takes the redo back.
    const after = [head(5, 'redo', 4), ...heads];
    expect(pickRedo(after)?.id).toBe(3);
    expect(pickUndo(after)?.id).toBe(5);
    // A fresh edit empties the redo stack.
    expect(pickRedo([head(6, 'edit'), ...after])).toBeUndefined();
    expect(pickUndo([head(6, 'edit'), ...after])?.id).toBe(6);
  });
});
