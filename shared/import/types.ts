/** What the import wizard, the CLI and the services exchange: plain JSON, money in integer 元. */

import type { MoneyUnit } from '../domain/money';
import type { CodeListName } from '../domain/types';
import type { ReportId } from '../reports/reportIds';
import type { ImportField } from './fields';
import type { TotalMismatch } from './totalCheck';

/** UTF-16 is read only from its BOM (Excel's "Unicode 文本"); the user chooses between the other two. */
export type ImportEncodingChoice = 'utf-8' | 'gb18030';
export type ImportEncoding = ImportEncodingChoice | 'utf-16le' | 'utf-16be';
export type ImportDelimiter = ',' | '\t' | ';' | '|';
export type ImportFormat = 'csv' | 'xlsx';
/** add: new rows only; update: existing rows only; upsert: both. */
export type ImportMode = 'add' | 'update' | 'upsert';
/** How a row finds its project: 项目编号, or 项目名称 + 建设单位. A 24-digit 项目代码 always matches. */
export type MatchKey = 'code' | 'nameCompany';

export type ImportValue = string | number | null;
/** Values read from one row, keyed by field, already in stored form (元, ISO dates). */
export type ImportedValues = Partial<Record<ImportField, ImportValue>>;

export interface RowIssue {
  level: 'error' | 'warning';
  field?: ImportField;
  /** The column's header as the file writes it. */
  column?: string;
  message: string;
  messageEn: string;
}

export interface UnknownCodeValue {
  list: CodeListName;
  value: string;
  /** Rows (1-based) carrying the value. */
  lines: number[];
}

export type RowStatus = 'new' | 'update' | 'unchanged' | 'rejected';

export interface FieldChange {
  field: ImportField;
  /** In words, as the CLI prints it: amounts in 万元, （空） for nothing. */
  before: string;
  after: string;
  /** The values themselves (integer 元 for amounts, null for nothing), for a screen in its own unit and language. */
  beforeValue: string | number | null;
  afterValue: string | number | null;
}

export interface PreviewRow {
  line: number;
  status: RowStatus;
  code: string;
  name: string;
  company: string;
  totalInvestment: number | null;
  projectId: number | null;
  changes: FieldChange[];
  issues: RowIssue[];
}

export interface ColumnInfo {
  index: number;
  header: string;
  /** The unit bare numbers in this column are read in (amount columns only). */
  unit: MoneyUnit | null;
  sample: string[];
}

export interface ImportInspection {
  fileName: string;
  format: ImportFormat;
  sizeBytes: number;
  encoding: ImportEncoding | null;
  delimiter: ImportDelimiter | null;
  sheets: string[];
  sheet: string | null;
  /** One of our own reports, recognised by its mark or title and columns (only the 推进情况表 gets this far). */
  report: ReportId | null;
  headerLines: number[];
  preamble: string[];
  tableUnit: MoneyUnit | null;
  columns: ColumnInfo[];
  /** Suggested by aliases, or the mapping saved for these same headers. */
  mapping: Array<ImportField | null>;
  mappingSaved: boolean;
  dataRows: number;
  skippedRows: Array<{ line: number; kind: 'total' | 'subtotal' | 'note'; text: string }>;
}

export interface ImportTotals {
  rows: number;
  byStatus: Record<RowStatus, number>;
  /** 总投资 of every row that is not rejected, in 元. */
  totalInvestment: number;
  /** Rows (not rejected) whose 总投资 the file does not state readably: 未填, not in the sum. */
  totalUnknown: number;
  /** What the file's own 合计 row states, in 元, when it has one. */
  fileTotal: number | null;
  /** Project rows the file holds (the count to set beside 合计). */
  fileRows: number;
  /** 总投资 of every project row of the file, whatever its status: what its 合计 should state, in 元. */
  rowsTotal: number;
  /** The rows disagree with the file's own 合计: importing needs the user to accept the difference. */
  mismatch: TotalMismatch | null;
}

export interface ImportPreview {
  inspection: ImportInspection;
  totals: ImportTotals;
  rows: PreviewRow[];
  /** Rows left out of `rows` to keep the answer small (counts still cover them). */
  rowsOmitted: number;
  unknownCodes: UnknownCodeValue[];
  /** Problems of the whole file (e.g. no 项目名称 column). */
  fileIssues: RowIssue[];
}

export interface ImportSummary {
  batchId: number | null;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  totalInvestment: number;
  codesAdded: Array<{ list: CodeListName; value: string }>;
}

export interface ImportBatch {
  id: number;
  fileName: string;
  encoding: string;
  mode: string;
  added: number;
  updated: number;
  rejected: number;
  createdAt: string;
  actor: string;
  undoneAt: string | null;
}
