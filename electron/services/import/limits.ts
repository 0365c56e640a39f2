/** What an import accepts: enough for any district's list, small enough that a bad file cannot stall the app. */

/** 20 MB: a 30,000-row list is about 6 MB as CSV; base64 of 20 MB stays far inside the HTTP body cap. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Rows read from one sheet or CSV (header and notes included). */
export const MAX_ROWS = 50_000;
/** Columns read from one row: a list has some 30; more is a damaged or foreign file. */
export const MAX_COLUMNS = 200;
/** Total unpacked size of an .xlsx, counted as it is inflated (a zip bomb lies about sizes): inflating stops at the cap. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/**
 * Shared strings (distinct texts) in an .xlsx: a full list of 50,000 rows has well under twenty
 * distinct texts per row. Counted while inflating, like the rows, so exceljs never holds more.
 */
export const MAX_SHARED_STRINGS = 1_000_000;
