/**
 * Guards for text going into spreadsheets. A cell whose text starts with a formula trigger would,
 * once a user presses F2+Enter in Excel or opens a CSV, run as a formula (CSV injection):
 * `=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`. Excel and WPS also accept the full-width forms.
 */

/** The characters that make Excel, WPS or LibreOffice read a cell as a formula. */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

/** Whether the text would be read as a formula if typed or opened from CSV. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]!);
}

/**
 * Apostrophes then a trigger: text that reads back as guarded. Guarding it too (one more apostrophe)
 * keeps the guard reversible: an import takes exactly one apostrophe off `csvSafeText`'s output.
 */
function looksGuarded(text: string): boolean {
  return startsLikeFormula(text.replace(/^'+/, ''));
}

/** Text for a CSV field: a leading apostrophe keeps a formula-like value as literal text. */
export function csvSafeText(text: string): string {
  return looksGuarded(text) ? `'${text}` : text;
}

/**
 * The inverse of `csvSafeText`, for a CSV read back in: the one apostrophe the guard adds comes
 * off; an apostrophe the text really starts with ("'98 招商") is kept.
 */
export function unguardCsvText(text: string): string {
  return text.startsWith("'") && looksGuarded(text.slice(1)) ? text.slice(1) : text;
}

/** An address that may become a clickable link: http(s) only, never javascript:, file: or UNC paths. */
export function isSafeHyperlink(text: string): boolean {
  return /^https?:\/\/[^\s"<>]+$/i.test(text.trim());
}
