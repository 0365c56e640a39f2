/**
 * 卡点督办单: the open problems one department was asked to solve, as a sheet it can print (A4
 * landscape), fill in (办理情况) and send back. Every department at once gives a sheet each.
 */

import { newWorkbook, PAPER_A4, setDocumentProperties, workbookBytes, type Workbook } from '../excel/exceljs';
import { problemDueText, type ProblemRow } from '../../../shared/domain/problems';
import { LedgerError } from '../../../shared/errors';
import type { ReportFile } from '../../../shared/api/reports';
import type { ServiceContext } from '../context';
import { readSettings } from '../settingsStore';
import { problemRows } from '../problemRows';
import { addAutoFilter, addReportSheet, HEADER_ROW, paintCell, PROJECT_CODE_COLUMN, writeNote, writeRow, type ReportColumn } from './sheetLayout';
import { LIGHT_FILL, LIGHT_FONT } from './lightFills';
import { fillScopeIds } from '../team/scopeFilter';

export const SUPERVISION_TITLE = '重大项目卡点督办单';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMNS: ReportColumn[] = [
  { header: '序号', width: 5, kind: 'serial' },
  { header: '项目名称', width: 22, kind: 'wrap' },
  { header: '卡点节点', width: 9, kind: 'center' },
  { header: '卡点问题', width: 32, kind: 'wrap' },
  { header: '承诺解决时间', width: 11, kind: 'center' },
  { header: '督办状态', width: 10, kind: 'center' },
  { header: '责任领导', width: 8, kind: 'center' },
  { header: '登记日期', width: 11, kind: 'center' },
  // Left blank for the department to write what it did and when it expects to finish.
  { header: '办理情况及预计解决时间', width: 28, kind: 'wrap' },
  PROJECT_CODE_COLUMN,
];

/** Characters Excel refuses in sheet names; names are at most 31 characters and unique. */
function sheetName(department: string, taken: Set<string>): string {
  const base = [...department.replace(/[\\/?*[\]:]/g, '').trim() || '未填单位'].slice(0, 28).join('');
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}

function fileName(reportingUnit: string, department: string | undefined, today: string): string {
  const clean = (t: string) => [...t.replace(/[\\/:*?"<>|]/g, '')].filter((ch) => ch.charCodeAt(0) >= 0x20).join('').trim();
  return [clean(reportingUnit), '卡点督办单', clean(department ?? '') || '各责任单位', today].filter(Boolean).join('_') + '.xlsx';
}

function writeDepartmentSheet(wb: Workbook, name: string, department: string, rows: ProblemRow[], reportingUnit: string, today: string): void {
  const ws = addReportSheet(wb, name, {
    title: `${SUPERVISION_TITLE}（${department}）`,
    reportingUnit,
    asOf: today,
    unitLine: `责任单位：${department}`,
  }, COLUMNS, 2, PAPER_A4);
  const status = COLUMNS.findIndex((c) => c.header === '督办状态') + 1;
  let r = HEADER_ROW + 1;
  rows.forEach((p, i) => {
    writeRow(ws, r, COLUMNS, [
      i + 1, p.projectName, p.nodeName ?? '（全项目）', p.text, p.promisedOn ?? '未定', problemDueText(p.due, false), p.leader, p.createdAt.slice(0, 10), '', p.projectCode,
    ]);
    // Room to write the 办理情况 by hand on the printed sheet.
    ws.getRow(r).height = Math.max(ws.getRow(r).height ?? 0, 42);
    const color = p.due.state === 'overdue' ? 'red' : p.due.state === 'dueSoon' ? 'yellow' : null;
    if (color) {
      paintCell(ws.getRow(r).getCell(status), LIGHT_FILL[color], LIGHT_FONT[color]);
    }
    r++;
  });
  addAutoFilter(ws, r - 1, COLUMNS.length);
  const overdue = rows.filter((p) => p.due.state === 'overdue').length;
  writeNote(ws, r + 3, COLUMNS.length, '责任单位（盖章）：　　　　　　　　　　　经办人：　　　　　　　　　联系电话：　　　　　　　　　　反馈日期：　　　　年　　月　　日');
  ws.getRow(r + 3).height = 28;
  writeNote(ws, r + 1, COLUMNS.length, `注：1. 共 ${rows.length} 项未解决卡点，其中逾期 ${overdue} 项（逾期天数按截至日期计算，已逾期的排在前面）。2. 请在“办理情况及预计解决时间”栏填写进展，反馈${reportingUnit}。`);
}

/** The 督办单 of one department, or of every department with open problems (a sheet each). */
export async function exportSupervisionSheets(ctx: ServiceContext, department: string | undefined): Promise<ReportFile> {
  const { reportingUnit } = await readSettings(ctx.db);
  const today = ctx.clock.today();
  // A 填报's 督办单 holds the 卡点 of their own projects only.
  const scope = await fillScopeIds(ctx);
  const open = (await problemRows(ctx, { openOnly: true })).filter((p) => !scope || scope.has(p.projectId));
  const chosen = department === undefined ? open : open.filter((p) => p.department === department);
  if (!chosen.length) {
    throw department === undefined
      ? new LedgerError('not_found', '没有未解决的卡点，无需督办单', 'there are no open problems, so there is no follow-up sheet to export')
      : new LedgerError('not_found', `「${department}」没有未解决的卡点`, `"${department}" has no open problems`);
  }
  const byDepartment = new Map<string, ProblemRow[]>();
  for (const p of chosen) {
    let list = byDepartment.get(p.department);
    if (!list) byDepartment.set(p.department, (list = []));
    list.push(p);
  }
  const wb = newWorkbook();
  setDocumentProperties(wb, { title: SUPERVISION_TITLE, subject: `填报单位：${reportingUnit}`, keywords: '重大项目台账报表-supervise' });
  const taken = new Set<string>();
  // Most overdue first, as the list reads.
  const order = [...byDepartment.entries()].sort((a, b) =>
    b[1].filter((p) => p.due.state === 'overdue').length - a[1].filter((p) => p.due.state === 'overdue').length || a[0].localeCompare(b[0], 'zh'));
  for (const [name, rows] of order) writeDepartmentSheet(wb, sheetName(name, taken), name, rows, reportingUnit, today);
  const bytes = await workbookBytes(wb);
  return { fileName: fileName(reportingUnit, department, today), mimeType: XLSX_MIME, base64: Buffer.from(bytes).toString('base64'), projects: new Set(chosen.map((p) => p.projectId)).size };
}
