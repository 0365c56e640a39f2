/** Chinese and English names of project fields: one table for messages, columns and import aliases. */

import type { ProjectFields } from './types';

export const PROJECT_FIELD_LABELS: Record<keyof ProjectFields, { zh: string; en: string }> = {
  code: { zh: '项目编号', en: 'project code' },
  nationalCode: { zh: '项目代码', en: 'national project code' },
  name: { zh: '项目名称', en: 'project name' },
  company: { zh: '建设单位', en: 'company' },
  chain: { zh: '产业链', en: 'industrial chain' },
  area: { zh: '区域', en: 'area' },
  level: { zh: '级别', en: 'level' },
  kind: { zh: '项目类型', en: 'kind' },
  source: { zh: '资金来源', en: 'source' },
  stageOverride: { zh: '阶段（手动）', en: 'stage (manual)' },
  totalInvestment: { zh: '总投资', en: 'total investment' },
  annualPlan: { zh: '年度计划投资', en: 'annual plan' },
  cumulativeCompleted: { zh: '累计完成投资', en: 'completed since start' },
  signedOn: { zh: '签约日期', en: 'signing date' },
  plannedStart: { zh: '计划开工', en: 'planned start' },
  plannedCompletion: { zh: '计划竣工', en: 'planned completion' },
  landMu: { zh: '用地（亩）', en: 'land (mu)' },
  capacity: { zh: '建设规模/产能', en: 'capacity' },
  expectedOutput: { zh: '预计产值', en: 'expected output' },
  leader: { zh: '责任领导', en: 'responsible leader' },
  ownerUnit: { zh: '责任单位', en: 'responsible unit' },
  contact: { zh: '项目专员', en: 'project officer' },
  progressNote: { zh: '形象进度', en: 'progress' },
  problems: { zh: '存在问题', en: 'problems' },
  tags: { zh: '标签', en: 'tags' },
};

/** Labels of fields that are not project fields but appear in inputs. */
const OTHER_LABELS: Record<string, { zh: string; en: string }> = {
  id: { zh: '编号', en: 'id' },
  version: { zh: '版本', en: 'version' },
  projectId: { zh: '项目', en: 'project' },
  month: { zh: '月份', en: 'month' },
  planned: { zh: '计划投资', en: 'planned investment' },
  completed: { zh: '完成投资', en: 'completed investment' },
  plannedEnd: { zh: '计划完成', en: 'planned end' },
  actualStart: { zh: '实际开始', en: 'actual start' },
  actualEnd: { zh: '实际完成', en: 'actual end' },
  percent: { zh: '完成百分比', en: 'percent' },
  by: { zh: '汇总维度', en: 'dimension' },
  warningDays: { zh: '预警天数', en: 'warning days' },
  agingYellowMonths: { zh: '无进展变黄月数', en: 'months idle before yellow' },
  agingRedMonths: { zh: '无进展变红月数', en: 'months idle before red' },
  problemOverdueRed: { zh: '卡点逾期亮红灯', en: 'overdue issue turns red' },
  displayUnit: { zh: '屏幕金额单位', en: 'screen unit' },
  displayDecimals: { zh: '金额小数位数', en: 'decimals of amounts' },
  language: { zh: '界面语言', en: 'language' },
  reportingUnit: { zh: '填报单位', en: 'reporting unit' },
  reporter: { zh: '填报人', en: 'reporter' },
  operator: { zh: '操作人', en: 'operator' },
  dailyBackup: { zh: '每日自动备份', en: 'daily backup' },
  backupKeepDays: { zh: '备份保留天数', en: 'days backups are kept' },
  defaultTemplateId: { zh: '默认节点模板', en: 'default template' },
  steps: { zh: '节点', en: 'steps' },
  offsetDays: { zh: '起始天数', en: 'offset (days)' },
  durationDays: { zh: '历时天数', en: 'duration (days)' },
  list: { zh: '代码表', en: 'code list' },
  value: { zh: '值', en: 'value' },
  to: { zh: '新名称', en: 'new name' },
  from: { zh: '备份文件', en: 'backup file' },
  // 卡点 (problems)
  nodeId: { zh: '卡点节点', en: 'node' },
  text: { zh: '卡点问题', en: 'problem' },
  department: { zh: '责任单位', en: 'department asked' },
  promisedOn: { zh: '承诺解决时间', en: 'promised date' },
  resolvedOn: { zh: '解决日期', en: 'date solved' },
  resolution: { zh: '解决情况', en: 'resolution' },
};

export function fieldLabel(name: string): { zh: string; en: string } {
  return (PROJECT_FIELD_LABELS as Record<string, { zh: string; en: string }>)[name] ?? OTHER_LABELS[name] ?? { zh: name, en: name };
}

/** The prefix of a provisional 项目编号 (待编号-2026-001) given to a project created without one (在谈 projects have none yet). */
export const PROVISIONAL_CODE = '待编号';
