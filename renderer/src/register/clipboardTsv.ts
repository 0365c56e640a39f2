/**
 * The clipboard's text as Excel and WPS write and read it: cells separated by tabs, rows by line
 * breaks, a cell holding a tab, line break or quote wrapped in quotes (inner quotes doubled).
 */

function quoted(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as TSV, with Excel's CRLF line ends. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoted).join('\t')).join('\r\n');
}

/**
 * TSV back into rows of cells. A cell starting with a quote is read as quoted up to its closing
 * quote (which may span line breaks); a stray quote elsewhere is kept as text, as Excel does. The
 * line break Excel puts after the last row does not make an empty row.
 */
/** Where the cell starting at `from` ends: the next tab or line break, or the end. */
function cellEnd(text: string, from: number): number {
  for (let k = from; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 9 || c === 10 || c === 13) return k;
  }
  return text.length;
}

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => { rows.push(row); row = []; };
  while (i <= n) {
    let cell = '';
    if (text[i] === '"') {
      // Quoted: read to the closing quote; a doubled quote is one quote.
      let j = i + 1;
      let closed = false;
      while (j < n) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') { cell += '"'; j += 2; continue; }
          closed = true;
          j += 1;
          break;
        }
        cell += text[j];
        j += 1;
      }
      const next = text[j];
      if (closed && (j >= n || next === '\t' || next === '\r' || next === '\n')) {
        i = j;
      } else {
        // Not a well-formed quoted cell: take the text as it stands up to the next separator.
        const stop = cellEnd(text, i);
        cell = text.slice(i, stop);
        i = stop;
      }
    } else {
      const stop = cellEnd(text, i);
      cell = text.slice(i, stop);
      i = stop;
    }
    row.push(cell);
    if (i >= n) { endRow(); break; }
    if (text[i] === '\t') { i += 1; continue; }
    // A line break: \r\n, \n or \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= n) break;
  }
  // A lone empty cell is the empty clipboard, not one blank cell.
  return rows.length === 1 && rows[0]!.length === 1 && rows[0]![0] === '' ? [] : rows;
}
