/**
 * A spreadsheet's cell range on the register grid, in display positions: the anchor (where the
 * selection started: click, or the cell the keyboard sits on) and the focus (the corner shift+click,
 * shift+arrows or a mouse drag moves). Pure, so the grid wiring stays thin and this stays tested.
 */

export interface CellPos {
  /** Displayed row index (the grid's rowIndex). */
  row: number;
  /** Index into the displayed, navigable columns. */
  col: number;
}

export interface CellRange {
  anchor: CellPos;
  focus: CellPos;
}

export interface Bounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function single(at: CellPos): CellRange {
  return { anchor: at, focus: at };
}

export function boundsOf(range: CellRange): Bounds {
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(range.anchor.col, range.focus.col),
    right: Math.max(range.anchor.col, range.focus.col),
  };
}

export function contains(range: CellRange | null, row: number, col: number): boolean {
  if (!range) return false;
  const b = boundsOf(range);
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

export function isSingle(range: CellRange): boolean {
  return range.anchor.row === range.focus.row && range.anchor.col === range.focus.col;
}

export function extendTo(range: CellRange, focus: CellPos): CellRange {
  return { anchor: range.anchor, focus };
}

/** Shift+arrow: the focus moves one cell (or to the edge with Ctrl), kept inside the grid. */
export function moveFocus(range: CellRange, key: string, rows: number, cols: number, toEdge = false): CellRange {
  const f = range.focus;
  const clampRow = (r: number) => Math.max(0, Math.min(rows - 1, r));
  const clampCol = (c: number) => Math.max(0, Math.min(cols - 1, c));
  switch (key) {
    case 'ArrowUp': return extendTo(range, { row: toEdge ? 0 : clampRow(f.row - 1), col: f.col });
    case 'ArrowDown': return extendTo(range, { row: toEdge ? rows - 1 : clampRow(f.row + 1), col: f.col });
    case 'ArrowLeft': return extendTo(range, { row: f.row, col: toEdge ? 0 : clampCol(f.col - 1) });
    case 'ArrowRight': return extendTo(range, { row: f.row, col: toEdge ? cols - 1 : clampCol(f.col + 1) });
    default: return range;
  }
}

export function everything(rows: number, cols: number): CellRange {
  return { anchor: { row: 0, col: 0 }, focus: { row: Math.max(0, rows - 1), col: Math.max(0, cols - 1) } };
}

/** One target cell of a paste and the clipboard text that goes into it. */
export interface PasteTarget {
  /** Position among the rows that take a paste (group headings are passed over). */
  row: number;
  col: number;
  text: string;
}

/**
 * Where a clipboard block goes, from the range's top-left corner: cell for cell, as Excel pastes.
 * One value onto a range fills the range; a block onto a range that is a whole multiple of it is
 * repeated across it (Excel's tiling). Cells falling beyond the last row or column are counted,
 * not pasted.
 */
export function planPaste(clip: readonly (readonly string[])[], range: CellRange, rows: number, cols: number): { targets: PasteTarget[]; outside: number } {
  const b = boundsOf(range);
  const clipRows = clip.length;
  const clipCols = Math.max(0, ...clip.map((r) => r.length));
  if (clipRows === 0 || clipCols === 0) return { targets: [], outside: 0 };
  const height = b.bottom - b.top + 1;
  const width = b.right - b.left + 1;
  const tiles = height % clipRows === 0 && width % clipCols === 0 && (height > clipRows || width > clipCols);
  const spanRows = tiles ? height : clipRows;
  const spanCols = tiles ? width : clipCols;
  const targets: PasteTarget[] = [];
  let outside = 0;
  for (let r = 0; r < spanRows; r += 1) {
    for (let c = 0; c < spanCols; c += 1) {
      const text = clip[r % clipRows]?.[c % clipCols] ?? '';
      const row = b.top + r;
      const col = b.left + c;
      if (row >= rows || col >= cols) outside += 1;
      else targets.push({ row, col, text });
    }
  }
  return { targets, outside };
}
