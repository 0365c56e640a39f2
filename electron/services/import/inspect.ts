/** A file read and laid out: its table, the unit of each amount column, and the mapping to offer. */

import { parseHeaderUnit, type MoneyUnit } from '../../../shared/domain/money';
import { LedgerError } from '../../../shared/errors';
import { AMOUNT_FIELDS, suggestMapping, type ImportField } from '../../../shared/import/fields';
import { recogniseReport, reportRefusal } from '../../../shared/import/ourReports';
import { isFillTemplate } from '../rounds/layout';
import { cellText, readTableLayout, type TableLayout } from '../../../shared/import/table';
import type { ImportInspection } from '../../../shared/import/types';
import type { Db } from '../../db/connection';
import { findSavedMapping } from './mappingStore';
import type { ReadOptions, ReadTable } from './readFile';
import { readImportFileOffThread } from './readOffThread';

export interface ReadImport {
  table: ReadTable;
  layout: TableLayout;
  inspection: ImportInspection;
}

export interface ImportFileInput extends ReadOptions {
  file: { name: string; base64: string };
}

/** The unit bare numbers in a column are read in: its own header, else the table's 单位 line. */
export function columnUnit(header: string, layout: TableLayout): MoneyUnit | null {
  return parseHeaderUnit(header) ?? layout.tableUnit ?? null;
}

export async function readImport(db: Db, input: ImportFileInput): Promise<ReadImport> {
  const bytes = Buffer.from(input.file.base64, 'base64');
  const table = await readImportFileOffThread(input.file.name, bytes, input);
  // A returned fill-in template goes through 回收合并, which checks its locked columns and figures.
  if (isFillTemplate(table)) {
    throw new LedgerError('invalid_input',
      `「${input.file.name}」是本台账下发的月度填报模板，不在「导入」中导入：请到「月度调度 → 下发与回收」点「回收填报文件」（命令行 ledger collect），那里会核对锁定的项目编号、名称和可疑数字后再合并。`,
      `"${input.file.name}" is a monthly fill-in template sent from this register; collect it under Monthly → Send & collect (CLI: ledger collect), which checks its locked columns and figures before merging.`);
  }
  const layout = readTableLayout(table.grid);
  if (!layout) {
    throw new LedgerError(
      'invalid_input',
      `在「${input.file.name}」${table.sheet ? `的工作表「${table.sheet}」` : ''}前 20 行中没有找到表头（应含“项目名称”“建设单位”“总投资”等列）。${table.encoding === 'utf-8' && table.format === 'csv' ? '' : '如是乱码，请切换编码。'}`,
      `No header row (project name, company, total investment …) in the first 20 rows of "${input.file.name}"`,
    );
  }
  // Our node plan, wall chart and rollup are not project lists: say so before any mapping is offered.
  const report = recogniseReport(layout, table.documentKeywords) ?? null;
  const refusal = report && reportRefusal(report, input.file.name);
  if (refusal) throw new LedgerError('invalid_input', refusal.message, refusal.messageEn);
  const saved = findSavedMapping(db, layout.headers);
  const mapping: Array<ImportField | null> = saved ?? suggestMapping(layout.headers);
  const dataRows = layout.rows.filter((r) => r.kind === 'data');
  const inspection: ImportInspection = {
    fileName: input.file.name,
    format: table.format,
    sizeBytes: bytes.length,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    report,
    headerLines: layout.headerLines,
    preamble: layout.preamble,
    tableUnit: layout.tableUnit ?? null,
    columns: layout.headers.map((header, index) => ({
      index,
      header,
      unit: mapping[index] && AMOUNT_FIELDS.has(mapping[index]) ? columnUnit(header, layout) ?? '万元' : columnUnit(header, layout),
      sample: dataRows.slice(0, 3).map((r) => cellText(r.cells[index])),
    })),
    mapping,
    mappingSaved: saved !== undefined,
    dataRows: dataRows.length,
    skippedRows: layout.rows
      .filter((r): r is typeof r & { kind: 'total' | 'subtotal' | 'note' } => r.kind === 'total' || r.kind === 'subtotal' || r.kind === 'note')
      .map((r) => ({ line: r.line, kind: r.kind, text: [...new Set(r.cells.map(cellText).filter(Boolean))].slice(0, 4).join(' ').slice(0, 80) })),
  };
  return { table, layout, inspection };
}
