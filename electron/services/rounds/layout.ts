/**
 * The fill-in template's layout, shared by the writer and the reader: sheet names, the rows above
 * the table, and each column with whether the unit may edit it. The reader finds columns by their
 * header text first and falls back to these positions, so a template whose columns were widened,
 * or re-saved by WPS or LibreOffice, still reads.
 */

/** The data sheet a unit fills in, one row per project. */
export const PROJECT_SHEET = '月度填报';
/** One row per node of those projects: actual dates. */
export const NODE_SHEET = '节点进度';
export const INSTRUCTIONS_SHEET = '填报说明';
/**
 * Very hidden: the template id, month, unit and every row key with the identity it was sent with.
 * A sheet survives renaming the file and re-saving it in WPS or LibreOffice; custom document
 * properties do not always.
 */
export const META_SHEET = '_台账模板';
/** Cell A1 of the meta sheet, and the keywords document property: how a template is known. */
export const TEMPLATE_MARK = '重大项目台账填报模板';
export const TEMPLATE_VERSION = 1;

/** Title (1), 填报单位 line (2), 填报人 line (3), header (4); data from row 5. */
export const TITLE_ROW = 1;
export const INFO_ROW = 2;
export const REPORTER_ROW = 3;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Where the unit writes 填报人 and 联系电话 on the reporter row. */
export const REPORTER_CELL = 3;
export const PHONE_CELL = 7;

export type TemplateColumnKind = 'serial' | 'code' | 'text' | 'wrap' | 'amount' | 'date' | 'status' | 'key';

export interface TemplateColumn {
  key: string;
  header: string;
  width: number;
  kind: TemplateColumnKind;
  editable: boolean;
}

/** "1-10月" for November; January has no earlier months this year. */
export function priorMonthsLabel(month: string): string {
  const n = Number(month.slice(5, 7));
  return n <= 1 ? '上年结转' : n === 2 ? '1月' : `1-${n - 1}月`;
}

export function projectColumns(month: string): TemplateColumn[] {
  const n = Number(month.slice(5, 7));
  return [
    { key: 'serial', header: '序号', width: 6, kind: 'serial', editable: false },
    { key: 'code', header: '项目编号', width: 14, kind: 'code', editable: false },
    { key: 'name', header: '项目名称', width: 30, kind: 'wrap', editable: false },
    { key: 'currentNode', header: '当前节点', width: 10, kind: 'text', editable: false },
    { key: 'prior', header: `${priorMonthsLabel(month)}已完成投资\n（万元）`, width: 15, kind: 'amount', editable: false },
    { key: 'completed', header: `${n}月完成投资\n（万元）`, width: 15, kind: 'amount', editable: true },
    { key: 'ytd', header: `1-${n}月完成投资\n（万元）`, width: 15, kind: 'amount', editable: true },
    { key: 'progressNote', header: '形象进度', width: 40, kind: 'wrap', editable: true },
    { key: 'problems', header: '存在问题', width: 30, kind: 'wrap', editable: true },
    { key: 'nextNode', header: '下一节点', width: 10, kind: 'text', editable: false },
    { key: 'nextPlan', header: '下一节点\n计划完成日期', width: 14, kind: 'date', editable: true },
    { key: 'status', header: '推进状态', width: 11, kind: 'status', editable: true },
    { key: 'rowKey', header: '行标识', width: 8, kind: 'key', editable: false },
  ];
}

export const NODE_COLUMNS: TemplateColumn[] = [
  { key: 'serial', header: '序号', width: 6, kind: 'serial', editable: false },
  { key: 'code', header: '项目编号', width: 14, kind: 'code', editable: false },
  { key: 'name', header: '项目名称', width: 30, kind: 'wrap', editable: false },
  { key: 'node', header: '节点', width: 12, kind: 'text', editable: false },
  { key: 'plannedStart', header: '计划开始', width: 12, kind: 'date', editable: false },
  { key: 'plannedEnd', header: '计划完成', width: 12, kind: 'date', editable: false },
  { key: 'actualStart', header: '实际开始', width: 13, kind: 'date', editable: true },
  { key: 'actualEnd', header: '实际完成', width: 13, kind: 'date', editable: true },
  { key: 'rowKey', header: '行标识', width: 8, kind: 'key', editable: false },
];

/** 推进状态 in the drop-down: 正常推进 clears a hand-set 停滞/终止. */
export const STATUS_CHOICES = ['正常推进', '停滞', '终止'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];

/** Row keys: a project's and a node's database id, prefixed so one is never read as the other. */
export const projectKey = (id: number) => `P${id}`;
export const nodeKey = (id: number) => `N${id}`;
export function parseKey(text: string, prefix: 'P' | 'N'): number | undefined {
  const m = new RegExp(`^${prefix}(\\d{1,12})$`).exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether a table read by 导入 is one of our fill-in templates: by the keywords mark (kept by WPS and
 * LibreOffice re-saves), or by its title and hidden 行标识 column when the mark was lost.
 */
export function isFillTemplate(table: { documentKeywords: string; grid: ReadonlyArray<ReadonlyArray<unknown>> }): boolean {
  if (table.documentKeywords.includes(TEMPLATE_MARK)) return true;
  const top = table.grid.slice(0, HEADER_ROW).map((row) => row.map((c) => (typeof c === 'string' ? c.replace(/\s+/g, '') : '')));
  return top.some((row) => row.some((c) => c.endsWith('重大项目月度填报表'))) && top.some((row) => row.includes('行标识'));
}
