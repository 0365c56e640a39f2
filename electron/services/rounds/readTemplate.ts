/**
 * A returned template read back: its identity from the very hidden sheet (which survives renaming
 * and re-saving in WPS or LibreOffice), the 填报人, and each data row's cells by column, found by
 * header text. A file that is not one of our templates is refused with a sentence saying so.
 */

import { LedgerError } from '../../../shared/errors';
import { isIsoMonth } from '../../../shared/domain/dates';
import { ROUND_SCOPES, type RoundScope, type TemplateIdentity } from '../../../shared/rounds/types';
import { readWorkbook, sheetRows, type PlainCell, type Worksheet } from '../excel/exceljs';
import { fileKind } from '../import/fileKind';
import { MAX_FILE_BYTES, MAX_ROWS } from '../import/limits';
import { checkImportFile } from '../import/readFile';
import { HEADER_ROW, META_SHEET, NODE_COLUMNS, NODE_SHEET, PHONE_CELL, PROJECT_SHEET, projectColumns, REPORTER_CELL, REPORTER_ROW, TEMPLATE_MARK, type TemplateColumn } from './layout';

export interface SentRow {
  key: string;
  code: string;
  /** Project name, or the node's name for a node row. */
  name: string;
  /** A node row's project key. */
  projectKey?: string;
  /** A project row's 下一节点 when sent, whose planned end the 下一节点计划完成日期 column sets. */
  nextNodeKey?: string;
}

export interface ReturnedRow {
  sheet: string;
  /** Row number in the sheet, as Excel shows it. */
  line: number;
  cells: Record<string, PlainCell>;
}

export interface ReturnedTemplate {
  identity: TemplateIdentity;
  reporter: string;
  phone: string;
  sentProjects: Map<string, SentRow>;
  sentNodes: Map<string, SentRow>;
  projectRows: ReturnedRow[];
  nodeRows: ReturnedRow[];
}

const MB = 1024 * 1024;

function notTemplate(fileName: string, why: string, whyEn: string): LedgerError {
  return new LedgerError('invalid_input', `「${fileName}」不是本台账下发的月度填报模板（${why}），未合并。项目清单请到「导入」导入。`,
    `"${fileName}" is not a monthly fill-in template sent from this register (${whyEn}); nothing merged. Import project lists under Import.`);
}

function text(cell: PlainCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function readIdentity(fileName: string, meta: PlainCell[][]): { identity: TemplateIdentity; projects: Map<string, SentRow>; nodes: Map<string, SentRow> } {
  if (text(meta[0]?.[0]) !== TEMPLATE_MARK) throw notTemplate(fileName, '模板信息页缺少标记', 'the template sheet lacks its mark');
  const fields = new Map<string, string>();
  const projects = new Map<string, SentRow>();
  const nodes = new Map<string, SentRow>();
  for (const row of meta.slice(1)) {
    const kind = text(row[0]);
    if (kind === '项目') projects.set(text(row[1]), { key: text(row[1]), code: text(row[2]), name: text(row[3]), nextNodeKey: text(row[4]) });
    else if (kind === '节点') nodes.set(text(row[1]), { key: text(row[1]), code: text(row[2]), name: text(row[3]), projectKey: text(row[4]) });
    else fields.set(kind, text(row[1]));
  }
  const scope = fields.get('范围') ?? '';
  const month = fields.get('月份') ?? '';
  const templateId = fields.get('模板编号') ?? '';
  if (!templateId || !isIsoMonth(month) || !(ROUND_SCOPES as readonly string[]).includes(scope) || !fields.get('单位')) {
    throw notTemplate(fileName, '模板信息页不完整', 'the template sheet is incomplete');
  }
  return {
    identity: { templateId, month, scope: scope as RoundScope, unit: fields.get('单位') ?? '', issuedBy: fields.get('下发单位') ?? '' },
    projects,
    nodes,
  };
}

/** Column index (0-based) per key: by header text on the header row, else the position it was sent at. */
function columnIndexes(header: PlainCell[], columns: TemplateColumn[]): Map<string, number> {
  const texts = header.map((h) => text(h).replace(/\s+/g, ''));
  return new Map(columns.map((c, i) => {
    const found = texts.indexOf(c.header.replace(/\s+/g, ''));
    return [c.key, found >= 0 ? found : i];
  }));
}

function dataRows(ws: Worksheet, columns: TemplateColumn[]): ReturnedRow[] {
  const rows = sheetRows(ws, MAX_ROWS);
  const headerAt = rows.findIndex((r, i) => i < HEADER_ROW + 3 && r.some((c) => text(c) === '项目编号'));
  const headerIndex = headerAt >= 0 ? headerAt : HEADER_ROW - 1;
  const indexes = columnIndexes(rows[headerIndex] ?? [], columns);
  const out: ReturnedRow[] = [];
  rows.slice(headerIndex + 1).forEach((row, i) => {
    if (row.every((c) => text(c) === '')) return;
    const cells: Record<string, PlainCell> = {};
    for (const [key, index] of indexes) cells[key] = row[index] ?? null;
    out.push({ sheet: ws.name, line: headerIndex + 2 + i, cells });
  });
  return out;
}

export async function readReturnedTemplate(fileName: string, bytes: Uint8Array): Promise<ReturnedTemplate> {
  if (bytes.length === 0) throw new LedgerError('invalid_input', `「${fileName}」是空文件`, `"${fileName}" is empty`);
  if (bytes.length > MAX_FILE_BYTES) throw new LedgerError('refused', `「${fileName}」超过 ${MAX_FILE_BYTES / MB} MB，不是月度填报模板`, `"${fileName}" is over ${MAX_FILE_BYTES / MB} MB`);
  // By content: a template saved as .xls/.et, or a PDF, is refused naming what it is.
  if (fileKind(fileName, bytes) !== 'xlsx') throw notTemplate(fileName, '不是 .xlsx 工作簿', 'not an .xlsx workbook');
  // The import's caps, counted while inflating: a template is a workbook from outside like any other.
  await checkImportFile(fileName, bytes);
  let wb;
  try {
    wb = await readWorkbook(bytes);
  } catch {
    throw new LedgerError('invalid_input', `「${fileName}」无法按 .xlsx 读取（可能已损坏或加密）`, `"${fileName}" cannot be read as .xlsx (damaged or encrypted?)`);
  }
  const metaSheet = wb.getWorksheet(META_SHEET);
  if (!metaSheet) throw notTemplate(fileName, '没有模板信息页', 'it has no template sheet');
  const { identity, projects, nodes } = readIdentity(fileName, sheetRows(metaSheet, MAX_ROWS));
  const projectSheet = wb.getWorksheet(PROJECT_SHEET);
  if (!projectSheet) {
    throw new LedgerError('invalid_input', `「${fileName}」缺少工作表「${PROJECT_SHEET}」（被删除或改名了），未合并。请用原模板重新填写。`,
      `"${fileName}" lacks the sheet "${PROJECT_SHEET}" (deleted or renamed); nothing merged`);
  }
  const nodeSheet = wb.getWorksheet(NODE_SHEET);
  const top = sheetRows(projectSheet, REPORTER_ROW)[REPORTER_ROW - 1] ?? [];
  return {
    identity,
    reporter: text(top[REPORTER_CELL - 1]).slice(0, 40),
    phone: text(top[PHONE_CELL - 1]).slice(0, 40),
    sentProjects: projects,
    sentNodes: nodes,
    projectRows: dataRows(projectSheet, projectColumns(identity.month)),
    nodeRows: nodeSheet ? dataRows(nodeSheet, NODE_COLUMNS) : [],
  };
}
