/**
 * The columns an import can fill and the Chinese headers that name them in the lists streets and
 * departments send. Headers are compared after normalising (half-width, no spaces, no unit in
 * brackets), so "总投资（亿元）" and "总 投 资(万元)" both land on 总投资.
 */

import { PROJECT_FIELD_LABELS } from '../domain/fields';
import type { ProjectFields } from '../domain/types';

/** Project fields an import writes, plus 1–N月完成投资, which lands in the monthly figures. */
export const IMPORT_FIELDS = [
  'code', 'nationalCode', 'name', 'company', 'chain', 'area', 'level', 'kind', 'source',
  'totalInvestment', 'annualPlan', 'completedYtd', 'cumulativeCompleted', 'signedOn', 'plannedStart', 'plannedCompletion',
  'landMu', 'capacity', 'expectedOutput', 'leader', 'ownerUnit', 'contact', 'progressNote', 'problems',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** The fields that land in the projects table. */
export type WritableImportField = Exclude<ImportField, 'completedYtd'>;

export const AMOUNT_FIELDS: ReadonlySet<ImportField> = new Set(['totalInvestment', 'annualPlan', 'completedYtd', 'cumulativeCompleted', 'expectedOutput']);
export const DATE_FIELDS: ReadonlySet<ImportField> = new Set(['signedOn', 'plannedStart', 'plannedCompletion']);
export const CODED_FIELDS = ['chain', 'area', 'level', 'kind', 'source'] as const satisfies ReadonlyArray<keyof ProjectFields>;

export function importFieldLabel(field: ImportField): { zh: string; en: string } {
  if (field === 'completedYtd') return { zh: '1-N月完成投资', en: 'completed year to date' };
  if (field === 'cumulativeCompleted') return { zh: '累计完成投资（开工以来）', en: 'completed since start' };
  return PROJECT_FIELD_LABELS[field];
}

/** Exact header names (normalised) per field; the first is what the user sees as the field's name. */
const ALIASES: Record<ImportField, string[]> = {
  code: ['项目编号', '编号', '项目库编号', '本地编号', '台账编号'],
  nationalCode: ['项目代码', '项目统一代码', '投资项目代码', '赋码', '备案代码', '审批代码'],
  name: ['项目名称', '项目', '名称', '项目名'],
  company: ['建设单位', '项目业主', '投资主体', '业主单位', '实施主体', '项目单位', '建设主体', '投资方', '项目业主单位', '企业名称'],
  chain: ['产业链', '产业类别', '所属产业', '所属产业链', '产业领域', '行业', '行业类别', '产业'],
  area: ['区域', '所在地', '街道', '所在街道', '属地', '所在区域', '乡镇街道', '街道平台', '所在乡镇街道', '乡镇', '镇街', '建设地点', '项目地点'],
  level: ['级别', '项目级别', '项目等级', '层级'],
  kind: ['项目类型', '类型', '项目类别', '类别'],
  source: ['资金来源', '内外资', '来源', '内资外资'],
  totalInvestment: ['总投资', '计划总投资', '项目总投资', '总投资额', '投资总额', '概算总投资'],
  annualPlan: ['年度计划投资', '年度计划', '本年计划投资', '年度投资计划', '当年计划投资', '本年度计划投资'],
  // This year's figure. A bare 累计完成投资 is since the project began: it belongs to cumulativeCompleted.
  completedYtd: ['1-N月完成投资', '本年完成投资', '本年累计完成投资', '年度完成投资', '本年度累计完成投资', '今年累计完成投资', '1-N月累计完成投资', '1-N月累计完成'],
  cumulativeCompleted: [
    '累计完成投资', '开工以来累计完成投资', '自开工累计完成投资', '自开工以来累计完成投资', '累计完成', '至今累计完成投资',
    '累计完成投资额', '项目累计完成投资', '开工累计完成投资', '累计已完成投资', '截至目前累计完成投资', '开工至今累计完成投资',
  ],
  signedOn: ['签约时间', '签约日期'],
  plannedStart: ['开工时间', '计划开工时间', '计划开工', '开工日期', '计划开工日期'],
  plannedCompletion: ['竣工时间', '计划竣工时间', '计划竣工', '竣工日期', '计划竣工日期', '完工时间'],
  landMu: ['用地', '用地面积', '占地面积', '用地亩', '用地面积亩', '供地面积'],
  capacity: ['建设规模', '建设内容', '建设规模及内容', '主要建设内容', '产能', '建设规模/产能'],
  expectedOutput: ['预计产值', '达产产值', '预计年产值', '达产后年产值'],
  leader: ['责任领导', '联系领导', '分管领导', '包联领导', '牵头领导'],
  ownerUnit: ['责任单位', '牵头单位', '责任部门', '主要责任单位'],
  contact: ['项目专员', '联系人', '项目联络员', '联络员', '联系人及电话'],
  progressNote: ['形象进度', '进展情况', '项目进展', '目前进展', '工作进展', '推进情况', '当前进展'],
  problems: ['存在问题', '需协调事项', '存在问题及需协调事项', '问题及困难', '困难问题', '存在困难', '需协调解决的问题'],
};

/** Headers that vary with a year or month ("2026年计划投资", "1-10月完成投资"). */
const PATTERNS: Array<[RegExp, ImportField]> = [
  [/^\d{4}年度?(计划投资|投资计划)$/, 'annualPlan'],
  [/^(\d{4}年)?1[-~至到]\d{1,2}月(份)?(累计)?完成(投资|额)?$/, 'completedYtd'],
  [/^(\d{4}年)?1[-~至到]N月(累计)?完成投资$/i, 'completedYtd'],
  [/^\d{4}年度?累计完成投资$/, 'completedYtd'],
];

const INDEX = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of ALIASES[field]) INDEX.set(normaliseHeader(alias), field);

/** Half-width, no whitespace, no bracketed unit or remark, no marks such as "*". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000*★※]/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[—–~～]/g, '-')
    .trim();
}

/** The field a header names, if any. */
export function fieldForHeader(header: string): ImportField | undefined {
  const key = normaliseHeader(header);
  if (!key) return undefined;
  return INDEX.get(key) ?? PATTERNS.find(([re]) => re.test(key))?.[1];
}

/**
 * Suggests a field per column. A two-row header gives "投资情况/总投资（万元）": the lower part is
 * tried first, then the upper. A field is taken by its first column only, so a second 项目 column
 * stays unmapped rather than overwriting the first.
 */
export function suggestMapping(headers: string[]): Array<ImportField | null> {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const parts = header.split('/').reverse();
    const field = parts.map(fieldForHeader).find((f) => f !== undefined) ?? fieldForHeader(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
