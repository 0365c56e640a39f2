/** The project list as CSV rows (the 项目台账 grid's columns), amounts in the chosen unit as exact decimal text. */

import { formatAmount } from '../domain/money';
import type { ProjectRow } from '../domain/types';
import type { ReportUnit } from './reportIds';
import { toCsv } from './csv';
import { UNKNOWN_AMOUNT } from '../domain/unknownAmounts';

export function projectListCsv(rows: readonly ProjectRow[], unit: ReportUnit): string {
  const header = ['项目编号', '项目名称', '建设单位', '产业链', '区域', '级别', '阶段', '亮灯', `总投资（${unit}）`, `年度计划投资（${unit}）`,
    `本年累计完成投资（${unit}）`, `累计完成投资（开工以来，${unit}）`, '当前节点', '下一节点', '下一节点计划完成', '形象进度', '存在问题', '责任单位', '责任领导'];
  // formatAmount works on integer 元 with string arithmetic: the text is exact, never a float's echo.
  // An amount the source did not state stays 未填, never 0.
  const money = (yuan: number | null) => (yuan === null ? UNKNOWN_AMOUNT.zh : formatAmount(yuan, unit, { decimals: unit === '万元' ? 4 : 8 }).replace(/\.?0+$/, ''));
  return toCsv(header, rows.map((p) => [
    p.code, p.name, p.company, p.chain, p.area, p.level, p.stage, p.light.label,
    money(p.totalInvestment), money(p.annualPlan), money(p.completedYtd), money(p.cumulativeCompleted),
    p.currentNode ?? '', p.nextNode?.name ?? '', p.nextNode?.plannedEnd ?? '', p.progressNote, p.problems, p.ownerUnit, p.leader,
  ]));
}
