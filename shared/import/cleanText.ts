/**
 * Characters no one typed: NUL and other control characters (binary junk, a file read in the wrong
 * format, Excel's _x0000_ escapes), and invisible format marks (zero-width space, a BOM inside a
 * cell). Left in, they make "GX-001" and "GX-001\0" two codes that look the same, so a later import
 * of the clean code adds a look-alike duplicate. Tab and line breaks are text, except in a code.
 */

/** C0 controls but tab, CR, LF; DEL and the C1 range; zero-width and BOM marks; non-characters. */
function invisible(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)
    || (code >= 0x7f && code <= 0x9f)
    || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xfffe || code === 0xffff;
}
const isLineControl = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d;

export interface CleanedText {
  text: string;
  /** How many characters were taken out. */
  removed: number;
}

export function cleanCellText(text: string, singleToken = false): CleanedText {
  const drop = (code: number) => invisible(code) || (singleToken && isLineControl(code));
  // Almost every cell is clean: checked first, so it is not copied a character at a time (which
  // showed in the profile of a 30,000-row import).
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (drop(text.charCodeAt(i))) {
      first = i;
      break;
    }
  }
  if (first < 0) return { text, removed: 0 };
  let clean = text.slice(0, first);
  let removed = 0;
  for (let i = first; i < text.length; i++) {
    if (drop(text.charCodeAt(i))) removed++;
    else clean += text[i];
  }
  return { text: clean, removed };
}
